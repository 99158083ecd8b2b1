using Diplomacy.Interop;

namespace Diplomacy.Cli;

/// <summary>
/// An event data format <c>diplomacy import</c> reads: its name on the command line and how one of its files becomes
/// import records. A new format is one entry in <see cref="All"/>.
/// </summary>
/// <param name="Name">The name on the command line (<c>icews</c>).</param>
/// <param name="Description">What files it reads, for the help text.</param>
/// <param name="Read">Reads one file's records from its stream (the file's path tells kinds of file apart).</param>
internal sealed record ImportFormat(string Name, string Description, Func<Stream, string, ImportOptions, CancellationToken, IAsyncEnumerable<ImportRecord>> Read)
{
    /// <summary>
    /// The order in which a file is read among those given (lower first): files that add to events already read
    /// (GDELT mentions) go after those that hold the events.
    /// </summary>
    public Func<string, int> Pass { get; init; } = _ => 0;

    /// <summary>Every format, by name.</summary>
    public static IReadOnlyList<ImportFormat> All { get; } =
    [
        new("icews", "ICEWS event files (events.YYYY.*.tab, tab-separated with a header)", (stream, path, options, token) => IcewsReader.ReadAsync(stream, options, ReleaseNames.OfIcews(path), token)),
        new("gdelt", "GDELT event files (2.0 exports *.export.CSV, and 1.0 daily files of 57 or 58 columns), and 2.0's mentions tables (*.mentions.CSV, or any file whose name says mentions or whose rows have 16 columns; read after the events)", (stream, path, options, token) =>
            IsGdeltMentions(path) ? GdeltReader.ReadMentionsAsync(stream, token) : GdeltReader.ReadEventsAsync(stream, options, token))
        {
            Pass = path => IsGdeltMentions(path) ? 1 : 0,
        },
        new("polecat", "POLECAT event files (a weekly ngecEvents.*.txt, or a yearly .zip whose text entries are read in place)", (stream, path, options, token) => PolecatFiles.ReadAsync(stream, options, path, token)),
        new("plover", "PLOVER records (JSON Lines, or a JSON array)", (stream, _, options, token) => PloverReader.ReadAsync(stream, options, token)),
        new("sipri", "SIPRI trade-register CSV exports (arms transfers, cited to SIPRI on the export's date)", (stream, _, options, token) => SipriReader.ReadAsync(stream, null, options, token)),
    ];

    /// <summary>The format of a name, case-insensitively.</summary>
    public static ImportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a GDELT file is a mentions table: its name says so (<c>*.mentions.CSV</c>, <c>gdelt-mentions.csv</c>), or
    /// its first row has the mentions table's 16 tab-separated columns (an event row has 57, 58 or 61).
    /// </summary>
    private static bool IsGdeltMentions(string path)
    {
        if (Path.GetFileName(path).Contains("mentions", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var reader = new StreamReader(path);
            Span<char> start = stackalloc char[4096];
            var read = reader.Read(start);
            var line = start[..read];
            var end = line.IndexOfAny('\r', '\n');
            return line[..(end < 0 ? read : end)].Count('\t') == MentionColumns - 1;
        }
        catch (IOException)
        {
            return false; // the import reports the file itself
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The columns of a GDELT 2.0 mentions row.</summary>
    private const int MentionColumns = 16;
}
