using System.Collections;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace Diplomacy.Charts;

/// <summary>
/// Writes a chronicle as the compact JSON an explorer page embeds: actors, citations and events as arrays that refer
/// to each other by position, and the main job's answers as known at each publication day that changes them.
/// </summary>
/// <remarks>
/// The encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and control characters, so nothing from the data
/// can end the script element it sits in; the page only ever puts data into the document as text.
/// </remarks>
internal static class ReportData
{
    /// <summary>At most this many "as known at" snapshots of the answers; more publication days are sampled evenly.</summary>
    public const int MaxSnapshots = 40;

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private static readonly HashSet<string> CommonProperties =
        ["Id", "When", "Citations", "Summary", "Coding", "HasDefaultCoding", "Kind", "Actors", "FirstKnown", "EqualityContract"];

    public static void Write(Stream stream, Chronicle chronicle, ReportFocus focus, ReportOptions options)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
        var actorIndex = new Dictionary<ActorId, int>();
        var citationIndex = new Dictionary<Citation, int>();
        var events = chronicle.Events;

        json.WriteStartObject();
        json.WriteString("title", options.Title ?? "Chronicle explorer");
        json.WriteNumber("pageSize", options.PageSize);
        json.WriteStartArray("kinds");
        foreach (var kind in Enum.GetValues<EventKind>())
        {
            json.WriteStringValue(ChartText.Words(kind));
        }

        json.WriteEndArray();
        json.WriteStartArray("actors");
        foreach (var actor in chronicle.Actors)
        {
            actorIndex[actor.Id] = actorIndex.Count;
            json.WriteStartArray();
            json.WriteStringValue(actor.Id.Value);
            json.WriteStringValue(actor.Name);
            json.WriteStringValue(actor.GetType().Name);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        WriteFocus(json, focus, actorIndex);

        // Events: [id, kind, when, earliest day, latest day, first known day, [actors], quad, goldstein, summary, [citations], [[field, value]...]]
        json.WriteStartArray("events");
        var citations = new List<Citation>();
        foreach (var e in events)
        {
            json.WriteStartArray();
            json.WriteStringValue(e.Id.Value);
            json.WriteNumberValue((int)e.Kind);
            json.WriteStringValue(e.When.ToString());
            json.WriteNumberValue(DayNumber(e.When.Earliest));
            json.WriteNumberValue(DayNumber(e.When.Latest));
            json.WriteNumberValue(DayNumber(e.FirstKnown));
            json.WriteStartArray();
            foreach (var a in e.Actors)
            {
                if (actorIndex.TryGetValue(a, out var i))
                {
                    json.WriteNumberValue(i);
                }
            }

            json.WriteEndArray();
            json.WriteNumberValue((int)e.Coding.QuadClass);
            if (e.Coding.Goldstein is { } g)
            {
                json.WriteNumberValue(Math.Round(g, 2));
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStringValue(e.Summary);
            json.WriteStartArray();
            foreach (var c in e.Citations)
            {
                if (!citationIndex.TryGetValue(c, out var i))
                {
                    citationIndex.Add(c, i = citations.Count);
                    citations.Add(c);
                }

                json.WriteNumberValue(i);
            }

            json.WriteEndArray();
            WriteDetails(json, e);
            json.WriteEndArray();
        }

        json.WriteEndArray();

        // Citations: [source actor, published, title, url, quote]
        json.WriteStartArray("citations");
        foreach (var c in citations)
        {
            json.WriteStartArray();
            json.WriteNumberValue(actorIndex.TryGetValue(c.Source, out var i) ? i : -1);
            json.WriteStringValue(c.Published.ToString());
            json.WriteStringValue(c.Title);
            json.WriteStringValue(c.Url is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null);
            json.WriteStringValue(c.Quote);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        WriteSnapshots(json, chronicle, focus, events);
        json.WriteEndObject();
    }

    private static void WriteFocus(Utf8JsonWriter json, ReportFocus focus, Dictionary<ActorId, int> actorIndex)
    {
        json.WriteStartObject("focus");
        foreach (var (name, id) in new[] { ("actor", focus.Actor), ("counterpart", focus.Counterpart), ("armsOrigin", focus.ArmsOrigin), ("armsEndUser", focus.ArmsEndUser) })
        {
            if (id is { } a && actorIndex.TryGetValue(a, out var i))
            {
                json.WriteNumber(name, i);
            }
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The answers as known at each day on which a report about their evidence appeared (the answers cannot change in
    /// between for lack of anything new), and as of the whole record; the page shows the latest one not after its
    /// "known at" day.
    /// </summary>
    private static void WriteSnapshots(Utf8JsonWriter json, Chronicle chronicle, ReportFocus focus, IReadOnlyList<DiplomaticEvent> events)
    {
        var end = ChartStyle.RecordEnd(chronicle);
        var pairs = ReportSections.StancePairs(chronicle, focus);
        var full = ReportSections.All(chronicle, focus, pairs, end);
        var days = full.SelectMany(s => s.Rows).SelectMany(r => r.Evidence).Select(e => e.FirstKnown).Where(d => d < LocalDate.MaxIsoValue).Distinct().Order().ToArray();
        if (days.Length > MaxSnapshots)
        {
            days = [.. Enumerable.Range(0, MaxSnapshots).Select(i => days[(int)((long)i * (days.Length - 1) / (MaxSnapshots - 1))]).Distinct()];
        }

        var positions = new Dictionary<EventId, int>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            positions[events[i].Id] = i;
        }

        json.WriteStartArray("snapshots");
        foreach (var day in days)
        {
            WriteSnapshot(json, DayNumber(day), ReportSections.All(chronicle.AsKnownAt(day), focus, pairs, day < end ? day : end), positions);
        }

        WriteSnapshot(json, null, full, positions);
        json.WriteEndArray();
    }

    private static void WriteSnapshot(Utf8JsonWriter json, int? day, IReadOnlyList<ReportSection> sections, Dictionary<EventId, int> positions)
    {
        json.WriteStartObject();
        if (day is { } d)
        {
            json.WriteNumber("day", d);
        }
        else
        {
            json.WriteNull("day");
        }

        json.WriteStartArray("sections");
        foreach (var section in sections)
        {
            json.WriteStartObject();
            json.WriteString("title", section.Title);
            json.WriteStartArray("columns");
            foreach (var c in section.Columns)
            {
                json.WriteStringValue(c);
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in section.Rows)
            {
                json.WriteStartArray();
                json.WriteStartArray();
                foreach (var cell in row.Cells)
                {
                    json.WriteStringValue(cell);
                }

                json.WriteEndArray();
                json.WriteStartArray();
                foreach (var e in row.Evidence.Distinct())
                {
                    if (positions.TryGetValue(e.Id, out var p))
                    {
                        json.WriteNumberValue(p);
                    }
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The kind's own fields (supplier, items, tone, quote, ...) as [name, text] pairs; empty values left out.</summary>
    private static void WriteDetails(Utf8JsonWriter json, DiplomaticEvent e)
    {
        json.WriteStartArray();
        foreach (var property in DetailProperties(e.GetType()))
        {
            var text = Text(property.GetValue(e));
            if (!string.IsNullOrEmpty(text))
            {
                json.WriteStartArray();
                json.WriteStringValue(property.Name);
                json.WriteStringValue(text);
                json.WriteEndArray();
            }
        }

        json.WriteStartArray();
        json.WriteStringValue("Coding");
        json.WriteStringValue(e.Coding.ToString());
        json.WriteEndArray();
        json.WriteEndArray();
    }

    private static readonly Dictionary<Type, PropertyInfo[]> PropertiesByType = [];

    private static PropertyInfo[] DetailProperties(Type type)
    {
        lock (PropertiesByType)
        {
            if (!PropertiesByType.TryGetValue(type, out var properties))
            {
                properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0 && !CommonProperties.Contains(p.Name))
                    .OrderBy(p => p.MetadataToken)
                    .ToArray();
                PropertiesByType[type] = properties;
            }

            return properties;
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Text)),
        _ => value.ToString(),
    };

    /// <summary>Days since 1970-01-01, what the page compares dates by.</summary>
    public static int DayNumber(LocalDate day) => Period.DaysBetween(Epoch, day);
}
