namespace Diplomacy;

/// <summary>Where one index key's positions sit in a shared buffer, and the longest short span among them.</summary>
/// <param name="Start">Index of the key's first position in the buffer.</param>
/// <param name="ShortCount">How many short-span positions follow <paramref name="Start"/>, ascending.</param>
/// <param name="LongCount">How many long-span positions follow those, ascending.</param>
/// <param name="MaxShortSpan">The most days between earliest and latest day of any of the short-span events.</param>
internal readonly record struct PostingRange(int Start, int ShortCount, int LongCount, int MaxShortSpan);
