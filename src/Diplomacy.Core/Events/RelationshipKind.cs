namespace Diplomacy;

/// <summary>The kind of relationship between two actors.</summary>
public enum RelationshipKind
{
    /// <summary>A formal alliance.</summary>
    Alliance,

    /// <summary>A declared strategic partnership.</summary>
    StrategicPartnership,

    /// <summary>A partnership (economic, security, political).</summary>
    Partnership,

    /// <summary>A friendly relationship without formal ties.</summary>
    Friendship,

    /// <summary>A rivalry.</summary>
    Rivalry,

    /// <summary>An open conflict short of war.</summary>
    Conflict,

    /// <summary>A war.</summary>
    War,
}
