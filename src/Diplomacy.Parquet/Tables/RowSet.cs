using System.Globalization;
using NodaTime;

namespace Diplomacy.Parquet.Tables;

/// <summary>
/// The rows of every event-keyed table for a set of events: what <see cref="Add"/> takes apart,
/// <see cref="EventAssembler"/> puts together again.
/// </summary>
internal sealed class RowSet
{
    private static readonly DateOnly FirstStorableDay = DateOnly.MinValue;

    public List<EventRow> Events { get; } = [];
    public List<EventActorRow> EventActors { get; } = [];
    public List<EventLinkRow> EventLinks { get; } = [];
    public List<CitationRow> Citations { get; } = [];
    public List<ArmsTransferRow> ArmsTransfers { get; } = [];
    public List<ArmsItemRow> ArmsItems { get; } = [];
    public List<MeetingRow> Meetings { get; } = [];
    public List<PublicReactionRow> PublicReactions { get; } = [];
    public List<SanctionsActionRow> SanctionsActions { get; } = [];
    public List<RelationshipChangeRow> RelationshipChanges { get; } = [];
    public List<OfficeChangeRow> OfficeChanges { get; } = [];
    public List<MembershipChangeRow> MembershipChanges { get; } = [];
    public List<DisclosureRow> Disclosures { get; } = [];
    public List<CommitmentRow> Commitments { get; } = [];
    public List<CodedEventRow> CodedEvents { get; } = [];

    /// <summary>How many rows the set holds over all tables.</summary>
    public int RowCount =>
        Events.Count + EventActors.Count + EventLinks.Count + Citations.Count + ArmsTransfers.Count + ArmsItems.Count
        + Meetings.Count + PublicReactions.Count + SanctionsActions.Count + RelationshipChanges.Count + OfficeChanges.Count
        + MembershipChanges.Count + Disclosures.Count + Commitments.Count + CodedEvents.Count;

    /// <summary>The partition an event goes to: the year of its earliest day (year 1 for an open start).</summary>
    public static int YearOf(DiplomaticEvent e) => Day(e.When.Earliest).Year;

    /// <summary>A day as stored: days before year 1 (open starts) are stored as 0001-01-01.</summary>
    public static DateOnly Day(LocalDate date) => date.Year < 1 ? FirstStorableDay : date.ToDateOnly();

    /// <summary>
    /// The tie-break of timeline order after the earliest and latest day: precision, then qualifiers (none,
    /// approximate, uncertain, both), then openness (none, open start, open end, both), as <see cref="FuzzyDate"/>
    /// orders them.
    /// </summary>
    public static int DateOrder(FuzzyDate date) =>
        ((int)date.Precision << 4) | (date.IsUncertain ? 8 : 0) | (date.IsApproximate ? 4 : 0) | (date.HasOpenEnd ? 2 : 0) | (date.HasOpenStart ? 1 : 0);

    /// <summary>Adds the rows of one event.</summary>
    public void Add(DiplomaticEvent e)
    {
        var id = e.Id.Value;
        var coding = e.Coding;
        Events.Add(new EventRow
        {
            EventId = id,
            Kind = e.Kind.ToString(),
            Earliest = Day(e.When.Earliest),
            Latest = Day(e.When.Latest),
            DateOrder = DateOrder(e.When),
            Edtf = e.When.ToString(),
            Precision = e.When.Precision.ToString(),
            Approximate = e.When.IsApproximate,
            Uncertain = e.When.IsUncertain,
            OpenStart = e.When.HasOpenStart,
            OpenEnd = e.When.HasOpenEnd,
            FirstKnown = Day(e.FirstKnown),
            FirstReleased = e.FirstReleased is { } released ? Day(released) : null,
            Cameo = coding.Cameo?.Value,
            QuadClass = (int)coding.QuadClass,
            Goldstein = coding.Goldstein,
            PloverCategory = coding.PloverCategory?.ToString(),
            PloverMode = coding.PloverMode,
            PloverContexts = [.. coding.PloverContexts],
            CodingIsDefault = e.HasDefaultCoding,
            Summary = e.Summary,
            Basis = e.Basis.ToString(),
        });

        for (var i = 0; i < e.Citations.Count; i++)
        {
            var c = e.Citations[i];
            Citations.Add(new CitationRow
            {
                EventId = id,
                Position = i,
                Source = c.Source.Value,
                PublishedEarliest = Day(c.Published.Earliest),
                PublishedLatest = Day(c.Published.Latest),
                PublishedEdtf = c.Published.ToString(),
                Title = c.Title,
                Url = c.Url?.OriginalString,
                Quote = c.Quote,
                Basis = c.Basis?.ToString(),
                ReleaseDataSet = c.Release?.DataSet,
                ReleaseName = c.Release?.Name,
                ReleasePublished = c.Release is { } release ? Day(release.Published) : null,
            });
        }

        AddKindRows(id, e);
    }

    private void AddKindRows(string id, DiplomaticEvent e)
    {
        switch (e)
        {
            case ArmsTransfer t:
                Actor(id, t.Supplier, Roles.Supplier);
                Actor(id, t.Recipient, Roles.Recipient);
                Actors(id, t.Intermediaries, Roles.Intermediary);
                Actor(id, t.EndUser, Roles.EndUser);
                Link(id, t.Continues, Roles.Continues, 0);
                ArmsTransfers.Add(new ArmsTransferRow
                {
                    EventId = id,
                    Supplier = t.Supplier.Value,
                    Recipient = t.Recipient.Value,
                    EndUser = t.EndUser?.Value,
                    ValueAmount = t.Value?.Amount,
                    ValueCurrency = t.Value?.Currency,
                    ValueApproximate = t.Value?.IsApproximate,
                    Terms = t.Terms.ToString(),
                    EndUserClause = t.EndUserClause.ToString(),
                    Continues = t.Continues?.Value,
                });
                for (var i = 0; i < t.Items.Count; i++)
                {
                    var item = t.Items[i];
                    ArmsItems.Add(new ArmsItemRow
                    {
                        EventId = id, Position = i, Category = item.Category.ToString(), Quantity = item.Quantity,
                        Designation = item.Designation, Approximate = item.IsApproximate,
                    });
                }

                break;
            case Meeting m:
                Actors(id, m.Participants, Roles.Participant);
                Actor(id, m.Host, Roles.Host);
                Meetings.Add(new MeetingRow
                {
                    EventId = id, Host = m.Host?.Value, PlaceName = m.Place?.Name, PlaceCountry = m.Place?.Country?.Value,
                    PlaceLatitude = m.Place?.Latitude, PlaceLongitude = m.Place?.Longitude, PlaceGeoNamesId = m.Place?.GeoNamesId,
                });
                break;
            case PublicReaction r:
                Actor(id, r.Speaker, Roles.Speaker);
                Actor(id, r.About, Roles.About);
                Links(id, r.InResponseTo, Roles.InResponseTo);
                PublicReactions.Add(new PublicReactionRow { EventId = id, Speaker = r.Speaker.Value, Tone = r.Tone.ToString(), About = r.About?.Value, Quote = r.Quote });
                break;
            case SanctionsAction s:
                Actor(id, s.Imposer, Roles.Imposer);
                Actor(id, s.Target, Roles.Target);
                SanctionsActions.Add(new SanctionsActionRow
                {
                    EventId = id, Imposer = s.Imposer.Value, Target = s.Target.Value, Action = s.Action.ToString(), Programme = s.Programme,
                    Measures = [.. s.Measures],
                });
                break;
            case RelationshipChange c:
                Actor(id, c.Actor, Roles.Actor);
                Actor(id, c.Partner, Roles.Partner);
                Actor(id, c.InExchangeFor?.From, Roles.GainedFrom);
                RelationshipChanges.Add(new RelationshipChangeRow
                {
                    EventId = id, Actor = c.Actor.Value, Partner = c.Partner.Value, Relationship = c.Relationship.ToString(), Change = c.Change.ToString(),
                    GainedKind = c.InExchangeFor?.Kind.ToString(), GainedFrom = c.InExchangeFor?.From?.Value, GainedDescription = c.InExchangeFor?.Description,
                });
                break;
            case OfficeChange o:
                Actor(id, o.Person, Roles.Person);
                Actor(id, o.Body, Roles.Body);
                OfficeChanges.Add(new OfficeChangeRow { EventId = id, Person = o.Person.Value, Office = o.Office, Change = o.Change.ToString(), Body = o.Body?.Value });
                break;
            case MembershipChange m:
                Actor(id, m.Member, Roles.Member);
                Actor(id, m.Organization, Roles.Organization);
                Actor(id, m.DecidedBy, Roles.DecidedBy);
                MembershipChanges.Add(new MembershipChangeRow { EventId = id, Member = m.Member.Value, Organization = m.Organization.Value, Change = m.Change.ToString(), DecidedBy = m.DecidedBy?.Value });
                break;
            case Disclosure d:
                Actor(id, d.Discloser, Roles.Discloser);
                Actors(id, d.Concerning, Roles.Concerning);
                Links(id, d.About, Roles.About);
                Disclosures.Add(new DisclosureRow { EventId = id, Discloser = d.Discloser.Value, Method = d.Method.ToString() });
                break;
            case Commitment c:
                Actor(id, c.Actor, Roles.Actor);
                Actor(id, c.Toward, Roles.Toward);
                Commitments.Add(new CommitmentRow { EventId = id, Actor = c.Actor.Value, Decision = c.Decision.ToString(), Undertaking = c.Undertaking, Toward = c.Toward?.Value });
                break;
            case CodedEvent c:
                Actor(id, c.Source, Roles.Source);
                Actor(id, c.Target, Roles.Target);
                CodedEvents.Add(new CodedEventRow
                {
                    EventId = id, Source = c.Source.Value, Target = c.Target?.Value, LocationName = c.Location?.Name, LocationCountry = c.Location?.Country?.Value,
                    LocationLatitude = c.Location?.Latitude, LocationLongitude = c.Location?.Longitude, LocationGeoNamesId = c.Location?.GeoNamesId,
                });
                break;
            default:
                throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"Event '{id}' is of kind {e.Kind}, which the Parquet tables do not know."));
        }
    }

    private void Actor(string id, ActorId? actor, string role)
    {
        if (actor is { IsDefault: false } a)
        {
            EventActors.Add(new EventActorRow { EventId = id, Actor = a.Value, Role = role, Position = 0 });
        }
    }

    private void Actors(string id, IReadOnlyList<ActorId> actors, string role)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            EventActors.Add(new EventActorRow { EventId = id, Actor = actors[i].Value, Role = role, Position = i });
        }
    }

    private void Link(string id, EventId? target, string role, int position)
    {
        if (target is { IsDefault: false } t)
        {
            EventLinks.Add(new EventLinkRow { EventId = id, Role = role, Position = position, TargetEventId = t.Value });
        }
    }

    private void Links(string id, IReadOnlyList<EventId> targets, string role)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            Link(id, targets[i], role, i);
        }
    }
}
