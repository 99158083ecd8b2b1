namespace Diplomacy;

/// <summary>
/// How sure an answer is, given the precision of the dates it rests on.
/// </summary>
/// <remarks>
/// A change dated entirely on or before the day asked about has certainly taken effect; one whose possible days
/// include that day and later ones (a stance that changed "in 2022", asked about on 1 June 2022) may or may not
/// have. An answer is <see cref="Certain"/> when it is the same either way, and <see cref="Possible"/> otherwise.
/// A view (<see cref="Chronicle.AsOf"/>, <see cref="Chronicle.AsKnownAt(NodaTime.LocalDate)"/>) asked about a day after its cut-off answers
/// at most <see cref="Possible"/>: what happened after the cut-off was not yet known.
/// </remarks>
public enum Certainty
{
    /// <summary>The answer holds whatever the true days of the events behind it.</summary>
    Certain,

    /// <summary>The answer holds for some of the days the events may have happened on, not for all.</summary>
    Possible,
}
