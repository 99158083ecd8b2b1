namespace Diplomacy;

/// <summary>
/// Anything that acts or is acted upon: a <see cref="State"/>, a <see cref="Person"/>, an
/// <see cref="Organization"/> or an <see cref="Alliance"/>.
/// </summary>
/// <remarks>
/// Actors are immutable records with value equality (lists compare by their contents). What an actor
/// <em>was</em> at a date (an office held, a membership) is not stored on it: it is derived from the
/// chronicle's events, so it cannot disagree with the record.
/// </remarks>
public abstract record Actor
{
    private readonly IReadOnlyList<string> _aliases = ValueList<string>.Empty;

    /// <summary>Creates an actor.</summary>
    /// <param name="id">The actor's id.</param>
    /// <param name="name">The name it is best known by, in English (e.g. <c>Aleksandar Vučić</c>).</param>
    protected Actor(ActorId id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The actor's id, unique within a chronicle.</summary>
    public ActorId Id { get; init; }

    /// <summary>The name the actor is best known by.</summary>
    public string Name { get; init; }

    /// <summary>Other names and spellings the actor goes by (e.g. <c>Russian Federation</c>); never null.</summary>
    public IReadOnlyList<string> Aliases
    {
        get => _aliases;
        init => _aliases = ValueList<string>.From(value, nameof(Aliases));
    }

    /// <summary>The id and name, e.g. <c>SRB (Serbia)</c>.</summary>
    public sealed override string ToString() => $"{Id} ({Name})";
}
