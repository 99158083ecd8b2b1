using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>
/// Reads the GDELT event exports — 2.0 (<c>*.export.CSV</c>: 61 tab-separated columns, no header) and 1.0 (the daily
/// <c>YYYYMMDD.export.CSV</c> files and the historical backfiles: 57 columns, 58 from 1 April 2013 when SOURCEURL was
/// added) — and the 2.0 mentions table (<c>*.mentions.CSV</c>: 16 columns), which adds the articles that mention each
/// event.
/// </summary>
/// <remarks>
/// <para>Which version a file is comes from its column count: the first row with 57, 58 or 61 columns sets it, and a
/// later row with another count is rejected as <see cref="ImportIssueKind.Malformed"/>. The versions share their first
/// 35 columns (ids, dates, both actors, the event's codes and scores); 1.0 has no ADM2 code in its three geography
/// blocks, so ActionGeo and DATEADDED stand six columns earlier.</para>
/// <para>Each event row becomes one directed event with the id <c>gdelt-</c> and its GlobalEventID, coded by its
/// EventCode (with its GoldsteinScale where it differs from the codebook's), dated by its SQLDATE, placed at its
/// ActionGeo (name, coordinates, and the country of its FIPS 10-4 country code through
/// <see cref="Countries.ByFips"/>: FIPS <c>RS</c> is Russia), and cited to the outlet of its SOURCEURL (the web
/// domain), published on the day of DATEADDED, with the URL; a 1.0 row without SOURCEURL is cited to the unknown
/// publisher on that day. Actor1Geo and Actor2Geo (where an article placed each actor) are not read: they say where an
/// actor was, not who it is.</para>
/// <para>Actors are resolved by their CAMEO actor codes (see <c>docs/interop.md</c>).</para>
/// <para>Each mention row becomes an <see cref="AddedCitation"/> for its event: the mentioning outlet, the day of
/// MentionTimeDate, and the article's URL (or, for a mention that is not a web page, its citation text as the title).
/// Read the mentions after the events.</para>
/// </remarks>
public static class GdeltReader
{
    /// <summary>The number of columns of a GDELT 2.0 event row.</summary>
    public const int EventColumns = 61;

    /// <summary>The number of columns of a GDELT 2.0 mention row.</summary>
    public const int MentionColumns = 16;

    /// <summary>Reads the rows of a GDELT event export (UTF-8), 2.0 or 1.0, told apart by their column count.</summary>
    /// <exception cref="InvalidDataException">A line is longer than <see cref="ImportOptions.MaxRecordLength"/>.</exception>
    public static async IAsyncEnumerable<ImportRecord> ReadEventsAsync(Stream stream, ImportOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var sep = await Open(reader, (options ?? ImportOptions.Default).SeparatedRowLimit, cancellationToken).ConfigureAwait(false);
        var rows = new GdeltEventRows(options);
        while (await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return rows.Read(sep.Current);
        }
    }

    /// <summary>Reads the rows of a GDELT 2.0 mentions table (UTF-8); each adds a citation to its event.</summary>
    /// <exception cref="InvalidDataException">A line is longer than <see cref="ImportOptions.DefaultMaxRecordLength"/>.</exception>
    public static async IAsyncEnumerable<ImportRecord> ReadMentionsAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var sep = await Open(reader, ImportOptions.Default.SeparatedRowLimit, cancellationToken).ConfigureAwait(false);
        var rows = new GdeltMentionRows();
        while (await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return rows.Read(sep.Current);
        }
    }

    private static ValueTask<SepReader> Open(TextReader reader, int maxRecordLength, CancellationToken cancellationToken) =>
        Sep.New('\t')
            .Reader(o => o with { HasHeader = false, DisableQuotesParsing = true, DisableColCountCheck = true })
            .FromAsync(new LineLengthLimit(reader, maxRecordLength), cancellationToken);

    /// <summary>The rejection of a row with the wrong number of columns or a GlobalEventID (column 1) that is not a number; else null.</summary>
    internal static ImportRecord? CheckRow(SepReader.Row row, int columns, string what) =>
        row.ColCount != columns
            ? WrongWidth(row, $"a GDELT 2.0 {what} row has {columns}.")
            : CheckId(row);

    /// <summary>The rejection of a row whose column count is not the one its file has.</summary>
    internal static ImportRecord WrongWidth(SepReader.Row row, string expected) =>
        ImportIssues.Reject(SepRows.HeaderlessLine(row), row.ColCount > 0 ? row[0].ToString() : null, ImportIssueKind.Malformed, $"the row has {row.ColCount} columns; {expected}");

    /// <summary>The rejection of a row whose GlobalEventID (column 1) is not a number; else null.</summary>
    internal static ImportRecord? CheckId(SepReader.Row row)
    {
        var rawId = row[0].Span;
        // Digits only: long.TryParse alone lets spaces, a sign and trailing NUL characters through, which ids cannot hold.
        return rawId.IsEmpty || rawId.ContainsAnyExceptInRange('0', '9') || !long.TryParse(rawId, out _)
            ? ImportIssues.Reject(SepRows.HeaderlessLine(row), rawId.ToString(), rawId.IsEmpty ? ImportIssueKind.MissingValue : ImportIssueKind.InvalidValue, $"the GlobalEventID '{rawId}' is not a number.")
            : null;
    }

    /// <summary>The citation of a GDELT source: the outlet of a URL's domain with the URL, or an outlet named by the text.</summary>
    internal static Citation Cite(ActorCatalog actors, string source, NodaTime.LocalDate published, bool mayBeUrl = true)
    {
        if (mayBeUrl && Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            var host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
            return new Citation(actors.Outlet(host), published) { Url = url };
        }

        return new Citation(actors.Outlet(source), published);
    }
}

/// <summary>Turns GDELT event rows into records.</summary>
internal sealed class GdeltEventRows
{
    private const int GlobalEventId = 0;
    private const int SqlDate = 1;
    private const int Actor1Code = 5;
    private const int Actor2Code = 15;
    private const int EventCode = 26;
    private const int Goldstein = 30;

    private readonly RecordBuilder _builder;
    private readonly SpanCache<ActorId?> _actors = new();
    private readonly SpanCache<Place?> _places = new();
    private readonly SpanCache<DataRelease?> _releases = new();
    private readonly KeyBuffer _key = new();
    private Layout? _layout;

    public GdeltEventRows(ImportOptions? options) => _builder = new RecordBuilder(options);

    public ImportRecord Read(SepReader.Row row)
    {
        var line = SepRows.HeaderlessLine(row);
        if (_layout is null)
        {
            _layout = Layout.For(row.ColCount);
            if (_layout is null)
            {
                return GdeltReader.WrongWidth(row, "a GDELT event row has 57 or 58 (1.0) or 61 (2.0).");
            }
        }

        var layout = _layout;
        if (row.ColCount != layout.Columns)
        {
            return GdeltReader.WrongWidth(row, $"this file's first event row has {layout.Columns} (GDELT {layout.Version}).");
        }

        if (GdeltReader.CheckId(row) is { } malformed)
        {
            return malformed;
        }

        var rawId = row[GlobalEventId].Span;
        var recordId = rawId.ToString();
        if (!RecordBuilder.TryParseCompactDate(row[SqlDate].Span, out var date))
        {
            return ImportIssues.Reject(line, recordId, ImportIssueKind.InvalidValue, $"the SQLDATE '{row[SqlDate].Span}' is not a date (yyyyMMdd).");
        }

        if (!RecordBuilder.TryParseCompactDate(row[layout.DateAdded].Span, out var added))
        {
            return ImportIssues.Reject(line, recordId, ImportIssueKind.InvalidValue, $"the DATEADDED '{row[layout.DateAdded].Span}' is not a {(layout.Version == 1 ? "date (yyyyMMdd)" : "time (yyyyMMddHHmmss)")}.");
        }

        var code = row[EventCode].Span;
        if (code.IsEmpty)
        {
            return ImportIssues.Reject(line, recordId, ImportIssueKind.MissingValue, "the EventCode is missing.");
        }

        if (_builder.Cameo(code) is not { } coding)
        {
            return ImportIssues.Reject(line, recordId, ImportIssueKind.UnknownCode, $"the CAMEO code '{code}' is not in the CAMEO codebook.");
        }

        if (RecordBuilder.TryParseNumber(row[Goldstein].Span, out var goldstein) && goldstein is >= -10 and <= 10)
        {
            coding = _builder.WithGoldstein(coding, goldstein);
        }

        List<ImportIssue>? warnings = null;
        var source = Actor(row, Actor1Code);
        if (source is null)
        {
            source = _builder.Actors.Add(ActorCatalog.UnidentifiedActor);
            (warnings ??= []).Add(new ImportIssue(line, ImportIssueKind.UnidentifiedSource, "the row has no Actor1; the source is 'unidentified-actor'.") { RecordId = recordId });
        }

        var target = Actor(row, Actor2Code);
        var sourceUrl = layout.SourceUrl < 0 ? string.Empty : row[layout.SourceUrl].ToString();
        var citation = sourceUrl.Length == 0
            ? new Citation(_builder.Actors.Outlet(string.Empty), added)
            : GdeltReader.Cite(_builder.Actors, sourceUrl, added);
        _builder.FoundRelease(Release(row[layout.DateAdded].Span));
        var e = _builder.Event(new EventId(string.Concat("gdelt-", rawId)), FuzzyDate.FromDate(date), [_builder.Released(citation)], source.Value, target, coding, Place(row, layout));
        return ImportRecord.Imported(line, recordId, [e], _builder.Actors.TakeNew(), warnings);
    }

    private ActorId? Actor(SepReader.Row row, int first)
    {
        var code = row[first].Span;
        if (code.IsEmpty)
        {
            return null;
        }

        // Code, name, country code and the three type codes: columns first, +1, +2, +7, +8, +9.
        var key = _key.Clear().Append(code).Append(row[first + 1].Span).Append(row[first + 2].Span)
            .Append(row[first + 7].Span).Append(row[first + 8].Span).Append(row[first + 9].Span);
        if (_actors.TryGet(key.Span, out var id))
        {
            return id;
        }

        return _actors.Add(key.Span, Resolve(row, first, code));
    }

    /// <summary>Resolves an actor not met before (apart from <see cref="Actor"/>, so that only this path makes the resolver's closure).</summary>
    private ActorId? Resolve(SepReader.Row row, int first, ReadOnlySpan<char> code)
    {
        var codeText = code.ToString();
        var name = row[first + 1].ToString();
        var country = row[first + 2].ToString();
        string[] types = [.. new[] { row[first + 7].ToString(), row[first + 8].ToString(), row[first + 9].ToString() }.Where(t => t.Length > 0)];
        var description = new ActorDescription(EventDataFormat.Gdelt, name, codeText, country.Length == 0 ? null : country, types);
        return _builder.Actors.Resolve(description, () => ActorRules.Gdelt(codeText, name, country, types));
    }

    /// <summary>The 15-minute update a DATEADDED names (interned: an update file holds one or a few).</summary>
    private DataRelease? Release(ReadOnlySpan<char> dateAdded) =>
        _releases.TryGet(dateAdded, out var release) ? release : _releases.Add(dateAdded, ReleaseNames.OfGdelt(dateAdded));

    private Place? Place(SepReader.Row row, Layout layout)
    {
        var fullName = row[layout.ActionGeoFullName].Span;
        if (row[layout.ActionGeoType].Span is "" or "0" || fullName.IsEmpty)
        {
            return null;
        }

        var latitudeText = row[layout.ActionGeoLat].Span;
        var longitudeText = row[layout.ActionGeoLong].Span;
        var countryCode = row[layout.ActionGeoCountryCode].Span;
        var key = _key.Clear().Append(fullName).Append(countryCode).Append(latitudeText).Append(longitudeText);
        if (_places.TryGet(key.Span, out var place))
        {
            return place;
        }

        double? latitude = RecordBuilder.TryParseNumber(latitudeText, out var lat) && Math.Abs(lat) <= 90 ? lat : null;
        double? longitude = RecordBuilder.TryParseNumber(longitudeText, out var lon) && Math.Abs(lon) <= 180 ? lon : null;
        var country = Countries.ByFips(countryCode.ToString()) is { } found ? _builder.Actors.AddState(found) : default(ActorId?);
        return _places.Add(key.Span, new Place(fullName.ToString(), country) { Latitude = latitude, Longitude = longitude });
    }

    /// <summary>Where a version's columns stand (0-based); the actors and the event's codes stand alike in all.</summary>
    private sealed record Layout(int Version, int Columns, int ActionGeoType, int DateAdded, int SourceUrl)
    {
        private static readonly Layout Version2 = new(2, GdeltReader.EventColumns, 51, 59, 60);
        private static readonly Layout Version1 = new(1, 57, 49, 56, -1);
        private static readonly Layout Version1WithUrl = new(1, 58, 49, 56, 57);

        // Each geography block: Type, FullName, CountryCode, ADM1Code, (2.0: ADM2Code), Lat, Long, FeatureID.
        public int ActionGeoFullName => ActionGeoType + 1;

        public int ActionGeoCountryCode => ActionGeoType + 2;

        public int ActionGeoLat => ActionGeoType + (Version == 2 ? 5 : 4);

        public int ActionGeoLong => ActionGeoLat + 1;

        public static Layout? For(int columns) => columns switch
        {
            GdeltReader.EventColumns => Version2,
            57 => Version1,
            58 => Version1WithUrl,
            _ => null,
        };
    }
}

/// <summary>Turns GDELT mention rows into citations for their events.</summary>
internal sealed class GdeltMentionRows
{
    private const int GlobalEventId = 0;
    private const int MentionTimeDate = 2;
    private const int MentionType = 3;
    private const int MentionSourceName = 4;
    private const int MentionIdentifier = 5;

    private readonly ActorCatalog _actors = new(null);

    public ImportRecord Read(SepReader.Row row)
    {
        var line = SepRows.HeaderlessLine(row);
        if (GdeltReader.CheckRow(row, GdeltReader.MentionColumns, "mention") is { } malformed)
        {
            return malformed;
        }

        var rawId = row[GlobalEventId].Span;
        var recordId = rawId.ToString();
        if (!RecordBuilder.TryParseCompactDate(row[MentionTimeDate].Span, out var published))
        {
            return ImportIssues.Reject(line, recordId, ImportIssueKind.InvalidValue, $"the MentionTimeDate '{row[MentionTimeDate].Span}' is not a time (yyyyMMddHHmmss).");
        }

        var identifier = row[MentionIdentifier].ToString();
        var sourceName = row[MentionSourceName].ToString();
        Citation citation;
        if (row[MentionType].Span is "1")
        {
            citation = GdeltReader.Cite(_actors, identifier, published);
            if (citation.Url is null)
            {
                citation = new Citation(_actors.Outlet(sourceName), published) { Title = identifier.Length == 0 ? null : identifier };
            }
            else if (sourceName.Length > 0)
            {
                citation = citation with { Source = _actors.Outlet(sourceName) };
            }
        }
        else
        {
            citation = new Citation(_actors.Outlet(sourceName), published) { Title = identifier.Length == 0 ? null : identifier };
        }

        var added = new AddedCitation(new EventId(string.Concat("gdelt-", rawId)), citation);
        return ImportRecord.Citing(line, recordId, added, _actors.TakeNew());
    }
}
