namespace Diplomacy.Benchmarks.Questions;

/// <summary>
/// Every question, for the quick check. Next: TradeOffs, SanctionsStance and Contacts (when the queries land) and
/// loading JSON / JSON Lines next to plain System.Text.Json (when serialization lands), each as one more class.
/// </summary>
public static class QuestionCatalog
{
    /// <summary>A fresh instance of each question.</summary>
    public static IReadOnlyList<IQuestion> All() =>
    [
        new PairInWindow(),
        new ActorInWindow(),
        new KnownAtThenPair(),
        new QuadClassPerYear(),
    ];
}
