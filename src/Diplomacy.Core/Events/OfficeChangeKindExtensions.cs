namespace Diplomacy;

/// <summary>Extension methods on <see cref="OfficeChangeKind"/>.</summary>
public static class OfficeChangeKindExtensions
{
    /// <summary>True when the change starts a spell in office (appointed, reinstated).</summary>
    public static bool StartsTenure(this OfficeChangeKind change) => change is OfficeChangeKind.Appointed or OfficeChangeKind.Reinstated;
}
