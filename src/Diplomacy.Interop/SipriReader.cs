using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>
/// Reads the SIPRI Arms Transfers Database trade register as SIPRI exports it to CSV: a few lines describing the
/// query, then a header row (<c>Recipient, Supplier, Year of order, , Number ordered, , Weapon designation, Weapon
/// description, Number delivered, , Year(s) of delivery, status, Comments, SIPRI TIV per unit, SIPRI TIV for total
/// order, SIPRI TIV of delivered weapons</c>) and one row per deal, in Latin-1 unless the file has a byte-order mark.
/// </summary>
/// <remarks>
/// <para><b>Deals.</b> Each row becomes one <see cref="ArmsTransfer"/> from the supplier to the recipient, with the id
/// <c>sipri-</c>, the supplier's and recipient's ids and the year of order (<c>sipri-RUS-IND-2018</c>, then
/// <c>-2</c>, <c>-3</c> for further deals of the same pair and year, in file order). It is dated by its years of
/// delivery (a year, or the range from the first to the last), else, for a deal with nothing delivered yet, by its year
/// of order; a <c>?</c> beside the year of order makes that date uncertain.</para>
/// <para><b>Items.</b> One <see cref="ArmsItem"/>: the category read from the weapon description (<c>SAM system</c> is
/// air defence, <c>FGA aircraft</c> aircraft, <c>APC</c> an armoured vehicle, ...; see <c>docs/interop.md</c>), the
/// number delivered (else the number ordered), and the designation. A <c>?</c> beside the number, or a number in
/// brackets, marks SIPRI's estimate: the item is approximate.</para>
/// <para><b>TIV.</b> SIPRI's trend-indicator value measures the volume of transfers of military capability, not their
/// price: it is not kept as the transfer's <see cref="ArmsTransfer.Value"/> (which is money) but in its
/// <see cref="DiplomaticEvent.Summary"/>, with the year of order, numbers, status and comments as SIPRI gives them.</para>
/// <para><b>Actors and citation.</b> Supplier and recipient names are states through the country catalogue; a name
/// SIPRI marks with <c>*</c> (a non-state actor) or <c>**</c> (an international organisation), or that names no country,
/// is an organisation. Each transfer cites SIPRI (the organisation <c>sipri</c>), published on the date the export was
/// generated (its <c>Information generated</c> line), else at the date given to the reader, else in the year of the
/// latest year the row names.</para>
/// </remarks>
public static class SipriReader
{
    /// <summary>Reads the deals of a SIPRI trade-register CSV export.</summary>
    /// <param name="stream">The export (Latin-1 unless it starts with a byte-order mark); not disposed.</param>
    /// <param name="published">When SIPRI published the data, if the export does not say; null to use the export's own date.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidDataException">No header row with Recipient, Supplier and Year of order is found (the message says so).</exception>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, FuzzyDate? published = null, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAsync(new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: true, leaveOpen: true), published, options, cancellationToken);
    }

    /// <summary>Reads the deals of a SIPRI trade-register CSV export.</summary>
    /// <exception cref="InvalidDataException">No header row with Recipient, Supplier and Year of order is found, or a line is
    /// longer than <see cref="ImportOptions.MaxRecordLength"/> (the message says so).</exception>
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, FuzzyDate? published = null, ImportOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // Every line, the preamble's too, is held whole (ReadLineAsync, then Sep's row): bound it before either reads.
        reader = new LineLengthLimit(reader, (options ?? ImportOptions.Default).SeparatedRowLimit);
        var headerLine = 0;
        FuzzyDate? generated = null;
        string? header = null;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            headerLine++;
            if (line.TrimStart('"').StartsWith("Recipient", StringComparison.OrdinalIgnoreCase))
            {
                header = line;
                break;
            }

            generated ??= SipriRows.GeneratedDate(line);
        }

        if (header is null)
        {
            throw new InvalidDataException("This is not a SIPRI trade-register export: no line starts with the header 'Recipient,Supplier,Year of order,...'.");
        }

        var rows = new SipriRows(options, published ?? generated, headerLine, SipriRows.Columns.From(header));
        using var sep = await Sep.New(',')
            .Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All })
            .FromAsync(reader, cancellationToken)
            .ConfigureAwait(false);
        while (await sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (rows.Read(sep.Current) is { } record)
            {
                yield return record;
            }
        }
    }
}
