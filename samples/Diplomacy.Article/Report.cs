using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Diplomacy.Article;

/// <summary>One answered question: a table of answers and the events behind them.</summary>
internal sealed record Section(string Question, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<DiplomaticEvent> Evidence)
{
    public string? Note { get; init; }
}

/// <summary>Writes sections as readable tables (each followed by its evidence, with the basis of each event) or as JSON.</summary>
internal static class Report
{
    public static string AsText(Chronicle chronicle, string heading, IEnumerable<Section> sections)
    {
        var text = new StringBuilder();
        text.AppendLine(heading).AppendLine(new string('=', heading.Length)).AppendLine();
        foreach (var section in sections)
        {
            text.AppendLine(section.Question).AppendLine(new string('-', section.Question.Length));
            if (section.Rows.Count == 0)
            {
                text.AppendLine("  (no answer in the record)");
            }
            else
            {
                AppendTable(text, section.Columns, section.Rows);
            }

            if (section.Note is { } note)
            {
                text.AppendLine("  " + note);
            }

            if (section.Evidence.Count > 0)
            {
                text.AppendLine("  Evidence:");
                foreach (var e in section.Evidence)
                {
                    text.AppendLine($"    {e.Id} ({e.When}) [{e.Basis}] — {Sources(chronicle, e)}");
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public static string AsJson(Chronicle chronicle, string heading, IEnumerable<Section> sections)
    {
        var array = new JsonArray();
        foreach (var section in sections)
        {
            var rows = new JsonArray();
            foreach (var row in section.Rows)
            {
                var item = new JsonObject();
                for (var i = 0; i < section.Columns.Count; i++)
                {
                    item[section.Columns[i]] = row[i];
                }

                rows.Add(item);
            }

            var evidence = new JsonArray();
            foreach (var e in section.Evidence)
            {
                var citations = new JsonArray();
                foreach (var c in e.Citations)
                {
                    var citation = new JsonObject { ["source"] = c.Source.Value, ["name"] = NameOf(chronicle, c.Source), ["published"] = c.Published.ToString() };
                    if (c.Basis is { } citationBasis)
                    {
                        citation["basis"] = citationBasis.ToString();
                    }

                    citations.Add(citation);
                }

                evidence.Add(new JsonObject { ["id"] = e.Id.Value, ["kind"] = e.Kind.ToString(), ["when"] = e.When.ToString(), ["basis"] = e.Basis.ToString(), ["citations"] = citations });
            }

            var node = new JsonObject { ["question"] = section.Question, ["answers"] = rows, ["evidence"] = evidence };
            if (section.Note is { } note)
            {
                node["note"] = note;
            }

            array.Add(node);
        }

        var document = new JsonObject { ["report"] = heading, ["sections"] = array };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static string NameOf(Chronicle chronicle, ActorId id) => chronicle.TryGetActor(id, out var actor) ? actor.Name : id.Value;

    private static string Sources(Chronicle chronicle, DiplomaticEvent e) =>
        string.Join("; ", e.Citations.Select(c => $"{NameOf(chronicle, c.Source)}, {c.Published}"));

    private static void AppendTable(StringBuilder text, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = columns.Select((c, i) => Math.Max(c.Length, rows.Max(r => r[i].Length))).ToArray();
        string Line(IReadOnlyList<string> cells) => "  " + string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        text.AppendLine(Line(columns));
        text.AppendLine(Line(widths.Select(w => new string('-', w)).ToArray()));
        foreach (var row in rows)
        {
            text.AppendLine(Line(row));
        }
    }
}
