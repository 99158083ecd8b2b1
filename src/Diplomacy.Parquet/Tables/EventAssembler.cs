using NodaTime;

namespace Diplomacy.Parquet.Tables;

/// <summary>Puts events together again from the rows <see cref="RowSet.Add"/> made, in whatever order they come.</summary>
internal sealed class EventAssembler
{
    private readonly Dictionary<string, List<EventActorRow>> _actors;
    private readonly Dictionary<string, List<EventLinkRow>> _links;
    private readonly Dictionary<string, List<CitationRow>> _citations;
    private readonly Dictionary<string, List<ArmsItemRow>> _items;
    private readonly Dictionary<string, ArmsTransferRow> _transfers;
    private readonly Dictionary<string, MeetingRow> _meetings;
    private readonly Dictionary<string, PublicReactionRow> _reactions;
    private readonly Dictionary<string, SanctionsActionRow> _sanctions;
    private readonly Dictionary<string, RelationshipChangeRow> _relationships;
    private readonly Dictionary<string, OfficeChangeRow> _offices;
    private readonly Dictionary<string, MembershipChangeRow> _memberships;
    private readonly Dictionary<string, DisclosureRow> _disclosures;
    private readonly Dictionary<string, CommitmentRow> _commitments;
    private readonly Dictionary<string, CodedEventRow> _coded;
    private readonly IReadOnlyList<EventRow> _events;
    private readonly SharedValues _shared;

    /// <summary>Assembles the events of <paramref name="rows"/>, sharing equal values through <paramref name="shared"/> (a new pool when null).</summary>
    public EventAssembler(RowSet rows, SharedValues? shared = null)
    {
        _shared = shared ?? new SharedValues();
        _events = rows.Events;
        _actors = Group(rows.EventActors, r => r.EventId);
        _links = Group(rows.EventLinks, r => r.EventId);
        _citations = Group(rows.Citations, r => r.EventId);
        _items = Group(rows.ArmsItems, r => r.EventId);
        _transfers = Single(rows.ArmsTransfers, r => r.EventId, Tables.ArmsTransfers);
        _meetings = Single(rows.Meetings, r => r.EventId, Tables.Meetings);
        _reactions = Single(rows.PublicReactions, r => r.EventId, Tables.PublicReactions);
        _sanctions = Single(rows.SanctionsActions, r => r.EventId, Tables.SanctionsActions);
        _relationships = Single(rows.RelationshipChanges, r => r.EventId, Tables.RelationshipChanges);
        _offices = Single(rows.OfficeChanges, r => r.EventId, Tables.OfficeChanges);
        _memberships = Single(rows.MembershipChanges, r => r.EventId, Tables.MembershipChanges);
        _disclosures = Single(rows.Disclosures, r => r.EventId, Tables.Disclosures);
        _commitments = Single(rows.Commitments, r => r.EventId, Tables.Commitments);
        _coded = Single(rows.CodedEvents, r => r.EventId, Tables.CodedEvents);
    }

    /// <summary>Every event of the <c>events</c> rows, in their order.</summary>
    public IEnumerable<DiplomaticEvent> Assemble() => _events.Select(Assemble);

    private DiplomaticEvent Assemble(EventRow row)
    {
        var id = Parse(row.EventId, Tables.Events, "event_id", row.EventId, s => new EventId(s));
        var when = Date(row.Edtf, Tables.Events, "edtf", row.EventId);
        var citations = _citations.TryGetValue(row.EventId, out var c)
            ? c.OrderBy(r => r.Position).Select(r => _shared.Citation(new Citation(ActorOf(r.Source, Tables.Citations, "source", row.EventId), Date(r.PublishedEdtf, Tables.Citations, "published_edtf", row.EventId))
            {
                Title = r.Title,
                Url = r.Url is null ? null : Parse(r.Url, Tables.Citations, "url", row.EventId, s => new Uri(s, UriKind.RelativeOrAbsolute)),
                Quote = r.Quote,
                Basis = r.Basis is null ? null : Enum<EvidenceBasis>(r.Basis, Tables.Citations, "basis", row.EventId),
                Release = Release(r, row.EventId),
            })).ToArray()
            : [];
        var kind = Enum<EventKind>(row.Kind, Tables.Events, "kind", row.EventId);
        DiplomaticEvent e = kind switch
        {
            EventKind.ArmsTransfer => Transfer(id, when, citations, Row(_transfers, row.EventId, Tables.ArmsTransfers)),
            EventKind.Meeting => Meeting(id, when, citations, Row(_meetings, row.EventId, Tables.Meetings)),
            EventKind.PublicReaction => Reaction(id, when, citations, Row(_reactions, row.EventId, Tables.PublicReactions)),
            EventKind.SanctionsAction => Sanctions(id, when, citations, Row(_sanctions, row.EventId, Tables.SanctionsActions)),
            EventKind.RelationshipChange => Relationship(id, when, citations, Row(_relationships, row.EventId, Tables.RelationshipChanges)),
            EventKind.OfficeChange => Office(id, when, citations, Row(_offices, row.EventId, Tables.OfficeChanges)),
            EventKind.MembershipChange => Membership(id, when, citations, Row(_memberships, row.EventId, Tables.MembershipChanges)),
            EventKind.Disclosure => Disclosure(id, when, citations, Row(_disclosures, row.EventId, Tables.Disclosures)),
            EventKind.Commitment => Commitment(id, when, citations, Row(_commitments, row.EventId, Tables.Commitments)),
            EventKind.CodedEvent => Coded(id, when, citations, Row(_coded, row.EventId, Tables.CodedEvents), _shared.Coding(CodingOf(row))),
            _ => throw new ParquetFormatException(Tables.Events, "kind", row.EventId, $"'{row.Kind}' is not an event kind."),
        };
        e = e with { Summary = row.Summary, Basis = Enum<EvidenceBasis>(row.Basis, Tables.Events, "basis", row.EventId) };
        return row.CodingIsDefault || kind == EventKind.CodedEvent ? e : e with { Coding = CodingOf(row) };
    }

    private static Coding CodingOf(EventRow row)
    {
        var quad = (QuadClass)row.QuadClass;
        if (!System.Enum.IsDefined(quad))
        {
            throw new ParquetFormatException(Tables.Events, "quad_class", row.EventId, $"{row.QuadClass} is not a quad class (1-4).");
        }

        return new Coding(quad)
        {
            Cameo = row.Cameo is null ? (CameoCode?)null : Parse(row.Cameo, Tables.Events, "cameo", row.EventId, s => new CameoCode(s)),
            Goldstein = row.Goldstein,
            PloverCategory = row.PloverCategory is null ? null : Enum<PloverCategory>(row.PloverCategory, Tables.Events, "plover_category", row.EventId),
            PloverMode = row.PloverMode,
            PloverContexts = row.PloverContexts ?? [],
        };
    }

    private ArmsTransfer Transfer(EventId id, FuzzyDate when, Citation[] citations, ArmsTransferRow r) =>
        new(id, when, citations, ActorOf(r.Supplier, Tables.ArmsTransfers, "supplier", r.EventId), ActorOf(r.Recipient, Tables.ArmsTransfers, "recipient", r.EventId))
        {
            Intermediaries = Actors(r.EventId, Roles.Intermediary),
            EndUser = OptionalActor(r.EndUser, Tables.ArmsTransfers, "end_user", r.EventId),
            Items = _items.TryGetValue(r.EventId, out var items)
                ? [.. items.OrderBy(i => i.Position).Select(i => new ArmsItem(Enum<WeaponCategory>(i.Category, Tables.ArmsItems, "category", r.EventId), i.Quantity, i.Designation) { IsApproximate = i.Approximate })]
                : [],
            Value = r.ValueAmount is { } amount
                ? Parse(r.ValueCurrency ?? "", Tables.ArmsTransfers, "value_currency", r.EventId, s => new Money(amount, s, r.ValueApproximate ?? false))
                : (Money?)null,
            Terms = Enum<TransferTerms>(r.Terms, Tables.ArmsTransfers, "terms", r.EventId),
            EndUserClause = Enum<EndUserClause>(r.EndUserClause, Tables.ArmsTransfers, "end_user_clause", r.EventId),
            Continues = r.Continues is null ? (EventId?)null : Parse(r.Continues, Tables.ArmsTransfers, "continues", r.EventId, s => new EventId(s)),
        };

    private Meeting Meeting(EventId id, FuzzyDate when, Citation[] citations, MeetingRow r) =>
        new(id, when, citations, Actors(r.EventId, Roles.Participant))
        {
            Host = OptionalActor(r.Host, Tables.Meetings, "host", r.EventId),
            Place = r.PlaceName is null ? null : new Place(r.PlaceName, OptionalActor(r.PlaceCountry, Tables.Meetings, "place_country", r.EventId))
            {
                Latitude = r.PlaceLatitude,
                Longitude = r.PlaceLongitude,
                GeoNamesId = GeoNamesId(r.PlaceGeoNamesId, Tables.Meetings, "place_geonames_id", r.EventId),
            },
        };

    private PublicReaction Reaction(EventId id, FuzzyDate when, Citation[] citations, PublicReactionRow r) =>
        new(id, when, citations, ActorOf(r.Speaker, Tables.PublicReactions, "speaker", r.EventId), Enum<ReactionTone>(r.Tone, Tables.PublicReactions, "tone", r.EventId))
        {
            About = OptionalActor(r.About, Tables.PublicReactions, "about", r.EventId),
            InResponseTo = Links(r.EventId, Roles.InResponseTo),
            Quote = r.Quote,
        };

    private SanctionsAction Sanctions(EventId id, FuzzyDate when, Citation[] citations, SanctionsActionRow r) =>
        new(id, when, citations, ActorOf(r.Imposer, Tables.SanctionsActions, "imposer", r.EventId), ActorOf(r.Target, Tables.SanctionsActions, "target", r.EventId), Enum<SanctionsActionKind>(r.Action, Tables.SanctionsActions, "action", r.EventId))
        {
            Programme = r.Programme,
            Measures = r.Measures ?? [],
        };

    private RelationshipChange Relationship(EventId id, FuzzyDate when, Citation[] citations, RelationshipChangeRow r) =>
        new(
            id,
            when,
            citations,
            ActorOf(r.Actor, Tables.RelationshipChanges, "actor", r.EventId),
            ActorOf(r.Partner, Tables.RelationshipChanges, "partner", r.EventId),
            Enum<RelationshipKind>(r.Relationship, Tables.RelationshipChanges, "relationship", r.EventId),
            Enum<RelationshipChangeKind>(r.Change, Tables.RelationshipChanges, "change", r.EventId))
        {
            InExchangeFor = r.GainedKind is null
                ? null
                : new Consideration(Enum<ConsiderationKind>(r.GainedKind, Tables.RelationshipChanges, "gained_kind", r.EventId), OptionalActor(r.GainedFrom, Tables.RelationshipChanges, "gained_from", r.EventId))
                {
                    Description = r.GainedDescription,
                },
        };

    private OfficeChange Office(EventId id, FuzzyDate when, Citation[] citations, OfficeChangeRow r) =>
        new(id, when, citations, ActorOf(r.Person, Tables.OfficeChanges, "person", r.EventId), r.Office, Enum<OfficeChangeKind>(r.Change, Tables.OfficeChanges, "change", r.EventId))
        {
            Body = OptionalActor(r.Body, Tables.OfficeChanges, "body", r.EventId),
        };

    private MembershipChange Membership(EventId id, FuzzyDate when, Citation[] citations, MembershipChangeRow r) =>
        new(id, when, citations, ActorOf(r.Member, Tables.MembershipChanges, "member", r.EventId), ActorOf(r.Organization, Tables.MembershipChanges, "organization", r.EventId), Enum<MembershipChangeKind>(r.Change, Tables.MembershipChanges, "change", r.EventId))
        {
            DecidedBy = OptionalActor(r.DecidedBy, Tables.MembershipChanges, "decided_by", r.EventId),
        };

    private Disclosure Disclosure(EventId id, FuzzyDate when, Citation[] citations, DisclosureRow r) =>
        new(id, when, citations, ActorOf(r.Discloser, Tables.Disclosures, "discloser", r.EventId), Enum<DisclosureMethod>(r.Method, Tables.Disclosures, "method", r.EventId))
        {
            About = Links(r.EventId, Roles.About),
            Concerning = Actors(r.EventId, Roles.Concerning),
        };

    private Commitment Commitment(EventId id, FuzzyDate when, Citation[] citations, CommitmentRow r) =>
        new(id, when, citations, ActorOf(r.Actor, Tables.Commitments, "actor", r.EventId), Enum<CommitmentDecision>(r.Decision, Tables.Commitments, "decision", r.EventId), r.Undertaking)
        {
            Toward = OptionalActor(r.Toward, Tables.Commitments, "toward", r.EventId),
        };

    private CodedEvent Coded(EventId id, FuzzyDate when, Citation[] citations, CodedEventRow r, Coding coding) =>
        new(id, when, citations, ActorOf(r.Source, Tables.CodedEvents, "source", r.EventId), coding)
        {
            Target = OptionalActor(r.Target, Tables.CodedEvents, "target", r.EventId),
            Location = r.LocationName is null ? null : new Place(r.LocationName, OptionalActor(r.LocationCountry, Tables.CodedEvents, "location_country", r.EventId))
            {
                Latitude = r.LocationLatitude,
                Longitude = r.LocationLongitude,
                GeoNamesId = GeoNamesId(r.LocationGeoNamesId, Tables.CodedEvents, "location_geonames_id", r.EventId),
            },
        };

    private ActorId[] Actors(string eventId, string role) =>
        _actors.TryGetValue(eventId, out var rows)
            ? [.. rows.Where(r => r.Role == role).OrderBy(r => r.Position).Select(r => ActorOf(r.Actor, Tables.EventActors, "actor", eventId))]
            : [];

    private EventId[] Links(string eventId, string role) =>
        _links.TryGetValue(eventId, out var rows)
            ? [.. rows.Where(r => r.Role == role).OrderBy(r => r.Position).Select(r => Parse(r.TargetEventId, Tables.EventLinks, "target_event_id", eventId, s => new EventId(s)))]
            : [];

    private ActorId ActorOf(string value, string table, string column, string eventId) =>
        _shared.Actor(value, v => Parse(v, table, column, eventId, s => new ActorId(s)));

    private ActorId? OptionalActor(string? value, string table, string column, string eventId) =>
        value is null ? (ActorId?)null : ActorOf(value, table, column, eventId);

    /// <summary>The citation's release: all three release columns, or none.</summary>
    private static DataRelease? Release(CitationRow row, string eventId) => (row.ReleaseDataSet, row.ReleaseName, row.ReleasePublished) switch
    {
        (null, null, null) => null,
        ({ } dataSet, { } name, { } published) => Parse(dataSet, Tables.Citations, "release_name", eventId, _ => new DataRelease(dataSet, name, LocalDate.FromDateOnly(published))),
        _ => throw new ParquetFormatException(Tables.Citations, "release_data_set", eventId, "a release needs all of release_data_set, release_name and release_published, or none of them."),
    };

    private static FuzzyDate Date(string value, string table, string column, string eventId) =>
        FuzzyDate.TryParse(value, out var date) ? date : throw new ParquetFormatException(table, column, eventId, $"'{value}' is not an EDTF date.");

    private static TEnum Enum<TEnum>(string value, string table, string column, string eventId)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && System.Enum.IsDefined(parsed) && !char.IsAsciiDigit(value[0])
            ? parsed
            : throw new ParquetFormatException(table, column, eventId, $"'{value}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");

    private static long? GeoNamesId(long? value, string table, string column, string eventId) =>
        value is null or > 0 ? value : throw new ParquetFormatException(table, column, eventId, $"{value} is not a GeoNames id (a positive number).");

    private static T Parse<T>(string value, string table, string column, string eventId, Func<string, T> parse)
    {
        try
        {
            return parse(value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            throw new ParquetFormatException(table, column, eventId, e.Message, e);
        }
    }

    private static TRow Row<TRow>(Dictionary<string, TRow> rows, string eventId, string table) =>
        rows.TryGetValue(eventId, out var row) ? row : throw new ParquetFormatException(table, "event_id", eventId, "the event has no row in its kind's table.");

    private static Dictionary<string, List<TRow>> Group<TRow>(List<TRow> rows, Func<TRow, string> key)
    {
        var groups = new Dictionary<string, List<TRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var k = key(row);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }

            list.Add(row);
        }

        return groups;
    }

    private static Dictionary<string, TRow> Single<TRow>(List<TRow> rows, Func<TRow, string> key, string table)
    {
        var byId = new Dictionary<string, TRow>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byId.TryAdd(key(row), row))
            {
                throw new ParquetFormatException(table, "event_id", key(row), "the event has more than one row.");
            }
        }

        return byId;
    }
}

/// <summary>
/// Equal values shared between the events one assembly (or several, given the same pool) makes: actor ids, citations
/// and codings repeat across events, and a record per event would hold its own copy of each.
/// </summary>
internal sealed class SharedValues
{
    private readonly Dictionary<string, ActorId> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<Citation, Citation> _citations = [];
    private readonly Dictionary<Coding, Coding> _codings = [];

    /// <summary>The actor id for <paramref name="value"/>, made by <paramref name="make"/> the first time.</summary>
    public ActorId Actor(string value, Func<string, ActorId> make)
    {
        if (!_actors.TryGetValue(value, out var id))
        {
            id = make(value);
            _actors.Add(value, id);
        }

        return id;
    }

    /// <summary>The first citation equal to <paramref name="citation"/>.</summary>
    public Citation Citation(Citation citation) => Shared(_citations, citation);

    /// <summary>The first coding equal to <paramref name="coding"/>.</summary>
    public Coding Coding(Coding coding) => Shared(_codings, coding);

    private static T Shared<T>(Dictionary<T, T> pool, T value)
        where T : notnull
    {
        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        pool.Add(value, value);
        return value;
    }
}
