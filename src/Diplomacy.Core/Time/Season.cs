namespace Diplomacy;

/// <summary>
/// A season of the year, as used by <see cref="FuzzyDate.FromSeason(int, Season)"/>.
/// </summary>
/// <remarks>
/// Seasons are meteorological seasons of the northern hemisphere: each covers three whole calendar
/// months. The winter of a year starts on 1 December of that year and ends on the last day of February
/// of the following year, so "winter 2023" runs from 2023-12-01 to 2024-02-29.
/// </remarks>
public enum Season
{
    /// <summary>1 March to 31 May (EDTF season code 21).</summary>
    Spring,

    /// <summary>1 June to 31 August (EDTF season code 22).</summary>
    Summer,

    /// <summary>1 September to 30 November (EDTF season code 23).</summary>
    Autumn,

    /// <summary>1 December to the end of February of the following year (EDTF season code 24).</summary>
    Winter,
}
