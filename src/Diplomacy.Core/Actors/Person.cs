namespace Diplomacy;

/// <summary>A person: an official, a journalist, a researcher.</summary>
/// <param name="Id">A slug id, e.g. <c>aleksandar-vulin</c>.</param>
/// <param name="Name">The person's name, e.g. <c>Aleksandar Vulin</c>.</param>
/// <param name="Nationality">The state the person is a national of, if known; offices held are events (see <see cref="OfficeChange"/>).</param>
public sealed record Person(ActorId Id, string Name, ActorId? Nationality = null) : Actor(Id, Name)
{}
