using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Diplomacy.TestKit;

namespace Diplomacy.Core.Tests.CodingTests;

/// <summary>
/// Checks the codebook against the field's own files in ../shared/data (skipped where that folder is absent):
/// the CAMEO codebook as tabulated by the icews R package, and the OEDA's CAMEO-to-PLOVER table of 2021.
/// </summary>
public partial class CameoCodebookDataTests
{
    private const string CameoCsv = "cameo/cameo-codes.csv";
    private const string PloverTable = "plover/CAMEO2PLOVER-2021.txt";

    /// <summary>Codes the PLOVER table maps that the CAMEO codebook does not define.</summary>
    private static readonly string[] PloverCodesNotInCameo = ["1214"];

    /// <summary>Codes where PLOVER 2.0 (the 2024 manual) differs from the 2021 table, and the codebook follows 2.0.</summary>
    private static readonly string[] PloverTwoDifferences = ["163"];

    [SharedDataFact(CameoCsv)]
    public void Every_code_in_the_cameo_file_is_in_the_codebook_with_its_name_and_score()
    {
        var problems = new List<string>();
        foreach (var row in ReadCameoCsv())
        {
            if (!CameoCodebook.TryGet(row.Code, out var entry))
            {
                problems.Add($"{row.Code} is missing");
                continue;
            }

            // The file sets root names in capitals, as headings, and has two names in lower case; the codebook
            // keeps the wording with uniform capitalisation.
            if (!string.Equals(entry.Name, row.Name, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{row.Code}: name '{entry.Name}', file '{row.Name}'");
            }

            if (entry.Goldstein != row.Goldstein)
            {
                problems.Add($"{row.Code}: Goldstein {entry.Goldstein}, file {row.Goldstein}");
            }

            if (entry.Code.RootCode.Value != row.RootCode)
            {
                problems.Add($"{row.Code}: root {entry.Code.RootCode}, file {row.RootCode}");
            }
        }

        Assert.Empty(problems);
    }

    [SharedDataFact(CameoCsv)]
    public void Every_code_in_the_codebook_is_in_the_cameo_file()
    {
        var fileCodes = ReadCameoCsv().Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        var extra = CameoCodebook.All.Select(e => e.Code.Value).Where(c => !fileCodes.Contains(c)).ToArray();

        Assert.Empty(extra);
        Assert.Equal(fileCodes.Count, CameoCodebook.All.Count);
    }

    [SharedDataFact(PloverTable)]
    public void Every_code_in_the_plover_table_maps_to_the_same_category_mode_and_context()
    {
        var problems = new List<string>();
        foreach (var line in ReadPloverTable().Where(l => !PloverCodesNotInCameo.Contains(l.Code) && !PloverTwoDifferences.Contains(l.Code)))
        {
            if (!CameoCodebook.TryGet(line.Code, out var entry))
            {
                problems.Add($"{line.Code} (line {line.LineNumber}) is not in the codebook");
                continue;
            }

            if (!Enum.TryParse<PloverCategory>(line.Category, ignoreCase: true, out var category))
            {
                problems.Add($"{line.Code} (line {line.LineNumber}): category '{line.Category}' is not a PloverCategory");
                continue;
            }

            if (entry.PloverCategory != category)
            {
                problems.Add($"{line.Code}: category {entry.PloverCategory}, table {category}");
            }

            if (entry.PloverMode != line.Mode)
            {
                problems.Add($"{line.Code}: mode '{entry.PloverMode}', table '{line.Mode}'");
            }

            if (!entry.PloverContexts.SequenceEqual(line.Contexts))
            {
                problems.Add($"{line.Code}: contexts [{string.Join(", ", entry.PloverContexts)}], table [{string.Join(", ", line.Contexts)}]");
            }

            var coding = Coding.FromCameo(line.Code);
            if (coding.PloverCategory != category || coding.PloverMode != line.Mode || !coding.PloverContexts.SequenceEqual(line.Contexts))
            {
                problems.Add($"{line.Code}: Coding.FromCameo disagrees with the codebook entry");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Sanctions_163_map_to_SANCTION_discontinue_as_PLOVER_2_0_codes_international_sanctions()
    {
        var coding = Coding.FromCameo("163");

        Assert.Equal((PloverCategory.Sanction, "discontinue"), (coding.PloverCategory!.Value, coding.PloverMode));
        Assert.Equal(["diplomatic"], coding.PloverContexts);
    }

    [SharedDataFact(PloverTable)]
    public void Codes_the_plover_table_leaves_out_have_no_plover_category()
    {
        var mapped = ReadPloverTable().Select(l => l.Code).ToHashSet(StringComparer.Ordinal);

        var unmappedWithCategory = CameoCodebook.All
            .Where(e => !mapped.Contains(e.Code.Value) && e.PloverCategory is not null)
            .Select(e => e.Code.Value);

        Assert.Empty(unmappedWithCategory);
    }

    [SharedDataFact(PloverTable)]
    public void The_only_plover_codes_outside_the_codebook_are_the_known_ones()
    {
        var outside = ReadPloverTable().Select(l => l.Code).Where(c => !CameoCodebook.Contains(c)).Distinct();

        Assert.Equal(PloverCodesNotInCameo, outside);
    }

    private sealed record CameoRow(string Code, string Name, double Goldstein, string RootCode);

    private sealed record PloverLine(int LineNumber, string Code, string Category, string? Mode, IReadOnlyList<string> Contexts);

    private static List<CameoRow> ReadCameoCsv()
    {
        var text = File.ReadAllText(SharedData.PathTo(CameoCsv), Encoding.Latin1);
        var records = Csv.Parse(text);
        var header = records[0];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"No column '{name}' in {CameoCsv}.");
        var (code, name, goldstein, root) = (Column("code"), Column("name"), Column("goldstein"), Column("root_code"));

        return records.Skip(1)
            .Where(r => r.Length > 1)
            .Select(r => new CameoRow(r[code], r[name].Trim(), double.Parse(r[goldstein], CultureInfo.InvariantCulture), r[root]))
            .ToList();
    }

    /// <summary>
    /// Lines <c>code: CATEGORY, mode, context # text</c>; section headings (<c>03: AGREE</c>) map the root. Where
    /// a code is listed twice (08 under CONCEDE and RETREAT; 175 twice) the first line counts.
    /// </summary>
    private static List<PloverLine> ReadPloverTable()
    {
        var lines = File.ReadAllLines(SharedData.PathTo(PloverTable), Encoding.UTF8);
        var result = new List<PloverLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = MappingLine().Match(lines[i]);
            if (!match.Success || !seen.Add(match.Groups["code"].Value))
            {
                continue;
            }

            var fields = match.Groups["body"].Value.Split('#')[0].Split(',').Select(f => f.Trim()).ToArray();
            string? Field(int n) => fields.Length > n && fields[n].Length > 0 ? fields[n] : null;
            var contexts = Field(2)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
            result.Add(new PloverLine(i + 1, match.Groups["code"].Value, fields[0], Field(1), contexts));
        }

        return result;
    }

    [GeneratedRegex(@"^(?<code>\d{2,4}):(?<body>.*)$")]
    private static partial Regex MappingLine();
}
