namespace Diplomacy;

/// <summary>A person: an official, a journalist, a researcher.</summary>
/// <param name="Id">A slug id, e.g. <c>aleksandar-vulin</c>.</param>
/// <param name="Name">The person's name, e.g. <c>Aleksandar Vulin</c>.</param>
/// <param name="Nationality">The state the person is a national of, if known; offices held are events (see <see cref="OfficeChange"/>).</param>
public sealed record Person(ActorId Id, string Name, ActorId? Nationality = null) : Actor(Id, Name)
{
    /// <summary>
    /// True for a private person (an activist, a suspect, a journalist, a dissident) whose words and acts are their own:
    /// the queries that ask what a state said or did (reactions, divergence, toleration, a timeline with affiliated
    /// actors) count them for their state only while they hold one of its offices, not by nationality. False (the
    /// default) for a person who counts for the state of their nationality throughout, as event data reads named
    /// persons. Their nationality still places them for <c>Contacts</c> and the dyad-year export.
    /// </summary>
    public bool IsPrivate { get; init; }
}
