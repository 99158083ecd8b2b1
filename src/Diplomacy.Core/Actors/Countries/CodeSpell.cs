namespace Diplomacy;

/// <summary>
/// A numeric country code of a state-system list (Correlates of War or Gleditsch-Ward) and the years it was valid for
/// one country: from <see cref="FirstYear"/> to <see cref="LastYear"/>, both inclusive; an open spell
/// (<see cref="LastYear"/> null) is valid to this day.
/// </summary>
/// <remarks>
/// <para>Years are whole calendar years, the unit of country-year data. A code that changed hands during a year (345:
/// Yugoslavia until February 2003, then Serbia and Montenegro) appears in both holders' spells for that year; lookups
/// such as <see cref="Countries.ByCow"/> then answer with the holder at the end of that year.</para>
/// <para>Equality is by code and years. <c>default(CodeSpell)</c> is code 0 valid from year 0, and is never in
/// <see cref="Countries.All"/>.</para>
/// </remarks>
/// <param name="Code">The code, e.g. 345.</param>
/// <param name="FirstYear">The first year the code was valid for the country.</param>
/// <param name="LastYear">The last year it was valid, or null when it still is.</param>
public readonly record struct CodeSpell(int Code, int FirstYear, int? LastYear)
{
    /// <summary>The code, e.g. 345.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is negative.</exception>
    public int Code { get; } = Code >= 0 ? Code : throw new ArgumentOutOfRangeException(nameof(Code), Code, "A country code is not negative.");

    /// <summary>The first year the code was valid for the country.</summary>
    public int FirstYear { get; } = FirstYear;

    /// <summary>The last year the code was valid for the country, or null when it still is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The last year is before the first.</exception>
    public int? LastYear { get; } = LastYear is { } last && last < FirstYear
        ? throw new ArgumentOutOfRangeException(nameof(LastYear), LastYear, $"A spell cannot end ({last}) before it begins ({FirstYear}).")
        : LastYear;

    /// <summary>Says whether the code was valid for the country in <paramref name="year"/>.</summary>
    public bool Includes(int year) => year >= FirstYear && (LastYear is not { } last || year <= last);

    /// <summary>The code and years, e.g. <c>345 (1918-2003)</c> or <c>340 (2006-)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Code} ({FirstYear}-{LastYear})");
}
