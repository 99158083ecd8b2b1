namespace Diplomacy;

/// <summary>
/// Which question <see cref="Chronicle.AsKnownAt(NodaTime.LocalDate, KnownBy)"/> answers about a day D.
/// </summary>
public enum KnownBy
{
    /// <summary>
    /// What had been published by D: the events some citation had certainly published by then
    /// (<see cref="DiplomaticEvent.FirstKnown"/> on or before D). What <see cref="Chronicle.AsKnownAt(NodaTime.LocalDate)"/> answers.
    /// </summary>
    Publication,

    /// <summary>
    /// What the data sets contained on D: the events whose first release (<see cref="DiplomaticEvent.FirstReleased"/>)
    /// is on or before D; an event none of whose citations names a release counts by its publication, as for
    /// <see cref="Publication"/>. A report published on Monday and first carried by Friday's release is in the
    /// data set from Friday.
    /// </summary>
    Release,
}
