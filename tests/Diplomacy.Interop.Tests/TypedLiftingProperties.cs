using System.Text;
using System.Text.Json;
using Diplomacy.Interop;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Diplomacy.Interop.Tests;

/// <summary>Typed lifting changes an event's kind, never its codes: exported to PLOVER, lifted and coded imports agree.</summary>
public class TypedLiftingProperties
{
    /// <summary>One synthetic record: its code (CAMEO, or PLOVER type and mode) and its actor and recipient.</summary>
    public sealed record Row(string Code, (string Name, string Country) Actor, (string Name, string Country) Recipient);

    /// <summary>Generated files of up to 30 records, mixing codes the table lifts with codes that say less.</summary>
    public static class Files
    {
        private static readonly (string, string)[] Actors =
        [
            ("Aleksandar Vucic", "SRB"), ("Vladimir Putin", "RUS"), ("United States", "USA"), ("Russia", "RUS"), ("Serbia", "SRB"),
        ];

        private static readonly string[] CameoCodes = ["040", "041", "042", "043", "044", "045", "046", "051", "163", "1621", "190"];

        private static readonly string[] PloverCodes =
        [
            "CONSULT visit", "CONSULT third-party", "CONSULT multilateral", "CONSULT phone", "CONSULT None",
            "SANCTION discontinue", "SANCTION expel", "SANCTION withdraw", "AGREE None", "ASSAULT None",
        ];

        private static Gen<Row[]> RowsOf(string[] codes) =>
            (from code in Gen.Elements(codes)
             from actor in Gen.Elements(Actors)
             from recipient in Gen.Elements(Actors)
             select new Row(code, actor, recipient)).ArrayOf().Select(rows => rows.Take(30).ToArray());

        public static Arbitrary<Row[]> Rows() => Gen.OneOf(RowsOf(CameoCodes), RowsOf(PloverCodes)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Files)], MaxTest = 60)]
    public bool Lifting_then_exporting_to_PLOVER_gives_back_the_same_codes(Row[] rows)
    {
        var cameo = rows.Length > 0 && char.IsAsciiDigit(rows[0].Code[0]);
        var lifted = CodesAsync(rows, cameo, new ImportOptions()).GetAwaiter().GetResult();
        var coded = CodesAsync(rows, cameo, new ImportOptions { LiftTypedEvents = false }).GetAwaiter().GetResult();
        return lifted.SequenceEqual(coded);
    }

    /// <summary>Each exported record's id and codes (category, mode, contexts, CAMEO code, quad class, score).</summary>
    private static async Task<List<string>> CodesAsync(Row[] rows, bool cameo, ImportOptions options)
    {
        var text = new StringBuilder(cameo ? TypedLiftingTests.IcewsHeader : TypedLiftingTests.PolecatHeader);
        for (var i = 0; i < rows.Length; i++)
        {
            var (code, (actor, actorCountry), (recipient, recipientCountry)) = (rows[i].Code, rows[i].Actor, rows[i].Recipient);
            if (cameo)
            {
                text.Append($"{8000 + i}\t2024-07-01\t{actor}\t\t{Countries.Resolve(actorCountry).Name}\tEvent\t{code}\t1\t{recipient}\t\t{Countries.Resolve(recipientCountry).Name}\t9\t1\tTanjug\tMoscow\tNA\tMoskva\tRussian Federation\t55.75\t37.62\n");
            }
            else
            {
                var parts = code.Split(' ');
                text.Append($"{8000 + i}\t2024-07-01\t{parts[0]}\t{parts[1]}\t{actor}\t{actorCountry}\t{Title(actor)}\t{recipient}\t{recipientCountry}\t{Title(recipient)}\tMoscow\tRUS\t55.75\t37.62\t524901\tTanjug\t2024-07-01\n");
            }
        }

        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        var (chronicle, _) = cameo ? await ChronicleImporter.ImportIcewsAsync(input, options) : await ChronicleImporter.ImportPolecatAsync(input, options);
        using var output = new MemoryStream();
        await PloverWriter.WriteAsync(chronicle, output);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                var root = JsonDocument.Parse(line).RootElement;
                string Field(string name) => root.TryGetProperty(name, out var value) ? value.GetRawText() : "-";
                return string.Join('|', Field("id"), Field("event"), Field("mode"), Field("context"), Field("cameo"), Field("quad_code"), Field("event_scale"));
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Title(string name) => Countries.TryResolve(name, out _) || name == "United States" ? "None" : "President";
}
