using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>
/// Reads the GDELT 2.0 event export (<c>*.export.CSV</c>: 61 tab-separated columns, no header) and its mentions table
/// (<c>*.mentions.CSV</c>: 16 columns), which adds the articles that mention each event.
/// </summary>
/// <remarks>
/// <para>Each event row becomes one directed event with the id <c>gdelt-</c> and its GlobalEventID, coded by its
/// EventCode (with its GoldsteinScale where it differs from the codebook's), dated by its SQLDATE, placed at its
/// ActionGeo (name and coordinates), and cited to the outlet of its SOURCEURL (the web domain), published on the day of
/// DATEADDED, with the URL.</para>
/// <para>Actors are resolved by their CAMEO actor codes (see <c>docs/interop.md</c>). GDELT's geographic country codes
/// are FIPS 10-4 codes, which the country catalogue does not hold (FIPS <c>RS</c> is Russia, ISO <c>RS</c> is Serbia), so
/// places keep their name and coordinates and no country.</para>
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

    /// <summary>Reads the rows of a GDELT 2.0 event export (UTF-8).</summary>
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
    internal static ImportRecord? CheckRow(SepReader.Row row, int columns, string what)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount != columns)
        {
            return ImportIssues.Reject(line, row.ColCount > 0 ? row[0].ToString() : null, ImportIssueKind.Malformed, $"the row has {row.ColCount} columns; a GDELT 2.0 {what} row has {columns}.");
        }

        var rawId = row[0].Span;
        // Digits only: long.TryParse alone lets spaces, a sign and trailing NUL characters through, which ids cannot hold.
        return rawId.IsEmpty || rawId.ContainsAnyExceptInRange('0', '9') || !long.TryParse(rawId, out _)
            ? ImportIssues.Reject(line, rawId.ToString(), rawId.IsEmpty ? ImportIssueKind.MissingValue : ImportIssueKind.InvalidValue, $"the GlobalEventID '{rawId}' is not a number.")
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
    private const int ActionGeoType = 51;
    private const int ActionGeoFullName = 52;
    private const int ActionGeoLat = 56;
    private const int ActionGeoLong = 57;
    private const int DateAdded = 59;
    private const int SourceUrl = 60;

    private readonly RecordBuilder _builder;
    private readonly SpanCache<ActorId?> _actors = new();
    private readonly SpanCache<Place?> _places = new();
    private readonly SpanCache<DataRelease?> _releases = new();
    private readonly KeyBuffer _key = new();

    public GdeltEventRows(ImportOptions? options) => _builder = new RecordBuilder(options);

    public ImportRecord Read(SepReader.Row row)
    {
        var line = row.LineNumberFrom;
        if (GdeltReader.CheckRow(row, GdeltReader.EventColumns, "event") is { } malformed)
        {
            return malformed;
        }

        var rawId = row[GlobalEventId].Span;
        var recordId = rawId.ToString();
        if (!RecordBuilder.TryParseCompactDate(row[SqlDate].Span, out var date))
        {
            return ImportIssues.Reject(line, recordId, ImportIssueKind.InvalidValue, $"the SQLDATE '{row[SqlDate].Span}' is not a date (yyyyMMdd).");
        }

        if (!RecordBuilder.TryParseCompactDate(row[DateAdded].Span, out var added))
        {
            return ImportIssues.Reject(line, recordId, ImportIssueKind.InvalidValue, $"the DATEADDED '{row[DateAdded].Span}' is not a time (yyyyMMddHHmmss).");
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
        var sourceUrl = row[SourceUrl].ToString();
        var citation = sourceUrl.Length == 0
            ? new Citation(_builder.Actors.Outlet(string.Empty), added)
            : GdeltReader.Cite(_builder.Actors, sourceUrl, added);
        _builder.FoundRelease(Release(row[DateAdded].Span));
        var e = _builder.Event(new EventId(string.Concat("gdelt-", rawId)), FuzzyDate.FromDate(date), [_builder.Released(citation)], source.Value, target, coding, Place(row));
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

        var codeText = code.ToString();
        var name = row[first + 1].ToString();
        var country = row[first + 2].ToString();
        string[] types = [.. new[] { row[first + 7].ToString(), row[first + 8].ToString(), row[first + 9].ToString() }.Where(t => t.Length > 0)];
        var description = new ActorDescription(EventDataFormat.Gdelt, name, codeText, country.Length == 0 ? null : country, types);
        return _actors.Add(key.Span, _builder.Actors.Resolve(description, () => ActorRules.Gdelt(codeText, name, country, types)));
    }

    /// <summary>The 15-minute update a DATEADDED names (interned: an update file holds one or a few).</summary>
    private DataRelease? Release(ReadOnlySpan<char> dateAdded) =>
        _releases.TryGet(dateAdded, out var release) ? release : _releases.Add(dateAdded, ReleaseNames.OfGdelt(dateAdded));

    private Place? Place(SepReader.Row row)
    {
        if (row[ActionGeoType].Span is "" or "0" || row[ActionGeoFullName].Span.IsEmpty)
        {
            return null;
        }

        var key = _key.Clear().Append(row[ActionGeoFullName].Span).Append(row[ActionGeoLat].Span).Append(row[ActionGeoLong].Span);
        if (_places.TryGet(key.Span, out var place))
        {
            return place;
        }

        double? latitude = RecordBuilder.TryParseNumber(row[ActionGeoLat].Span, out var lat) && Math.Abs(lat) <= 90 ? lat : null;
        double? longitude = RecordBuilder.TryParseNumber(row[ActionGeoLong].Span, out var lon) && Math.Abs(lon) <= 180 ? lon : null;
        return _places.Add(key.Span, new Place(row[ActionGeoFullName].ToString()) { Latitude = latitude, Longitude = longitude });
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
        var line = row.LineNumberFrom;
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
