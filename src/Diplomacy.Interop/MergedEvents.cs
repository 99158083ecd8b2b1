namespace Diplomacy.Interop;

/// <summary>One event that absorbed duplicates: the id kept, the ids folded into it, and the strategy that matched them.</summary>
/// <param name="Kept">The event kept (with every citation of the folded ones).</param>
/// <param name="Folded">The duplicates left out, in timeline order.</param>
/// <param name="Strategy">The strategy's name.</param>
public sealed record MergedEvents(EventId Kept, IReadOnlyList<EventId> Folded, string Strategy)
{
    /// <summary>E.g. <c>gdelt-1 keeps gdelt-2, gdelt-7 (one-a-day)</c>.</summary>
    public override string ToString() => $"{Kept} keeps {string.Join(", ", Folded)} ({Strategy})";
}
