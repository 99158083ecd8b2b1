namespace Diplomacy;

/// <summary>Extension methods on <see cref="RelationshipKind"/>.</summary>
public static class RelationshipKindExtensions
{
    /// <summary>True for rivalry, conflict and war.</summary>
    public static bool IsHostile(this RelationshipKind kind) => kind >= RelationshipKind.Rivalry;
}
