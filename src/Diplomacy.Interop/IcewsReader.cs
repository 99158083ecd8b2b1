using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>
/// Reads ICEWS coded event files (the Harvard Dataverse <c>events.YYYY.*.tab</c> files): tab-separated, a header row,
/// <c>NA</c> for a missing value, sectors as comma-separated lists.
/// </summary>
/// <remarks>
/// <para>Each row becomes one directed event with the id <c>icews-</c> and the row's Event ID: a
/// <see cref="CodedEvent"/> with the CAMEO coding of its code (and its Intensity as the Goldstein score where it differs
/// from the codebook's), its source and target actors, its place, and one citation: the publisher, published on the
/// event date (ICEWS dates an event by its story). A row whose code says which typed event it is becomes that event: a
/// <see cref="Meeting"/> for <c>042</c>-<c>044</c>, a <see cref="SanctionsAction"/> for <c>163</c> by a state or
/// intergovernmental body (see <see cref="ImportOptions.LiftTypedEvents"/>).</para>
/// <para><b>Reciprocal events.</b> ICEWS writes a meeting or an agreement between A and B as two rows sharing a Story ID
/// and sentence, A to B and B to A, each with its own Event ID. They are kept as the two directed events they are: that
/// is how ICEWS counts them, and what directed dyad counts built from ICEWS expect. Nothing is merged.</para>
/// <para>Rows are read one at a time with Sep; memory does not grow with the file beyond the actors, codings, places and
/// citation lists interned. The reader does not dispose the stream.</para>
/// </remarks>
public static class IcewsReader
{
    private static readonly string[] RequiredColumns =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Publisher",
    ];

    /// <summary>Reads the records of an ICEWS file (UTF-8).</summary>
    /// <exception cref="InvalidDataException">The header lacks a column ICEWS files have (the message names it), or a line is longer than <see cref="ImportOptions.MaxRecordLength"/>.</exception>
    /// <remarks>When the stream is a file whose name says which release it is, its citations record that release (see <see cref="ImportOptions.Release"/>).</remarks>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAsync(stream, options, ReleaseNames.OfStream(stream, ReleaseNames.OfIcews), cancellationToken);
    }

    /// <summary>Reads the records of an ICEWS file (UTF-8) whose name says it is <paramref name="fileRelease"/> (null when it says none).</summary>
    internal static IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, ImportOptions? options, DataRelease? fileRelease, CancellationToken cancellationToken) =>
        ReadAsync(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true), options, fileRelease, cancellationToken);

    /// <summary>Reads the records of an ICEWS file.</summary>
    /// <exception cref="InvalidDataException">The header lacks a column ICEWS files have (the message names it), or a line is longer than <see cref="ImportOptions.MaxRecordLength"/>.</exception>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadAsync(reader, options, null, cancellationToken);
    }

    private static async IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, ImportOptions? options, DataRelease? fileRelease, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var sep = await SepRows.OpenTabSeparatedAsync(reader, options, "an ICEWS event file", cancellationToken).ConfigureAwait(false);
        var columns = Columns.From(sep.Header);
        var rows = new IcewsRows(options, columns, fileRelease);
        while (await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return rows.Read(sep.Current);
        }
    }

    /// <summary>The positions of the columns in the file's header.</summary>
    internal sealed record Columns(
        int EventId, int Date, int SourceName, int SourceSectors, int SourceCountry, int Code, int Intensity,
        int TargetName, int TargetSectors, int TargetCountry, int Publisher,
        int City, int District, int Province, int Country, int Latitude, int Longitude, int Width)
    {
        public static Columns From(SepReaderHeader header)
        {
            foreach (var name in RequiredColumns)
            {
                if (!header.TryIndexOf(name, out _))
                {
                    throw new InvalidDataException($"This is not an ICEWS event file: its header has no '{name}' column (it has: {string.Join(", ", header.ColNames)}).");
                }
            }

            int Optional(string name) => header.TryIndexOf(name, out var i) ? i : -1;
            return new Columns(
                header.IndexOf("Event ID"), header.IndexOf("Event Date"), header.IndexOf("Source Name"), header.IndexOf("Source Sectors"),
                header.IndexOf("Source Country"), header.IndexOf("CAMEO Code"), header.IndexOf("Intensity"), header.IndexOf("Target Name"),
                header.IndexOf("Target Sectors"), header.IndexOf("Target Country"), header.IndexOf("Publisher"),
                Optional("City"), Optional("District"), Optional("Province"), Optional("Country"), Optional("Latitude"), Optional("Longitude"),
                header.ColNames.Count);
        }
    }
}

/// <summary>Turns ICEWS rows into records, interning what repeats.</summary>
internal sealed class IcewsRows
{
    private const string IdPrefix = "icews-";

    private static readonly string[] NoSectors = [];

    private readonly RecordBuilder _builder;
    private readonly IcewsReader.Columns _columns;
    private readonly SpanCache<ActorId?> _actors = new();
    private readonly SpanCache<ActorId> _publishers = new();
    private readonly SpanCache<Place?> _places = new();
    private readonly KeyBuffer _key = new();

    public IcewsRows(ImportOptions? options, IcewsReader.Columns columns, DataRelease? fileRelease = null)
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
        if (IsNull(rawId) || !IsDigits(rawId) || rawId.Length > EventId.MaxLength - IdPrefix.Length)
        {
            return ImportIssues.Reject(line, rawId.ToString(), IsNull(rawId) ? ImportIssueKind.MissingValue : ImportIssueKind.InvalidValue, $"the Event ID '{rawId}' is not a number (of at most {EventId.MaxLength - IdPrefix.Length} digits).");
        }

        if (!RecordBuilder.TryParseIsoDate(row[c.Date].Span, out var date))
        {
            return ImportIssues.Reject(line, rawId.ToString(), ImportIssueKind.InvalidValue, $"the Event Date '{row[c.Date].Span}' is not a date (yyyy-MM-dd).");
        }

        var code = row[c.Code].Span;
        if (IsNull(code))
        {
            return ImportIssues.Reject(line, rawId.ToString(), ImportIssueKind.MissingValue, "the CAMEO Code is missing.");
        }

        if (_builder.Cameo(code) is not { } coding)
        {
            return ImportIssues.Reject(line, rawId.ToString(), ImportIssueKind.UnknownCode, $"the CAMEO code '{code}' is not in the CAMEO codebook.");
        }

        var intensity = row[c.Intensity].Span;
        if (!IsNull(intensity) && RecordBuilder.TryParseNumber(intensity, out var goldstein) && goldstein is >= -10 and <= 10)
        {
            coding = _builder.WithGoldstein(coding, goldstein);
        }

        List<ImportIssue>? warnings = null;
        var source = Actor(row, c.SourceName, c.SourceSectors, c.SourceCountry);
        if (source is null)
        {
            source = _builder.Actors.Add(ActorCatalog.UnidentifiedActor);
            (warnings ??= []).Add(new ImportIssue(line, ImportIssueKind.UnidentifiedSource, $"the Source Name '{row[c.SourceName].Span}' names no actor; the source is 'unidentified-actor'.") { RecordId = rawId.ToString() });
        }

        var target = IsNull(row[c.TargetName].Span) ? null : Actor(row, c.TargetName, c.TargetSectors, c.TargetCountry);
        if (target is null && !IsNull(row[c.TargetName].Span))
        {
            (warnings ??= []).Add(new ImportIssue(line, ImportIssueKind.IgnoredValue, $"the Target Name '{row[c.TargetName].Span}' names no actor; the event has no target.") { RecordId = rawId.ToString() });
        }

        var when = FuzzyDate.FromDate(date);
        var citations = _builder.Cite(Publisher(row[c.Publisher].Span), when);
        var e = _builder.Event(new EventId(string.Concat(IdPrefix, rawId)), when, citations, source.Value, target, coding, Place(row));
        return ImportRecord.ImportedRow(line, e, IdPrefix.Length, _builder.Actors.TakeNew(), warnings);
    }

    private ActorId? Actor(SepReader.Row row, int nameColumn, int sectorsColumn, int countryColumn)
    {
        var name = row[nameColumn].Span;
        if (IsNull(name))
        {
            return null;
        }

        // Names are interned with the first row's sectors and country: a name is one actor throughout a file.
        if (_actors.TryGet(name, out var id))
        {
            return id;
        }

        return _actors.Add(name, Resolve(row, name, sectorsColumn, countryColumn));
    }

    /// <summary>Resolves a name not met before (apart from <see cref="Actor"/>, so that only this path makes the resolver's closure).</summary>
    private ActorId? Resolve(SepReader.Row row, ReadOnlySpan<char> name, int sectorsColumn, int countryColumn)
    {
        var nameText = name.ToString();
        var sectorsText = row[sectorsColumn].Span;
        var sectors = IsNull(sectorsText) ? NoSectors : sectorsText.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var country = row[countryColumn].Span;
        var countryText = IsNull(country) ? null : country.ToString();
        var description = new ActorDescription(EventDataFormat.Icews, nameText, null, countryText, sectors);
        return _builder.Actors.Resolve(description, () => ActorRules.Icews(nameText, countryText, sectors));
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
        if (c.Country < 0)
        {
            return null;
        }

        var key = _key.Clear();
        foreach (var column in (ReadOnlySpan<int>)[c.City, c.District, c.Province, c.Country, c.Latitude, c.Longitude])
        {
            key.Append(column < 0 ? default : row[column].Span);
        }

        if (_places.TryGet(key.Span, out var place))
        {
            return place;
        }

        return _places.Add(key.Span, MakePlace(row));
    }

    private Place? MakePlace(SepReader.Row row)
    {
        var c = _columns;
        var countryName = Text(row, c.Country);
        var name = Text(row, c.City) ?? Text(row, c.District) ?? Text(row, c.Province) ?? countryName;
        if (name is null)
        {
            return null;
        }

        ActorId? country = countryName is not null && ActorRules.Country(countryName) is { } found ? _builder.Actors.AddState(found) : default(ActorId?);
        return new Place(name, country) { Latitude = SepRows.Coordinate(row, c.Latitude, 90), Longitude = SepRows.Coordinate(row, c.Longitude, 180) };
    }

    private static string? Text(SepReader.Row row, int column) => column >= 0 && !IsNull(row[column].Span) ? row[column].Span.ToString() : null;

    private static bool IsNull(ReadOnlySpan<char> value) => value.IsEmpty || value is "NA";

    private static bool IsDigits(ReadOnlySpan<char> value)
    {
        foreach (var ch in value)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
