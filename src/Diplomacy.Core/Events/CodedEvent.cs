namespace Diplomacy;

/// <summary>
/// A generic event that carries only the field's standard codes: what imported ICEWS, GDELT and PLOVER records
/// become when their code does not make a typed kind certain.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When it occurred.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Source">Who acted.</param>
/// <param name="Coding">The event's coding; a coded event has no default.</param>
public sealed record CodedEvent(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Source, Coding Coding)
    : DiplomaticEvent(Id, When, Citations, Coding ?? throw new ArgumentNullException(nameof(Coding)))
{
    /// <summary>Who was acted upon, if anyone.</summary>
    public ActorId? Target { get; init; }

    /// <summary>Where it happened, if known.</summary>
    public Place? Location { get; init; }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.CodedEvent;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding;

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => Target is { } target ? [Source, target] : [Source];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences()
    {
        yield return (nameof(Source), Source);
        if (Target is { } target)
        {
            yield return (nameof(Target), target);
        }

        if (Location?.Country is { } country)
        {
            yield return ("Location.Country", country);
        }
    }
}
