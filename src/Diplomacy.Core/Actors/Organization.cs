namespace Diplomacy;

/// <summary>An organisation: a government body, agency, company, news outlet, research institute or intergovernmental body.</summary>
/// <param name="Id">A slug id, e.g. <c>yugoimport</c>.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="HomeState">The state it belongs to or is based in, if any; for a government body or agency, the state it serves.</param>
public sealed record Organization(ActorId Id, string Name, OrganizationKind Kind, ActorId? HomeState = null) : Actor(Id, Name)
{}
