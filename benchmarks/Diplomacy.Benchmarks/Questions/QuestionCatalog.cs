namespace Diplomacy.Benchmarks.Questions;

/// <summary>
/// Every question, for the quick check.
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
        new SanctionsStance(),
        new TradeOffs(),
        new Contacts(),
    ];
}
