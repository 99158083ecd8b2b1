namespace Diplomacy;

/// <summary>
/// A decision or commitment: an actor agreeing to do something, or refusing (Serbia refused to train Ukrainian
/// soldiers but agreed to supply weapons).
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the decision was made or became known.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Actor">Who decided.</param>
/// <param name="Decision">Agreed or refused.</param>
/// <param name="Undertaking">What, in a few words (e.g. <c>supply weapons</c>).</param>
/// <remarks>Default coding: agreed <c>030</c> (express intent to cooperate), refused <c>120</c> (reject).</remarks>
public sealed record Commitment(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Actor, CommitmentDecision Decision, string Undertaking)
    : DiplomaticEvent(Id, When, Citations)
{
    /// <summary>Toward whom, if anyone (Ukraine, for the weapons).</summary>
    public ActorId? Toward { get; init; }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Commitment;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo(Decision == CommitmentDecision.Agreed ? "030" : "120");

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => Toward is { } toward ? [Actor, toward] : [Actor];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() =>
        Toward is { } toward ? [(nameof(Actor), Actor), (nameof(Toward), toward)] : [(nameof(Actor), Actor)];
}
