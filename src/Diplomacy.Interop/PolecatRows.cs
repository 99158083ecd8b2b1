using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>Turns POLECAT rows into records, interning what repeats (actors, codings, places, publishers).</summary>
internal sealed class PolecatRows
{
    private const string IdPrefix = "polecat-";

    /// <summary>The most actors a compound actor column is read for; POLECAT lists rarely hold more than a handful.</summary>
    private const int MaxListed = 32;

    private readonly RecordBuilder _builder;
    private readonly PolecatColumns _columns;
    private readonly SpanCache<ActorId?> _actors = new();
    private readonly SpanCache<ActorId> _publishers = new();
    private readonly SpanCache<Place?> _places = new();
    private readonly SpanCache<Coding?> _codings = new();
    private readonly SpanCache<Coding?> _unscoredCodings = new();
    private readonly KeyBuffer _key = new();
    private readonly Range[] _names = new Range[MaxListed];
    private readonly Range[] _parts = new Range[MaxListed];

    // Reused from row to row: a record keeps none of them.
    private readonly List<ActorId> _sources = [];
    private readonly List<ActorId> _recipients = [];
    private readonly List<(ActorId Source, ActorId? Target)> _pairs = [];
    private int _year;

    public PolecatRows(ImportOptions? options, PolecatColumns columns, DataRelease? fileRelease = null)
    {
        _builder = new RecordBuilder(options, fileRelease);
        _columns = columns;
    }

    public ImportRecord Read(SepReader.Row row)
    {
        var c = _columns;
        var line = row.LineNumberFrom;
        if (SepRows.ShorterThanHeader(row, c.Width, c.EventId) is { } tooShort)
        {
            return tooShort;
        }

        var rawId = row[c.EventId].Span;
        if (IsNull(rawId))
        {
            return ImportIssues.Reject(line, null, ImportIssueKind.MissingValue, "the Event ID is missing.");
        }

        // The event id is made once, and the row's id is cut from it only when a message or a record of several
        // events needs it. It must leave room for the ":n" that tells apart the events of a row with several pairs
        // (up to ":99", as before).
        var eventId = string.Concat(IdPrefix, rawId);
        if (eventId.Length > EventId.MaxLength - 3 || !EventId.IsValid(eventId))
        {
            var rejected = rawId.ToString();
            return ImportIssues.Reject(line, rejected, ImportIssueKind.InvalidValue, $"the Event ID '{rejected}' cannot be part of an event id (ASCII letters, digits and '-', '_', '.', ':').");
        }

        var recordId = new RowId(eventId);

        if (!TryParseDay(row[c.Date].Span, out var date))
        {
            var missing = IsNull(row[c.Date].Span);
            return ImportIssues.Reject(line, recordId.Text, missing ? ImportIssueKind.MissingValue : ImportIssueKind.InvalidValue, missing ? "the Event Date is missing." : $"the Event Date '{row[c.Date].Span}' is not a date (yyyy-MM-dd).");
        }

        _year = date.Year;
        var type = row[c.Type].Span;
        if (IsNull(type))
        {
            return ImportIssues.Reject(line, recordId.Text, ImportIssueKind.MissingValue, "the Event Type is missing.");
        }

        if (Coding(row) is not { } coding)
        {
            return ImportIssues.Reject(line, recordId.Text, ImportIssueKind.UnknownCode, $"'{type}' is not a PLOVER event type (nor one of the retired names DEMAND, DISAPPROVE, INVESTIGATE, FIGHT, CRIME).");
        }

        List<ImportIssue>? warnings = null;
        var actors = Side(row, c.Actor, _sources, "Actor", line, recordId, ref warnings);
        var recipients = Side(row, c.Recipient, _recipients, "Recipient", line, recordId, ref warnings);
        if (actors.Count == 0)
        {
            actors.Add(_builder.Actors.Add(ActorCatalog.UnidentifiedActor));
            (warnings ??= []).Add(new ImportIssue(line, ImportIssueKind.UnidentifiedSource, "the row names no actor; the source is 'unidentified-actor'.") { RecordId = recordId.Text });
        }

        var when = FuzzyDate.FromDate(date);
        var citations = Citations(row, when);
        var place = Place(row);
        var pairs = _pairs;
        ActorPairs.Fill(actors, recipients, pairs);
        if (pairs.Count == 1)
        {
            var only = _builder.Event(new EventId(eventId), when, citations, pairs[0].Source, pairs[0].Target, coding, place);
            return ImportRecord.ImportedRow(line, only, IdPrefix.Length, _builder.Actors.TakeNew(), warnings);
        }

        var events = new List<DiplomaticEvent>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            var id = new EventId($"{eventId}:{events.Count + 1}");
            RecordBuilder.AddUnlessRepeatedMeeting(events, _builder.Event(id, when, citations, pairs[i].Source, pairs[i].Target, coding, place));
        }

        if (events.Count == 1)
        {
            return ImportRecord.ImportedRow(line, events[0] with { Id = new EventId(eventId) }, IdPrefix.Length, _builder.Actors.TakeNew(), warnings);
        }

        return ImportRecord.Imported(line, recordId.Text, events, _builder.Actors.TakeNew(), warnings);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c>, <c>yyyyMMdd</c>, or either followed by a time.</summary>
    internal static bool TryParseDay(ReadOnlySpan<char> text, out NodaTime.LocalDate date)
    {
        text = text.Trim();
        if (text.Length > 10 && text[4] == '-' && text[10] is ' ' or 'T')
        {
            text = text[..10];
        }

        return RecordBuilder.TryParseIsoDate(text, out date) || RecordBuilder.TryParseCompactDate(text, out date);
    }

    private Coding? Coding(SepReader.Row row)
    {
        var c = _columns;
        var key = _key.Clear().Append(row[c.Type].Span);
        foreach (var column in (ReadOnlySpan<int>)[c.Mode, c.Contexts, c.Intensity, c.Quad])
        {
            key.Append(column < 0 ? default : row[column].Span);
        }

        if (_codings.TryGet(key.Span, out var coding))
        {
            return coding;
        }

        // The score varies most: parse the rest once per type, mode, contexts and quad code, and set the score on it.
        var unscored = _key.Clear().Append(row[c.Type].Span);
        foreach (var column in (ReadOnlySpan<int>)[c.Mode, c.Contexts, c.Quad])
        {
            unscored.Append(column < 0 ? default : row[column].Span);
        }

        if (!_unscoredCodings.TryGet(unscored.Span, out var plain))
        {
            plain = _unscoredCodings.Add(unscored.Span, MakeCoding(row));
        }

        double? score = c.Intensity >= 0 && RecordBuilder.TryParseNumber(row[c.Intensity].Span, out var s) && s is >= -10 and <= 10 ? s : null;
        var scored = plain is null || score is null ? plain : plain with { Goldstein = score };
        _key.Clear().Append(row[c.Type].Span);
        foreach (var column in (ReadOnlySpan<int>)[c.Mode, c.Contexts, c.Intensity, c.Quad])
        {
            _key.Append(column < 0 ? default : row[column].Span);
        }

        return _codings.Add(_key.Span, scored);
    }

    /// <summary>The coding of a row's type, mode, contexts and quad code, without a score.</summary>
    private Coding? MakeCoding(SepReader.Row row)
    {
        var c = _columns;
        if (!PloverCategories.TryRead(row[c.Type].Span.Trim().ToString(), out var reading))
        {
            return null;
        }

        var quad = Text(row, c.Quad) is { } quadText && PloverCategories.TryReadQuadClass(quadText, out var q) ? q : reading.QuadClass;
        var contexts = Text(row, c.Contexts) is { } contextText
            ? contextText.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(x => x != "None").ToArray()
            : [];
        if (reading.Context is { } implied && !contexts.Contains(implied))
        {
            contexts = [.. contexts, implied];
        }

        return new Coding(quad)
        {
            PloverCategory = reading.Category,
            PloverMode = Text(row, c.Mode) ?? reading.Mode,
            PloverContexts = contexts,
        };
    }

    /// <summary>The actors of one side, in the order listed, each once, in <paramref name="found"/> (cleared first; reused from row to row).</summary>
    private List<ActorId> Side(SepReader.Row row, PolecatColumns.Side side, List<ActorId> found, string role, long line, RowId recordId, ref List<ImportIssue>? warnings)
    {
        found.Clear();
        var names = side.Name >= 0 ? row[side.Name].Span : default;
        var countries = side.Country >= 0 ? row[side.Country].Span : default;
        var count = IsNull(names) ? 0 : names.Split(_names, ';', StringSplitOptions.TrimEntries);
        if (count == 0)
        {
            // No name: the row's country (with its sector) is the actor, as POLECAT codes a state's unnamed agents.
            if (IsNull(countries) || Actor(row, side, default, 0, 1, role, line, recordId, ref warnings) is not { } agent)
            {
                return found;
            }

            found.Add(agent);
            return found;
        }

        for (var i = 0; i < count; i++)
        {
            var name = names[_names[i]];
            if (IsNull(name))
            {
                continue;
            }

            if (Actor(row, side, name, i, count, role, line, recordId, ref warnings) is { } id && !found.Contains(id))
            {
                found.Add(id);
            }
        }

        return found;
    }

    private ActorId? Actor(SepReader.Row row, PolecatColumns.Side side, ReadOnlySpan<char> name, int index, int count, string role, long line, RowId recordId, ref List<ImportIssue>? warnings)
    {
        var country = Item(row, side.Country, index, count);
        var sector = Item(row, side.PrimarySector, index, count);
        var wikipedia = Item(row, side.WikipediaId, index, count);
        var title = Item(row, side.Title, index, count);
        var key = _key.Clear().Append(name).Append(country).Append(sector).Append(wikipedia).Append(title);
        if (_actors.TryGet(key.Span, out var id))
        {
            return id;
        }

        return _actors.Add(key.Span, Resolve(row, side, name, country, sector, wikipedia, title, index, count, role, line, recordId, ref warnings));
    }

    /// <summary>
    /// Resolves an actor not met before. Apart from <see cref="Actor"/> so that the closure the resolver hook takes is
    /// made only here, not for every actor a row names.
    /// </summary>
    private ActorId? Resolve(SepReader.Row row, PolecatColumns.Side side, ReadOnlySpan<char> name, ReadOnlySpan<char> country, ReadOnlySpan<char> sector, ReadOnlySpan<char> wikipedia, ReadOnlySpan<char> title, int index, int count, string role, long line, RowId recordId, ref List<ImportIssue>? warnings)
    {
        var nameText = name.IsEmpty ? string.Empty : name.ToString();
        var countryText = Nullable(country);
        var sectorText = Nullable(sector);
        var titleText = Nullable(title);
        var wikipediaText = Nullable(wikipedia);
        var raw = Nullable(Item(row, side.RawName, index, count));
        var cowText = Nullable(Item(row, side.Cow, index, count));
        var sectors = Nullable(Item(row, side.Sectors, index, count)) is { } all
            ? all.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : sectorText is null ? [] : [sectorText];
        var description = new ActorDescription(EventDataFormat.Polecat, nameText, cowText, countryText, sectors) { Title = titleText, WikipediaId = wikipediaText };
        var resolved = _builder.Actors.Resolve(description, () => Rule(_year, nameText, countryText, cowText, sectorText, sectors, titleText, raw, wikipediaText));
        if (resolved is null && nameText.Length > 0)
        {
            (warnings ??= []).Add(new ImportIssue(line, ImportIssueKind.IgnoredValue, $"the {role} Name '{nameText}' names no actor; it was left out.") { RecordId = recordId.Text });
        }

        return resolved;
    }

    /// <summary>The POLECAT actor rules (see <c>docs/interop.md</c>, "Actor resolution").</summary>
    private static Actor? Rule(int year, string name, string? countryCode, string? cow, string? sector, IReadOnlyList<string> sectors, string? title, string? raw, string? wikipedia)
    {
        var country = countryCode is not null ? ActorRules.Country(countryCode)
            : cow is not null && int.TryParse(cow, out var cowCode) ? Countries.ByCow(cowCode, year) : null;
        if (name.Length == 0)
        {
            if (country is null)
            {
                return null;
            }

            return sector is null
                ? country.ToState()
                : new Organization(ActorId.FromName($"{sector} ({country.Name})"), $"{sector} ({country.Name})", ActorRules.IcewsKind(sectors, true), new ActorId(country.Alpha3));
        }

        if ((title is not null || wikipedia is not null) && ActorRules.Country(name) is null && !ActorRules.LooksLikeOrganization(name, sectors) && ActorRules.Slug(name) is { } personId)
        {
            var aliases = new List<string>(2);
            if (raw is not null && raw != name)
            {
                aliases.Add(raw);
            }

            if (wikipedia is not null)
            {
                aliases.Add("wikipedia:" + wikipedia);
            }

            return new Person(personId, name, country is null ? default(ActorId?) : new ActorId(country.Alpha3)) { Aliases = aliases };
        }

        return ActorRules.Icews(name, country?.Alpha3, sectors);
    }

    private IReadOnlyList<Citation> Citations(SepReader.Row row, FuzzyDate when)
    {
        var c = _columns;
        var published = c.PublicationDate >= 0 && TryParseDay(row[c.PublicationDate].Span, out var day) ? FuzzyDate.FromDate(day) : when;
        var outlet = c.Source >= 0 && !IsNull(row[c.Source].Span) ? row[c.Source].Span
            : c.Feed >= 0 && !IsNull(row[c.Feed].Span) ? row[c.Feed].Span
            : default;
        var publisher = Publisher(outlet);
        if (Text(row, c.Headline) is { } headline)
        {
            return [_builder.Released(new Citation(publisher, published) { Title = headline })];
        }

        return _builder.Cite(publisher, published);
    }

    private ActorId Publisher(ReadOnlySpan<char> name)
    {
        if (_publishers.TryGet(name, out var id))
        {
            return id;
        }

        return _publishers.Add(name, _builder.Actors.Outlet(name.ToString()));
    }

    private Place? Place(SepReader.Row row)
    {
        var c = _columns;
        var key = _key.Clear();
        foreach (var column in (ReadOnlySpan<int>)[c.Placename, c.City, c.District, c.Province, c.Country, c.Latitude, c.Longitude, c.GeoNamesId])
        {
            key.Append(column < 0 ? default : row[column].Span);
        }

        if (_places.TryGet(key.Span, out var place))
        {
            return place;
        }

        var countryCode = Text(row, c.Country);
        var country = countryCode is not null && ActorRules.Country(countryCode) is { } found ? found : null;
        var name = Text(row, c.Placename) ?? Text(row, c.City) ?? Text(row, c.District) ?? Text(row, c.Province) ?? country?.Name;
        Place? made = name is null
            ? null
            : new Place(name, country is null ? default(ActorId?) : _builder.Actors.AddState(country))
            {
                Latitude = SepRows.Coordinate(row, c.Latitude, 90),
                Longitude = SepRows.Coordinate(row, c.Longitude, 180),
                GeoNamesId = c.GeoNamesId < 0 ? null : GeoNamesIds.Parse(row[c.GeoNamesId].Span),
            };
        return _places.Add(key.Span, made);
    }

    /// <summary>
    /// The <paramref name="index"/>-th of <paramref name="count"/> items of a <c>; </c>-separated column: the column's
    /// only item when it holds one (it then goes with every name), nothing when its count differs otherwise.
    /// </summary>
    private ReadOnlySpan<char> Item(SepReader.Row row, int column, int index, int count)
    {
        if (column < 0)
        {
            return default;
        }

        var text = row[column].Span;
        if (IsNull(text))
        {
            return default;
        }

        var parts = text.Split(_parts, ';', StringSplitOptions.TrimEntries);
        var item = parts == count ? text[_parts[index]] : parts == 1 ? text[_parts[0]] : default;
        return IsNull(item) ? default : item;
    }

    /// <summary>The row's Event ID, cut from the event id only when asked for (a message, a record of several events).</summary>
    private readonly struct RowId(string eventId)
    {
        public string Text => eventId[IdPrefix.Length..];
    }

    private static string? Nullable(ReadOnlySpan<char> text) => IsNull(text) ? null : text.ToString();

    private static string? Text(SepReader.Row row, int column) => column >= 0 && !IsNull(row[column].Span.Trim()) ? row[column].Span.Trim().ToString() : null;

    private static bool IsNull(ReadOnlySpan<char> value) => value.IsWhiteSpace() || value is "None" or "NA" or "nan";
}
