namespace Diplomacy;

/// <summary>A directed pair of actors: <see cref="Source"/> acts toward <see cref="Target"/>.</summary>
/// <param name="Source">Who acts.</param>
/// <param name="Target">Toward whom.</param>
public readonly record struct Dyad(ActorId Source, ActorId Target);
