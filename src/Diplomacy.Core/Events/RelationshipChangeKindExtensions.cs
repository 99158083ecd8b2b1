namespace Diplomacy;

/// <summary>Extension methods on <see cref="RelationshipChangeKind"/>.</summary>
public static class RelationshipChangeKindExtensions
{
    /// <summary>True for the changes by which an actor gives a relationship up: weakened, abandoned, ended, sacrificed.</summary>
    public static bool IsGivingUp(this RelationshipChangeKind change) =>
        change is RelationshipChangeKind.Weakened or RelationshipChangeKind.Abandoned or RelationshipChangeKind.Ended or RelationshipChangeKind.Sacrificed;
}
