using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Diplomacy.Interop;

/// <summary>
/// Reads PLOVER event records, as a JSON array (the gold-standard files) or as JSON Lines (the interchange form the
/// PLOVER manual recommends), in the field names of PLOVER 2.0 (<c>actor</c> and <c>recipient</c> as lists of entity
/// objects with <c>code</c>, <c>sector</c>, <c>entity_text</c>, <c>identifier_id</c>, <c>identifier_text</c>;
/// <c>event_loc</c> with <c>resolved_place</c>, <c>lat</c>, <c>lon</c>, <c>country_code</c>), of the 2021 manual
/// (<c>source</c>, <c>actor_text</c>, <c>event_text</c>, <c>coded_date</c>, <c>cite_info</c>) or the older
/// gold-standard ones (<c>target</c>, <c>eventText</c>, <c>dateCoded</c>, <c>publication</c>).
/// </summary>
/// <remarks>
/// <para><b>Events.</b> A record becomes one <see cref="CodedEvent"/> per source and recipient pair and per category,
/// following the CAMEO convention the manual describes for compound actors: several sources and recipients give one
/// event for each source-recipient pair; several sources and no recipient (PLOVER's reciprocal form: "all of the actors
/// are considered as the source") give one event for each ordered pair of sources. A record that makes one event keeps
/// its id; one that makes several gives them its id followed by <c>:1</c>, <c>:2</c>, ... A record without a source
/// is cited to the placeholder <c>unidentified-actor</c> (a warning). A record of type <c>DOCUMENT</c> documents the file
/// and is reported as <see cref="ImportIssueKind.NotAnEvent"/>.</para>
/// <para><b>Categories.</b> The sixteen categories of <see cref="PloverCategory"/>, and the older names of the gold
/// standard where PLOVER's history is clear: <c>DEMAND</c> became <c>REQUEST</c>; <c>DISAPPROVE</c> and
/// <c>INVESTIGATE</c> became modes of <c>ACCUSE</c> (CAMEO 11 and 09 map there, with modes <c>disapprove</c> and
/// <c>investigate</c>); <c>FIGHT</c> became part of <c>ASSAULT</c> (CAMEO 19 maps there). Any other name is rejected as
/// <see cref="ImportIssueKind.UnknownCode"/>. The quad class is the record's <c>quad_code</c>, else that of the manual's
/// table for the category; the Goldstein score is <c>event_scale</c>, if given. A <c>cameo</c> field (which
/// <see cref="PloverWriter"/> writes) gives the CAMEO code.</para>
/// <para><b>Citation.</b> The publication (<c>cite_info.publication</c>, else <c>publication</c>, <c>corpus</c> or
/// <c>coder</c>) as a news outlet (or the actor of <c>cite_info.publication_actor</c>, which <see cref="PloverWriter"/>
/// writes), dated by <c>cite_info.published</c>, else the coding date (<c>coded_date</c>,
/// <c>dateCoded</c>), else the event date; with <c>cite_info.url</c> and <c>title</c>.</para>
/// <para>Fields the model has no place for (<c>text</c>, <c>textInfo</c>, sizes, casualties, comments) are not kept.</para>
/// </remarks>
public static class PloverReader
{
    /// <summary>Reads the records of a PLOVER file (UTF-8): a JSON array of records, or one record per line.</summary>
    /// <exception cref="InvalidDataException">
    /// The file does not start as PLOVER does, with a JSON object (one per line) or an array of them: it is some other
    /// kind of file (a CSV export, a tab-separated event file). The message says what it starts with.
    /// </exception>
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, ImportOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var splitter = new JsonRecordSplitter(stream, (options ?? ImportOptions.Default).MaxRecordLength);
        var records = new PloverRecords(options);
        var first = true;
        while (await splitter.NextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (first && !StartsAsPlover(splitter.Current.Span))
            {
                throw new InvalidDataException($"This is not a PLOVER file: it starts with '{JsonRecordSplitter.Preview(splitter.Current).TrimStart('\uFEFF', ' ', '\t', '\r', '\n')}', where PLOVER has a JSON object on each line or an array of them.");
            }

            first = false;
            yield return records.Read(splitter.Line, splitter.Current);
        }

        if (splitter.Error is { } error)
        {
            yield return ImportRecord.Rejected(new ImportIssue(splitter.Line, ImportIssueKind.Malformed, error + " The rest of the file was not read."));
        }
    }

    /// <summary>Whether a file's first record starts as a JSON object (a record of JSON Lines, or an array's element).</summary>
    private static bool StartsAsPlover(ReadOnlySpan<byte> record)
    {
        var text = record.TrimStart(" \t\r\n"u8);
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..].TrimStart(" \t\r\n"u8);
        }

        return text.IsEmpty || text[0] == (byte)'{';
    }
}

/// <summary>Turns PLOVER JSON records into import records.</summary>
internal sealed class PloverRecords
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly RecordBuilder _builder;
    private readonly Dictionary<string, ActorId?> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<Coding, Coding> _codings = [];

    public PloverRecords(ImportOptions? options) => _builder = new RecordBuilder(options);

    public ImportRecord Read(long line, ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return ImportIssues.Reject(line, null, ImportIssueKind.Malformed, $"the record is not valid JSON ({e.Message}): {JsonRecordSplitter.Preview(json)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ImportIssues.Reject(line, null, ImportIssueKind.Malformed, $"the record is a JSON {root.ValueKind}, not an object: {JsonRecordSplitter.Preview(json)}");
            }

            try
            {
                return Read(line, root);
            }
            catch (InvalidOperationException e)
            {
                // A string that is not text (invalid UTF-8, a lone surrogate escape): System.Text.Json notices on reading it.
                return ImportIssues.Reject(line, null, ImportIssueKind.Malformed, $"the record holds a string that is not valid text ({e.Message}): {JsonRecordSplitter.Preview(json)}");
            }
        }
    }

    private ImportRecord Read(long line, JsonElement record)
    {
        var id = Text(record, "id");
        if (id is null)
        {
            return ImportIssues.Reject(line, null, ImportIssueKind.MissingValue, "the record has no id.");
        }

        var categoryNames = Strings(record, "event");
        if (categoryNames.Count == 0)
        {
            return ImportIssues.Reject(line, id, ImportIssueKind.MissingValue, "the record has no event category ('event').");
        }

        if (categoryNames.Any(n => string.Equals(n, "DOCUMENT", StringComparison.OrdinalIgnoreCase)))
        {
            return ImportIssues.Reject(line, id, ImportIssueKind.NotAnEvent, "a DOCUMENT record documents the file; it is not an event.");
        }

        if (!EventId.IsValid(id) || !EventId.IsValid(id + ":99"))
        {
            return ImportIssues.Reject(line, id, ImportIssueKind.InvalidValue, $"the id '{id}' cannot be an event id (ASCII letters, digits and '-', '_', '.', ':').");
        }

        var categories = new List<PloverCategories.Reading>(categoryNames.Count);
        foreach (var name in categoryNames)
        {
            if (!PloverCategories.TryRead(name, out var reading))
            {
                return ImportIssues.Reject(line, id, ImportIssueKind.UnknownCode, $"'{name}' is not a PLOVER category (nor one of the older names DEMAND, DISAPPROVE, INVESTIGATE, FIGHT, CRIME).");
            }

            categories.Add(reading);
        }

        if (!TryDate(record, out var when, out var dateProblem))
        {
            return ImportIssues.Reject(line, id, dateProblem is null ? ImportIssueKind.MissingValue : ImportIssueKind.InvalidValue, dateProblem ?? "the record has no date.");
        }

        if (Text(record, "cameo") is { } cameoText && _builder.Cameo(cameoText) is null)
        {
            return ImportIssues.Reject(line, id, ImportIssueKind.UnknownCode, $"the CAMEO code '{cameoText}' is not in the CAMEO codebook.");
        }

        var warnings = new List<ImportIssue>();
        var sources = Actors(record, line, id, warnings, "actor", "source");
        var recipients = Actors(record, line, id, warnings, "recipient", "target");
        var citations = Citations(record, when);
        var location = Location(record);
        var summary = Text(record, "event_text") ?? Text(record, "eventText");

        if (sources.Count == 0)
        {
            warnings.Add(new ImportIssue(line, ImportIssueKind.UnidentifiedSource, "the record names no source; the source is 'unidentified-actor'.") { RecordId = id });
        }

        if (sources.Count == 0)
        {
            sources.Add(_builder.Actors.Add(ActorCatalog.UnidentifiedActor));
        }

        var pairs = ActorPairs.Of(sources, recipients);

        var basis = Basis(Text(record, "evidence_basis")) ?? EvidenceBasis.Reported;
        var events = new List<DiplomaticEvent>(pairs.Count * categories.Count);
        foreach (var category in categories)
        {
            var coding = Coding(record, category);
            foreach (var (source, target) in pairs)
            {
                RecordBuilder.AddUnlessRepeatedMeeting(events, _builder.Event(default, when, citations, source, target, coding, location, summary));
            }
        }

        for (var i = 0; i < events.Count; i++)
        {
            var eventId = events.Count == 1 ? id : $"{id}:{i + 1}";
            events[i] = events[i] with { Id = eventId, Basis = basis };
        }

        return ImportRecord.Imported(line, id, events, _builder.Actors.TakeNew(), warnings);
    }

    private List<ActorId> Actors(JsonElement record, long line, string id, List<ImportIssue> warnings, params string[] names)
    {
        var actors = new List<ActorId>();
        foreach (var name in names)
        {
            if (!record.TryGetProperty(name, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        AddActor(item, actors, line, id, warnings, name);
                    }

                    break;
                case JsonValueKind.Object:
                    AddActor(value, actors, line, id, warnings, name);
                    break;
                case JsonValueKind.String when string.IsNullOrWhiteSpace(value.GetString()):
                case JsonValueKind.Null:
                    break;
                default:
                    warnings.Add(new ImportIssue(line, ImportIssueKind.IgnoredValue, $"'{name}' is {value.GetRawText()}, not a list of actors; it was left out.") { RecordId = id });
                    break;
            }

            break;
        }

        return actors;
    }

    private void AddActor(JsonElement item, List<ActorId> actors, long line, string id, List<ImportIssue> warnings, string field)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            warnings.Add(new ImportIssue(line, ImportIssueKind.IgnoredValue, $"an actor in '{field}' is {item.GetRawText()}, not an object; it was left out.") { RecordId = id });
            return;
        }

        var key = item.GetRawText();
        if (!_actors.TryGetValue(key, out var actor))
        {
            actor = Resolve(item);
            _actors.Add(key, actor);
        }

        if (actor is { } resolved)
        {
            if (!actors.Contains(resolved))
            {
                actors.Add(resolved);
            }
        }
        else
        {
            warnings.Add(new ImportIssue(line, ImportIssueKind.IgnoredValue, $"an actor in '{field}' names nobody ({key}); it was left out.") { RecordId = id });
        }
    }

    /// <summary>Resolves an entity object not met before (apart from <see cref="AddActor"/>, so that only this path makes the resolver's closure).</summary>
    private ActorId? Resolve(JsonElement item)
    {
        var code = Text(item, "code");
        var text = EntityText(item);
        var sector = Text(item, "sector");
        var description = new ActorDescription(EventDataFormat.Plover, text ?? string.Empty, code, null, sector is null ? [] : [sector])
        {
            Title = Text(item, "office"),
            WikipediaId = Text(item, "identifier_id"),
        };
        return _builder.Actors.Resolve(description, () => Exact(item, code, text) ?? ActorRules.Plover(code, text, sector));
    }

    /// <summary>An entity object's name: PLOVER 2.0's <c>entity_text</c>, else the older <c>actor_text</c>, else its identifier's name.</summary>
    private static string? EntityText(JsonElement item) =>
        Text(item, "entity_text") ?? Text(item, "actor_text") ?? Text(item, "actorText") ?? Text(item, "identifier_text");

    /// <summary>The actor exactly as <see cref="PloverWriter"/> wrote it (<c>actor_id</c> and <c>actor_type</c>), or null.</summary>
    private static Actor? Exact(JsonElement item, string? code, string? text)
    {
        if (Text(item, "actor_id") is not { } idText || !ActorId.TryParse(idText, out var id) || Text(item, "actor_type") is not { } type)
        {
            return null;
        }

        var name = text ?? idText;
        ActorId? state = code is not null && ActorRules.Country(code) is { } country && country.Alpha3 == code ? new ActorId(code) : default(ActorId?);
        switch (type)
        {
            case "state":
                return Countries.TryResolve(idText, out var c) && c.Alpha3 == idText && c.Name == name ? c.ToState() : new State(id, name);
            case "person":
                return new Person(id, name, state);
            case "organization":
                var kind = Enum.TryParse<OrganizationKind>(Text(item, "organization_kind"), ignoreCase: true, out var k) ? k : OrganizationKind.Other;
                return new Organization(id, name, kind, state);
            case "alliance":
                var obligations = Enum.TryParse<AllianceObligations>(Text(item, "obligations"), ignoreCase: true, out var o) ? o : AllianceObligations.None;
                return new Alliance(id, name, obligations);
            default:
                return null;
        }
    }

    private Coding Coding(JsonElement record, PloverCategories.Reading category)
    {
        var cameo = Text(record, "cameo") is { } code ? _builder.Cameo(code) : null;
        var quad = Number(record, "quad_code") is { } q && q is >= 1 and <= 4 && q == Math.Floor(q)
            ? (QuadClass)(int)q
            : cameo?.QuadClass ?? category.QuadClass;
        var goldstein = Number(record, "event_scale") is { } g && g is >= -10 and <= 10 ? g : cameo?.Goldstein;
        var mode = Strings(record, "mode").FirstOrDefault(m => !string.IsNullOrWhiteSpace(m)) ?? category.Mode;
        var contexts = Strings(record, "context")
            .SelectMany(c => c.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (category.Context is { } implied && !contexts.Contains(implied))
        {
            contexts.Add(implied);
        }

        var coding = new Coding(quad)
        {
            Cameo = cameo?.Cameo,
            Goldstein = goldstein,
            PloverCategory = category.Category,
            PloverMode = mode,
            PloverContexts = contexts,
        };
        if (cameo is not null && cameo.Equals(coding))
        {
            return cameo;
        }

        if (!_codings.TryGetValue(coding, out var interned))
        {
            _codings.Add(coding, coding);
            interned = coding;
        }

        return interned;
    }

    private IReadOnlyList<Citation> Citations(JsonElement record, FuzzyDate when)
    {
        var info = record.TryGetProperty("cite_info", out var i) && i.ValueKind == JsonValueKind.Object ? i : default;
        var first = Citation(info, record, when);
        if (!record.TryGetProperty("additional_cite_info", out var more) || more.ValueKind != JsonValueKind.Array)
        {
            return first.Url is null && first.Title is null && first.Quote is null && first.Basis is null ? _builder.Cite(first.Source, first.Published) : [_builder.Released(first)];
        }

        var citations = new List<Citation> { _builder.Released(first) };
        foreach (var item in more.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                citations.Add(_builder.Released(Citation(item, default, when)));
            }
        }

        return citations;
    }

    private Citation Citation(JsonElement info, JsonElement record, FuzzyDate when)
    {
        string? Field(string name) => (info.ValueKind == JsonValueKind.Object ? Text(info, name) : null)
            ?? (record.ValueKind == JsonValueKind.Object ? Text(record, name) : null);

        var publication = Field("publication") ?? Field("corpus") ?? Field("coder");
        var source = info.ValueKind == JsonValueKind.Object
            && info.TryGetProperty("publication_actor", out var publisher)
            && publisher.ValueKind == JsonValueKind.Object
            && Exact(publisher, Text(publisher, "code"), EntityText(publisher)) is { } exact
                ? _builder.Actors.Add(exact)
                : _builder.Actors.Outlet(publication ?? string.Empty);

        var published = FuzzyDate.TryParse(Field("published"), out var p) ? p
            : FuzzyDate.TryParse(Field("coded_date") ?? Field("dateCoded"), out var coded) ? coded
            : when;
        return new Citation(source, published)
        {
            Url = Field("url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null,
            Title = Field("title"),
            Quote = Field("quote"),
            Basis = info.ValueKind == JsonValueKind.Object ? Basis(Text(info, "evidence_basis")) : null,
        };
    }

    /// <summary>The basis named by the writer's <c>evidence_basis</c> extra field, or null when absent or unknown.</summary>
    private static EvidenceBasis? Basis(string? name) =>
        name is not null && Enum.TryParse<EvidenceBasis>(name, ignoreCase: true, out var basis) && Enum.IsDefined(basis) && !char.IsDigit(name[0]) ? basis : null;

    private Place? Location(JsonElement record)
    {
        if (!(record.TryGetProperty("event_loc", out var loc) || record.TryGetProperty("eventLoc", out loc)) || loc.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if ((Text(loc, "resolved_place") ?? Text(loc, "name") ?? Text(loc, "extracted_place") ?? Text(loc, "city") ?? Text(loc, "district") ?? Text(loc, "province") ?? Text(loc, "country")) is not { } name)
        {
            return null;
        }

        var countryCode = Text(loc, "country_code") ?? Text(loc, "cc3") ?? Text(loc, "country code") ?? Text(loc, "country");
        ActorId? country = countryCode is not null && ActorRules.Country(countryCode) is { } c ? _builder.Actors.AddState(c) : default(ActorId?);
        var latitude = Number(loc, "lat") ?? Number(loc, "latitude");
        var longitude = Number(loc, "lon") ?? Number(loc, "longitude");
        return new Place(name, country)
        {
            Latitude = latitude is { } lat && Math.Abs(lat) <= 90 ? lat : null,
            Longitude = longitude is { } lon && Math.Abs(lon) <= 180 ? lon : null,
            GeoNamesId = GeoNamesId(loc),
        };
    }

    /// <summary>The location's <c>geonameid</c>, a number or a string of digits; null when absent or not an id.</summary>
    private static long? GeoNamesId(JsonElement loc) =>
        !loc.TryGetProperty("geonameid", out var value) ? null
            : value.ValueKind == JsonValueKind.Number ? (value.TryGetInt64(out var id) && id > 0 ? id : GeoNamesIds.Parse(value.GetRawText()))
            : value.ValueKind == JsonValueKind.String ? GeoNamesIds.Parse(value.GetString())
            : null;

    private static bool TryDate(JsonElement record, out FuzzyDate when, out string? problem)
    {
        when = default;
        problem = null;
        var edtf = Text(record, "date_edtf");
        if (edtf is not null)
        {
            if (FuzzyDate.TryParse(edtf, out when))
            {
                return true;
            }

            problem = $"the date_edtf '{edtf}' is not an EDTF date.";
            return false;
        }

        var date = Text(record, "date");
        if (date is null)
        {
            return false;
        }

        if (!FuzzyDate.TryParse(date, out var start))
        {
            problem = $"the date '{date}' is not a date (YYYY-MM-DD).";
            return false;
        }

        when = start;
        if (Text(record, "enddate") is { } endText)
        {
            if (!FuzzyDate.TryParse(endText, out var end) || end.Latest < start.Earliest)
            {
                problem = $"the enddate '{endText}' is not a date on or after the date '{date}'.";
                return false;
            }

            when = FuzzyDate.Between(start.Earliest, end.Latest);
        }

        return true;
    }

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static double? Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var d) => d,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    private static List<string> Strings(JsonElement element, string name)
    {
        var strings = new List<string>();
        if (!element.TryGetProperty(name, out var value))
        {
            return strings;
        }

        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            strings.Add(value.GetString()!.Trim());
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    strings.Add(item.GetString()!.Trim());
                }
            }
        }

        return strings;
    }
}

/// <summary>PLOVER category names, current and older (the quad class of a current one is <see cref="PloverCategoryExtensions.ToQuadClass"/>).</summary>
internal static class PloverCategories
{
    /// <summary>How a category name reads: the category, the mode an older name implies, and the manual's quad class.</summary>
    public readonly record struct Reading(PloverCategory Category, string? Mode, QuadClass QuadClass, string? Context = null);

    public static bool TryRead(string name, out Reading reading)
    {
        reading = name.ToUpperInvariant() switch
        {
            "DEMAND" => new Reading(PloverCategory.Request, null, QuadClass.VerbalConflict),
            "DISAPPROVE" => new Reading(PloverCategory.Accuse, "disapprove", QuadClass.VerbalConflict),
            "INVESTIGATE" => new Reading(PloverCategory.Accuse, "investigate", QuadClass.MaterialCooperation),
            "FIGHT" => new Reading(PloverCategory.Assault, null, QuadClass.MaterialConflict),
            "CRIME" => new Reading(PloverCategory.Assault, null, QuadClass.MaterialConflict, "crime"),
            var upper when upper.All(char.IsAsciiLetterUpper) && Enum.TryParse<PloverCategory>(upper, ignoreCase: true, out var category)
                => new Reading(category, null, category.ToQuadClass()),
            _ => default,
        };

        // Every reading has a quad class (1 to 4); the default has none.
        return reading.QuadClass != default;
    }

    /// <summary>
    /// Reads a quad class written as a number (<c>1</c> to <c>4</c>) or in words, as POLECAT writes it
    /// (<c>VERBAL COOPERATION</c>, <c>Material Conflict</c>, <c>verbal_conflict</c>).
    /// </summary>
    public static bool TryReadQuadClass(string text, out QuadClass quad)
    {
        var key = text.Trim().Replace('_', ' ').Replace('-', ' ').ToUpperInvariant();
        quad = key switch
        {
            "1" or "VERBAL COOPERATION" => QuadClass.VerbalCooperation,
            "2" or "MATERIAL COOPERATION" => QuadClass.MaterialCooperation,
            "3" or "VERBAL CONFLICT" => QuadClass.VerbalConflict,
            "4" or "MATERIAL CONFLICT" => QuadClass.MaterialConflict,
            _ => default,
        };
        return quad != default;
    }

    /// <summary>The name PLOVER writes for a category (upper case).</summary>
    public static string Name(PloverCategory category) => category.ToString().ToUpperInvariant();
}
