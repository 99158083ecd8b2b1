namespace Diplomacy;

/// <summary>
/// The base of every query result: an immutable record whose <see cref="Evidence"/> names the events (and through
/// them the citations) that support it, so that every answer can be asked "says who?".
/// </summary>
/// <remarks>Results compare by value; their lists compare by contents.</remarks>
public abstract record QueryResult
{
    private readonly IReadOnlyList<DiplomaticEvent> _evidence = ValueList<DiplomaticEvent>.Empty;

    /// <summary>The events the answer rests on, in timeline order; never null. Each one belongs to the chronicle queried.</summary>
    public IReadOnlyList<DiplomaticEvent> Evidence
    {
        get => _evidence;
        init => _evidence = ValueList<DiplomaticEvent>.From(value, nameof(Evidence));
    }

    /// <summary>
    /// The weakest <see cref="DiplomaticEvent.Basis"/> among <see cref="Evidence"/> (the basis of one of its events), so
    /// that an answer resting on an inference reads as one; null when there is no evidence. Computed on each call.
    /// </summary>
    public EvidenceBasis? WeakestBasis
    {
        get
        {
            EvidenceBasis? weakest = null;
            foreach (var e in _evidence)
            {
                if (weakest is not { } w || e.Basis < w)
                {
                    weakest = e.Basis;
                }
            }

            return weakest;
        }
    }

    /// <summary>The citations behind <see cref="Evidence"/>, each once, in the order the evidence gives them.</summary>
    public IReadOnlyList<Citation> Citations => ValueList<Citation>.Wrap(_evidence.SelectMany(e => e.Citations).Distinct().ToArray());
}
