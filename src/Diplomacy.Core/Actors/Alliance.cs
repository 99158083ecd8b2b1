namespace Diplomacy;

/// <summary>
/// A named grouping of states with obligations toward each other (CSTO, NATO). Its membership over time comes from
/// <see cref="MembershipChange"/> events.
/// </summary>
/// <param name="Id">A slug id, e.g. <c>csto</c>.</param>
/// <param name="Name">The alliance's name, e.g. <c>Collective Security Treaty Organization</c>.</param>
/// <param name="Obligations">What members owe each other.</param>
public sealed record Alliance(ActorId Id, string Name, AllianceObligations Obligations) : Actor(Id, Name)
{}
