using System.Globalization;
using Diplomacy.Benchmarks.Data;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>The parts of a sanctions stance the approaches are compared on.</summary>
/// <param name="Posture">The posture on the day.</param>
/// <param name="Measures">The measures in force.</param>
/// <param name="Steps">How many steps were (possibly) taken by the day.</param>
public sealed record Stance(SanctionsPosture Posture, IReadOnlyList<string> Measures, int Steps);

/// <summary>
/// One imposer's sanctions stance toward one target on the "known at" day: the posture, the measures in force and how
/// many steps led there. LINQ replays the pair's steps as <see cref="ChronicleQueries.SanctionsStance"/> does; DuckDB
/// takes the posture from the last step (<c>ORDER BY pos DESC LIMIT 1</c>) and the measures from the imposing steps
/// that no later lift undid (<c>NOT EXISTS</c>). In SQL the action kinds are their numbers: impose 0, extend 1, lift 2, join 5.
/// </summary>
public class SanctionsStance : Question<Stance>
{
    private DuckDBCommand? _sql;

    /// <inheritdoc/>
    protected override Stance AskDiplomacy(Chronicle chronicle)
    {
        var stance = chronicle.SanctionsStance(Scenario.SanctionsImposer, Scenario.SanctionsTarget, Scenario.KnownAt);
        return new Stance(stance.Posture, stance.Measures, stance.Actions.Count);
    }

    /// <inheritdoc/>
    protected override Stance AskLinq(List<DiplomaticEvent> timeline)
    {
        var (imposer, target, at) = (Scenario.SanctionsImposer, Scenario.SanctionsTarget, Scenario.KnownAt);
        var steps = timeline
            .OfType<SanctionsAction>()
            .Where(s => s.Imposer == imposer && s.Target == target && s.When.Earliest <= at)
            .ToList();
        var posture = SanctionsPosture.None;
        var measures = new List<string>();
        foreach (var step in steps)
        {
            switch (step.Action)
            {
                case SanctionsActionKind.Impose or SanctionsActionKind.Extend or SanctionsActionKind.Join:
                    measures.AddRange(step.Measures.Where(m => !measures.Contains(m)));
                    posture = SanctionsPosture.Imposing;
                    break;
                case SanctionsActionKind.Lift:
                    measures.RemoveAll(m => step.Measures.Count == 0 || step.Measures.Contains(m));
                    posture = measures.Count > 0 ? SanctionsPosture.Imposing : SanctionsPosture.Lifted;
                    break;
                case SanctionsActionKind.Refuse:
                    posture = SanctionsPosture.Refusing;
                    break;
                case SanctionsActionKind.Delay:
                    posture = SanctionsPosture.Delaying;
                    break;
            }
        }

        return new Stance(posture, measures, steps.Count);
    }

    /// <inheritdoc/>
    protected override Stance AskDuckDb(DuckDbEvents duckDb)
    {
        using var reader = _sql!.ExecuteReader();
        reader.Read();
        var steps = reader.GetInt32(0);
        var action = reader.IsDBNull(1) ? default(SanctionsActionKind?) : (SanctionsActionKind)reader.GetInt32(1);
        var measures = reader.IsDBNull(2) ? [] : reader.GetFieldValue<List<string>>(2);
        var posture = action switch
        {
            null => SanctionsPosture.None,
            SanctionsActionKind.Refuse => SanctionsPosture.Refusing,
            SanctionsActionKind.Delay => SanctionsPosture.Delaying,
            SanctionsActionKind.Lift when measures.Count == 0 => SanctionsPosture.Lifted,
            _ => SanctionsPosture.Imposing,
        };
        return new Stance(posture, measures, steps);
    }

    /// <inheritdoc/>
    protected override void PrepareDuckDb(DuckDbEvents duckDb) =>
        _sql = duckDb.Prepare(
            """
            WITH steps AS (
                SELECT pos, action, measures FROM sanctions
                WHERE imposer = $imposer AND target = $target AND earliest <= $at
            ),
            imposed AS (
                SELECT s.pos, unnest(s.measures) AS measure FROM steps s WHERE s.action IN (0, 1, 5)
            )
            SELECT
                (SELECT CAST(count(*) AS INTEGER) FROM steps),
                (SELECT CAST(action AS INTEGER) FROM steps ORDER BY pos DESC LIMIT 1),
                (SELECT list(DISTINCT i.measure) FROM imposed i
                 WHERE NOT EXISTS (
                     SELECT 1 FROM steps l
                     WHERE l.action = 2 AND l.pos > i.pos AND (len(l.measures) = 0 OR list_contains(l.measures, i.measure))))
            """,
            ("imposer", Scenario.SanctionsImposer.Value),
            ("target", Scenario.SanctionsTarget.Value),
            ("at", Scenario.KnownAt.ToDateOnly()));

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Canonical(Stance answer) =>
        [
            $"posture {answer.Posture}",
            string.Create(CultureInfo.InvariantCulture, $"steps {answer.Steps}"),
            .. answer.Measures.Select(m => $"measure {m}").Order(StringComparer.Ordinal),
        ];
}
