using System.Globalization;
using Diplomacy.Benchmarks.Data;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>Two persons, one of each side, and how many meetings they both took part in.</summary>
/// <param name="Person">The national of the first side.</param>
/// <param name="Counterpart">The national of the other side.</param>
/// <param name="Count">How many meetings.</param>
public readonly record struct Channel(ActorId Person, ActorId Counterpart, int Count);

/// <summary>
/// The personal channels between two states' people over all time: every pair of persons, one a national of each
/// state, who took part in the same <see cref="Meeting"/>, with how often. Compared on the pairs and their counts
/// only: <see cref="ChronicleQueries.Contacts"/> also flags meetings held while either side held no office, which
/// neither LINQ nor the SQL here reproduces (it needs each person's office spells; see docs/benchmarks.md).
/// </summary>
public class Contacts : Question<IReadOnlyList<Channel>>
{
    private DuckDBCommand? _sql;
    private Dictionary<ActorId, ActorId>? _nationalities;

    /// <inheritdoc/>
    protected override IReadOnlyList<Channel> AskDiplomacy(Chronicle chronicle) =>
        [.. chronicle.Contacts(Scenario.ContactSide, Scenario.ContactOtherSide).Select(c => new Channel(c.Person, c.Counterpart, c.Count))];

    /// <inheritdoc/>
    protected override IReadOnlyList<Channel> AskLinq(List<DiplomaticEvent> timeline)
    {
        // The user's own lookup of persons' nationalities, made once from the actor list (not timed after the first call).
        var nationalities = _nationalities ??= Bench.Chronicle.Actors
            .OfType<Person>()
            .Where(p => p.Nationality is not null)
            .ToDictionary(p => p.Id, p => p.Nationality!.Value);
        var (side, otherSide) = (Scenario.ContactSide, Scenario.ContactOtherSide);
        bool Of(ActorId participant, ActorId state) => nationalities.TryGetValue(participant, out var n) && n == state;
        return timeline
            .OfType<Meeting>()
            .SelectMany(m => m.Participants.Where(p => Of(p, side))
                .SelectMany(p => m.Participants.Where(q => q != p && Of(q, otherSide)).Select(q => (Person: p, Counterpart: q))))
            .GroupBy(pair => pair)
            .Select(g => new Channel(g.Key.Person, g.Key.Counterpart, g.Count()))
            .ToList();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<Channel> AskDuckDb(DuckDbEvents duckDb)
    {
        var result = new List<Channel>();
        using var reader = _sql!.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new Channel(ActorId.Parse(reader.GetString(0), CultureInfo.InvariantCulture), ActorId.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetInt32(2)));
        }

        return result;
    }

    /// <inheritdoc/>
    protected override void PrepareDuckDb(DuckDbEvents duckDb) =>
        _sql = duckDb.Prepare(
            """
            SELECT a.actor, b.actor, CAST(count(DISTINCT a.pos) AS INTEGER)
            FROM participants a
            JOIN participants b ON b.pos = a.pos AND b.actor <> a.actor
            JOIN persons pa ON pa.id = a.actor
            JOIN persons pb ON pb.id = b.actor
            WHERE pa.nationality = $side AND pb.nationality = $other
            GROUP BY a.actor, b.actor
            """,
            ("side", Scenario.ContactSide.Value),
            ("other", Scenario.ContactOtherSide.Value));

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Canonical(IReadOnlyList<Channel> answer) =>
        [.. answer.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Person} {c.Counterpart} {c.Count}")).Order(StringComparer.Ordinal)];
}
