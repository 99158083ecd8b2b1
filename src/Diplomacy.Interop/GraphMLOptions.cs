namespace Diplomacy.Interop;

/// <summary>Options for <see cref="GraphMLWriter"/>.</summary>
public sealed record GraphMLOptions
{
    /// <summary>Whether actors that take part in no event (publishers, for one) are written as nodes. False by default.</summary>
    public bool IncludeIsolatedActors { get; init; }
}
