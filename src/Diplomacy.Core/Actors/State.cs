namespace Diplomacy;

/// <summary>A sovereign state (or a state-like entity that data sets treat as one), identified by its ISO 3166-1 alpha-3 code.</summary>
/// <param name="Id">The state's ISO 3166-1 alpha-3 code, e.g. <c>SRB</c>; the chronicle checks that it has that form.</param>
/// <param name="Name">The state's English short name, e.g. <c>Serbia</c>.</param>
public sealed record State(ActorId Id, string Name) : Actor(Id, Name)
{
    /// <summary>The ISO 3166-1 alpha-3 code, which is the state's <see cref="Actor.Id"/>.</summary>
    public string IsoCode => Id.Value;
}
