namespace Diplomacy.Interop;

/// <summary>One directed dyad in one year: how its source acted toward its target, and what bound or divided them.</summary>
/// <param name="Source">The acting side (a state's ISO alpha-3 code when rolled up to states).</param>
/// <param name="Target">The side acted upon.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="VerbalCooperation">Events of quad class 1 from source to target in the year.</param>
/// <param name="MaterialCooperation">Events of quad class 2.</param>
/// <param name="VerbalConflict">Events of quad class 3.</param>
/// <param name="MaterialConflict">Events of quad class 4.</param>
/// <param name="MeanGoldstein">The mean Goldstein score of the year's events that have one, or null.</param>
/// <param name="SharedAlliance">Whether both sides were members of one alliance at some time in the year.</param>
/// <param name="SanctionsInForce">Whether the source had sanctions in force against the target at some time in the year.</param>
public sealed record DyadYear(
    ActorId Source,
    ActorId Target,
    int Year,
    int VerbalCooperation,
    int MaterialCooperation,
    int VerbalConflict,
    int MaterialConflict,
    double? MeanGoldstein,
    bool SharedAlliance,
    bool SanctionsInForce)
{
    /// <summary>All events from source to target in the year.</summary>
    public int Events => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;
}
