namespace Diplomacy;

/// <summary>A meeting or a visit: who met, who hosted, and where.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the meeting took place.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Participants">Who took part (persons, or states and bodies when no person is named); at least one.</param>
/// <remarks>Default coding: CAMEO <c>040</c> (consult).</remarks>
public sealed record Meeting(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, IReadOnlyList<ActorId> Participants)
    : DiplomaticEvent(Id, When, Citations)
{
    private readonly IReadOnlyList<ActorId> _participants = ValueList<ActorId>.From(Participants, nameof(Participants));

    /// <summary>Who took part; never null.</summary>
    public IReadOnlyList<ActorId> Participants
    {
        get => _participants;
        init => _participants = ValueList<ActorId>.From(value, nameof(Participants));
    }

    /// <summary>Who hosted (a state or a body), if known.</summary>
    public ActorId? Host { get; init; }

    /// <summary>Where the meeting took place, if known.</summary>
    public Place? Place { get; init; }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Meeting;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo("040");

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => Host is { } host ? [.. _participants, host] : _participants;

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences()
    {
        foreach (var reference in Indexed(nameof(Participants), _participants))
        {
            yield return reference;
        }

        if (Host is { } host)
        {
            yield return (nameof(Host), host);
        }

        if (Place?.Country is { } country)
        {
            yield return ("Place.Country", country);
        }
    }
}
