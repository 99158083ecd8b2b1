using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Diplomacy.Cli;

/// <summary>Prints an <see cref="Answer"/> as readable tables (the answers, then the evidence) or as JSON.</summary>
internal static class AnswerWriter
{
    /// <summary>The answers as a table, then each piece of evidence with its date, how it is known and its sources.</summary>
    public static void WriteTables(CliConsole console, Chronicle chronicle, Answer answer)
    {
        var ansi = console.Tables;
        ansi.Write(new Text(answer.Question, new Style(decoration: Decoration.Bold)));
        ansi.WriteLine();
        if (answer.Rows.Count == 0)
        {
            ansi.WriteLine("(no answer in the record)");
        }
        else
        {
            var table = new Table { Border = TableBorder.Rounded };
            foreach (var column in answer.Columns)
            {
                table.AddColumn(new TableColumn(Markup.Escape(column)));
            }

            foreach (var row in answer.Rows)
            {
                table.AddRow(row.Select((c, i) => (Spectre.Console.Rendering.IRenderable)new Text(Display(c, answer.Quoted.Contains(answer.Columns[i])))).ToArray());
            }

            ansi.Write(table);
        }

        if (answer.Evidence.Count == 0)
        {
            return;
        }

        ansi.WriteLine("Evidence:");
        var evidence = new Table { Border = TableBorder.Minimal };
        evidence.AddColumn("event").AddColumn("date").AddColumn("kind").AddColumn("basis").AddColumn("sources");
        foreach (var e in answer.Evidence)
        {
            evidence.AddRow(new Text(e.Id.Value), new Text(e.When.ToString()), new Text(CliValues.Kebab(e.Kind)), new Text(CliValues.Kebab(e.Basis)), new Text(Sources(chronicle, e)));
        }

        ansi.Write(evidence);
    }

    /// <summary>
    /// The answer as one JSON object: <c>question</c>, <c>answers</c> (one object per row, keyed by column, each value
    /// typed: see <see cref="WriteCell"/>) and <c>evidence</c> (id, kind, date, basis, summary and citations with source,
    /// name, published, title and url), every
    /// field present, null where there is no value.
    /// </summary>
    public static void WriteJson(TextWriter output, Chronicle chronicle, Answer answer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("question", answer.Question);
            json.WriteStartArray("answers");
            foreach (var row in answer.Cells)
            {
                json.WriteStartObject();
                for (var i = 0; i < answer.Columns.Count; i++)
                {
                    json.WritePropertyName(answer.Columns[i]);
                    WriteCell(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("evidence");
            foreach (var e in answer.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id.Value);
                json.WriteString("kind", CliValues.Kebab(e.Kind));
                json.WriteString("when", e.When.ToString());
                json.WriteString("basis", CliValues.Kebab(e.Basis));
                WriteStringOrNull(json, "summary", e.Summary);
                json.WriteStartArray("citations");
                foreach (var c in e.Citations)
                {
                    json.WriteStartObject();
                    json.WriteString("source", c.Source.Value);
                    json.WriteString("name", NameOf(chronicle, c.Source));
                    json.WriteString("published", c.Published.ToString());
                    WriteStringOrNull(json, "title", c.Title);
                    WriteStringOrNull(json, "url", c.Url?.ToString());
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>
    /// A cell as JSON: null, a boolean, a number, an actor as <c>{"id", "name"}</c>, several values as an array, and
    /// anything else (dates, enums, ids, amounts) as the text the tables print.
    /// </summary>
    private static void WriteCell(Utf8JsonWriter json, object? cell)
    {
        switch (cell)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int n:
                json.WriteNumberValue(n);
                break;
            case long n:
                json.WriteNumberValue(n);
                break;
            case double x:
                json.WriteNumberValue(Math.Round(x, 6));
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case ActorCell actor:
                json.WriteStartObject();
                json.WriteString("id", actor.Id.Value);
                json.WriteString("name", actor.Name);
                json.WriteEndObject();
                break;
            case ListCell list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteCell(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(CliValues.Cell(cell));
                break;
        }
    }

    /// <summary>Every field is written, with null where there is no value, so that the field names do not depend on the data.</summary>
    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>An actor's name, or its id when the chronicle does not hold it.</summary>
    public static string NameOf(Chronicle chronicle, ActorId id) => chronicle.TryGetActor(id, out var actor) ? actor.Name : id.Value;

    private static string Display(string? cell, bool quoted) => cell is null ? "—" : quoted ? $"\"{cell}\"" : cell;

    private static string Sources(Chronicle chronicle, DiplomaticEvent e) =>
        string.Join("; ", e.Citations.Select(c => $"{NameOf(chronicle, c.Source)}, {c.Published}"));
}
