namespace Diplomacy;

/// <summary>
/// A step in one actor's sanctions toward another: imposing, extending, lifting, refusing, delaying or joining.
/// Targets may be states, persons or organisations; imposers may be states or blocs.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the step was taken.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Imposer">Who acted (a state or a bloc such as the EU).</param>
/// <param name="Target">Whom the sanctions are aimed at.</param>
/// <param name="Action">What was done.</param>
/// <remarks>
/// A stance on a day is derived from these steps, never stored. Default coding: impose, extend and join
/// <c>163</c>; lift <c>085</c>; refuse <c>050</c> (diplomatic cooperation toward the target); delay <c>010</c>.
/// </remarks>
public sealed record SanctionsAction(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Imposer, ActorId Target, SanctionsActionKind Action)
    : DiplomaticEvent(Id, When, Citations)
{
    private readonly IReadOnlyList<string> _measures = ValueList<string>.Empty;

    /// <summary>The sanctions programme, if named (e.g. <c>EO 14024</c>, an OFAC programme).</summary>
    public string? Programme { get; init; }

    /// <summary>The measures, in the source's words (asset freeze, visa ban, arms embargo); never null.</summary>
    public IReadOnlyList<string> Measures
    {
        get => _measures;
        init => _measures = ValueList<string>.From(value, nameof(Measures));
    }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.SanctionsAction;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo(Action switch
    {
        SanctionsActionKind.Lift => "085",
        SanctionsActionKind.Refuse => "050",
        SanctionsActionKind.Delay => "010",
        _ => "163",
    });

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => [Imposer, Target];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() => [(nameof(Imposer), Imposer), (nameof(Target), Target)];
}
