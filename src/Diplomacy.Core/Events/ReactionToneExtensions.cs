namespace Diplomacy;

/// <summary>Extension methods on <see cref="ReactionTone"/>.</summary>
public static class ReactionToneExtensions
{
    /// <summary>True for criticism, condemnation and threats.</summary>
    public static bool IsHostile(this ReactionTone tone) => tone >= ReactionTone.Criticism;
}
