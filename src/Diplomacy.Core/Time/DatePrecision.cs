namespace Diplomacy;

/// <summary>
/// How precisely a <see cref="FuzzyDate"/> is known: the unit of time the source actually named.
/// </summary>
/// <remarks>
/// The precision is part of a <see cref="FuzzyDate"/>'s identity: a range that happens to cover
/// exactly April to June 2023 is not equal to the second quarter of 2023, because the sources said
/// different things. Members are declared from the finest unit to the coarsest single unit, followed by
/// <see cref="Range"/>; <see cref="FuzzyDate.CompareTo(FuzzyDate)"/> uses this declaration order as a
/// tie-breaker.
/// </remarks>
public enum DatePrecision
{
    /// <summary>A single calendar day, such as "8 July 2024" (EDTF <c>2024-07-08</c>).</summary>
    Day,

    /// <summary>A calendar month, such as "in April 2023" (EDTF <c>2023-04</c>).</summary>
    Month,

    /// <summary>
    /// A meteorological season of the northern hemisphere, such as "spring 2023" (EDTF <c>2023-21</c>);
    /// see <see cref="Diplomacy.Season"/> for the months each season covers.
    /// </summary>
    Season,

    /// <summary>
    /// A calendar quarter, such as "the second quarter of 2023" (EDTF <c>2023-34</c>):
    /// Q1 is January to March, Q2 April to June, Q3 July to September and Q4 October to December.
    /// </summary>
    Quarter,

    /// <summary>
    /// A half of a calendar year, such as "in the first half of 2023" (EDTF <c>2023-40</c>):
    /// the first half is January to June, the second half July to December.
    /// </summary>
    HalfYear,

    /// <summary>A calendar year, such as "in 2023" (EDTF <c>2023</c>).</summary>
    Year,

    /// <summary>
    /// An interval between two bounds, each known at any of the other precisions or left open,
    /// such as "July 1-2" (EDTF <c>2024-07-01/2024-07-02</c>) or "since the war began"
    /// (EDTF <c>2022-02-24/..</c>).
    /// </summary>
    Range,
}
