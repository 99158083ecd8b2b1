using System.Globalization;
using System.Text;

namespace Diplomacy.Serialization.Documents;

/// <summary>
/// Reports a <see cref="ChronicleValidationException"/> as a <see cref="ChronicleFormatException"/>: each problem
/// located by the JSON path of the actor or event it names (and the field within it), with line and byte.
/// </summary>
internal static class ValidationErrors
{
    private const int ProblemsInMessage = 20;

    public static ChronicleFormatException Locate(ChronicleValidationException exception, in SourceText source, Elements<Actor> actors, Elements<DiplomaticEvent> events)
    {
        var actorIndex = IndexById(actors.Items, a => a.Id.Value);
        var eventIndex = IndexById(events.Items, e => e.Id.Value);
        var duplicatesSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var located = new List<(string Path, long Line, long Position, ChronicleProblem Problem)>();
        foreach (var problem in exception.Problems)
        {
            var (path, offset) = Where(problem, actors, events, actorIndex, eventIndex, duplicatesSeen, source);
            var (line, position) = source.LocationOf(offset);
            located.Add((path, line, position, problem));
        }

        if (located.Count == 0)
        {
            return source.Context.Error(exception.Message, "$", null, null, exception);
        }

        var first = located[0];
        var message = new StringBuilder();
        if (located.Count == 1)
        {
            message.Append(CultureInfo.InvariantCulture, $"The chronicle is not valid: {first.Problem}");
        }
        else
        {
            message.Append(CultureInfo.InvariantCulture, $"The chronicle is not valid: {located.Count} problems.");
            foreach (var (path, line, position, problem) in located.Take(ProblemsInMessage))
            {
                message.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  - At {path}, line {line}, byte {position}: {problem}");
            }

            if (located.Count > ProblemsInMessage)
            {
                message.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  … and {located.Count - ProblemsInMessage} more (see InnerException.Problems).");
            }
        }

        return source.Context.Error(message.ToString(), first.Path, first.Line, first.Position, exception);
    }

    private static Dictionary<string, List<int>> IndexById<T>(List<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (!index.TryGetValue(key, out var positions))
            {
                index[key] = positions = [];
            }

            positions.Add(i);
        }

        return index;
    }

    /// <summary>The JSON path and offset of a problem: the element its subject names, and the field within it.</summary>
    private static (string Path, long Offset) Where(
        ChronicleProblem problem,
        Elements<Actor> actors,
        Elements<DiplomaticEvent> events,
        Dictionary<string, List<int>> actorIndex,
        Dictionary<string, List<int>> eventIndex,
        Dictionary<string, int> duplicatesSeen,
        in SourceText source)
    {
        // Subjects read "event 'id'" or "actor 'id'"; ids cannot contain quotes.
        var subject = problem.Subject;
        var isEvent = subject.StartsWith("event '", StringComparison.Ordinal);
        var isActor = subject.StartsWith("actor '", StringComparison.Ordinal);
        if (!(isEvent || isActor) || !subject.EndsWith('\''))
        {
            return ("$", 0);
        }

        var id = subject[7..^1];
        if (!(isEvent ? eventIndex : actorIndex).TryGetValue(id, out var positions))
        {
            return ("$", 0);
        }

        // A duplicate is reported at each repeat, in input order: the n-th report is the (n+1)-th occurrence.
        var occurrence = 0;
        if (problem.Kind == ChronicleProblemKind.DuplicateId)
        {
            var key = (isEvent ? "e:" : "a:") + id;
            duplicatesSeen[key] = occurrence = duplicatesSeen.GetValueOrDefault(key) + 1;
        }

        var index = positions[Math.Min(occurrence, positions.Count - 1)];
        var elementPath = isEvent ? events.PathOf(index) : actors.PathOf(index);
        var start = isEvent ? events.Starts[index] : actors.Starts[index];
        if (problem.Field is not { Length: > 0 } field)
        {
            return (elementPath, start);
        }

        var relative = JsonField(field);
        return (elementPath + "." + relative, source.Locate(start, relative));
    }

    /// <summary>The model's field name as the format spells it: <c>Citations[0].Source</c> is <c>citations[0].source</c>.</summary>
    private static string JsonField(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
