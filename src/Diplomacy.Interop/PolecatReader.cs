using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>
/// Reads POLECAT event files (the Harvard Dataverse weekly releases <c>ngecEvents.&lt;timestamp&gt;.Release&lt;N&gt;.DV.txt</c>
/// and the yearly files inside <c>ngecEventsDV-&lt;year&gt;.txt.zip</c>): tab-separated, a header row, <c>None</c> for
/// a missing value, PLOVER coding, and <c>; </c>-separated lists for compound actors and contexts.
/// </summary>
/// <remarks>
/// <para><b>Columns</b> are found by header name, ignoring case, spaces and underscores, with the aliases seen across
/// releases (<c>Intensity</c> or <c>Event Intensity</c>; <c>Wikipedia Actor ID</c> or <c>Actor Wikipedia ID</c>; ...).
/// Only <c>Event ID</c>, <c>Event Date</c>, <c>Event Type</c> and <c>Actor Name</c> are required; any other column
/// may be absent, and columns the reader does not know (<c>Headline</c>, <c>Event Text</c>, <c>Feed</c>,
/// <c>Story ID</c>, ...) are tolerated.</para>
/// <para><b>Events.</b> Each row becomes one event per actor-recipient pair (a compound actor <c>A; B</c> and a
/// recipient <c>C</c> give A→C and B→C), with the id <c>polecat-</c> and the Event ID (followed by <c>:1</c>,
/// <c>:2</c>, ... when there are several): a <see cref="CodedEvent"/> with the row's PLOVER type (the retired names
/// read as <see cref="PloverReader"/> reads them), mode, contexts, its Intensity as the score and the Quad Code, else
/// the quad class the type implies; its place (Placename, else City, District, Province; in Country, an ISO
/// 3166-1 alpha-3 code) with its coordinates; and one citation: the story's outlet (Source, else Feed, else the unknown
/// publisher) on its Publication Date (else the event date), titled by the Headline when there is one.</para>
/// <para><b>Actors.</b> The lists of Name, Country, COW, sectors, Title and Wikipedia id are kept aligned: the
/// <c>i</c>-th name goes with the <c>i</c>-th country. A name that is a country's is its state; a name with no Name but
/// a country is that state (or, with a sector, that sector's agent of the state); a name with a Title or a Wikipedia id
/// that does not read as a body is a <see cref="Person"/> of that country, with its raw name and the alias
/// <c>wikipedia:&lt;id&gt;</c>; any other name is resolved as an ICEWS name is. See <c>docs/interop.md</c>.</para>
/// <para>Rows are read one at a time with Sep; memory does not grow with the file beyond the actors, codings, places
/// and citation lists interned. The reader does not dispose the stream.</para>
/// </remarks>
public static class PolecatReader
{
    /// <summary>Reads the records of a POLECAT file (UTF-8).</summary>
    /// <exception cref="InvalidDataException">The header lacks a column every POLECAT release has or names one twice, or a line is longer than <see cref="ImportOptions.MaxRecordLength"/> (the message says which).</exception>
    /// <remarks>
    /// A seekable stream that holds a zip (a yearly <c>ngecEventsDV-&lt;year&gt;.txt.zip</c>) is read in place, every
    /// <c>.txt</c> entry in name order. When the stream is a file, or an entry, whose name says which release it is,
    /// its citations record that release (see <see cref="ImportOptions.Release"/>).
    /// </remarks>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return PolecatFiles.ReadAsync(stream, options, cancellationToken);
    }

    /// <summary>Reads the records of a POLECAT file.</summary>
    /// <exception cref="InvalidDataException">The header lacks a column every POLECAT release has or names one twice, or a line is longer than <see cref="ImportOptions.MaxRecordLength"/> (the message says which).</exception>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadAsync(reader, options, null, cancellationToken);
    }

    /// <summary>Reads the records of a POLECAT file (UTF-8) whose name says it is <paramref name="fileRelease"/> (null when it says none).</summary>
    internal static IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, ImportOptions? options, DataRelease? fileRelease, CancellationToken cancellationToken) =>
        ReadAsync(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true), options, fileRelease, cancellationToken);

    private static async IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, ImportOptions? options, DataRelease? fileRelease, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var sep = await SepRows.OpenTabSeparatedAsync(reader, options, "a POLECAT event file", cancellationToken).ConfigureAwait(false);
        var rows = new PolecatRows(options, PolecatColumns.From(sep.Header.ColNames), fileRelease);
        while (await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return rows.Read(sep.Current);
        }
    }
}
