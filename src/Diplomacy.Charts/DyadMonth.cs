using NodaTime;

namespace Diplomacy.Charts;

/// <summary>
/// One month of a <see cref="DyadChart"/>: the expected number of the pair's events of each quad class that month,
/// and their mean Goldstein score.
/// </summary>
/// <param name="Month">The calendar month.</param>
/// <param name="VerbalCooperation">Expected events of quad class 1 (see <see cref="DyadChart"/> for how fuzzy dates are counted).</param>
/// <param name="MaterialCooperation">Expected events of quad class 2.</param>
/// <param name="VerbalConflict">Expected events of quad class 3.</param>
/// <param name="MaterialConflict">Expected events of quad class 4.</param>
/// <param name="MeanGoldstein">The mean Goldstein score of the month's events that have one, weighted like the counts; null when none has.</param>
public sealed record DyadMonth(YearMonth Month, double VerbalCooperation, double MaterialCooperation, double VerbalConflict, double MaterialConflict, double? MeanGoldstein)
{
    /// <summary>The expected number of events of every class that month.</summary>
    public double Total => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;
}
