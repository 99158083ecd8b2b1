namespace Diplomacy;

/// <summary>
/// How sure an answer is, given the precision of the dates it rests on.
/// </summary>
/// <remarks>
/// A change dated entirely on or before the day asked about has certainly taken effect; one whose possible days
/// include that day and later ones (a stance that changed "in 2022", asked about on 1 June 2022) may or may not
/// have. An answer is <see cref="Certain"/> when it is the same either way, and <see cref="Possible"/> otherwise.
/// </remarks>
public enum Certainty
{
    /// <summary>The answer holds whatever the true days of the events behind it.</summary>
    Certain,

    /// <summary>The answer holds for some of the days the events may have happened on, not for all.</summary>
    Possible,
}

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
