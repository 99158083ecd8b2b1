using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// The chronicle's actors ordered by id, and each actor's index in that order (a hash lookup): the index is the key
/// under which the actor and pair indexes file events.
/// </summary>
internal sealed class ActorTable
{
    private readonly Actor[] _actors;
    /// <summary>By id text: string keys get the runtime's fast hashing (randomised only if keys collide).</summary>
    private readonly Dictionary<string, int> _indexes;

    /// <summary>Takes the validated actors (distinct ids) and sorts them by id, in place.</summary>
    public ActorTable(Actor[] actors)
    {
        Array.Sort(actors, static (a, b) => a.Id.CompareTo(b.Id));
        _actors = actors;
        All = Array.AsReadOnly(actors);
        _indexes = new Dictionary<string, int>(actors.Length);
        for (var i = 0; i < actors.Length; i++)
        {
            _indexes.Add(actors[i].Id.Value, i);
        }
    }

    /// <summary>Every actor, ordered by id.</summary>
    public IReadOnlyList<Actor> All { get; }

    /// <summary>How many actors there are.</summary>
    public int Count => _actors.Length;

    /// <summary>The actor's index, or false when the table does not hold it.</summary>
    public bool TryGetIndex(ActorId id, out int index) => _indexes.TryGetValue(id.Value, out index);

    /// <summary>Looks up an actor.</summary>
    public bool TryGet(ActorId id, [NotNullWhen(true)] out Actor? actor)
    {
        actor = _indexes.TryGetValue(id.Value, out var index) ? _actors[index] : null;
        return actor is not null;
    }
}
