using NodaTime;

namespace Diplomacy;

/// <summary>
/// An immutable record of something that happened: an id, a date at the precision known, the actors involved, the
/// sources that reported it, and its coding in the field's standards.
/// </summary>
/// <remarks>
/// <para>Events are records with value equality; list properties compare by their contents.</para>
/// <para><b>Two times.</b> An event <em>occurred</em> at <see cref="When"/>; it became <em>known</em> on
/// <see cref="FirstKnown"/>, the first day by which one of its citations had certainly been published.</para>
/// <para><b>Coding.</b> Each kind documents its default <see cref="Coding"/>; set <see cref="Coding"/> in an object
/// initializer to replace it (<see cref="HasDefaultCoding"/> then turns false).</para>
/// </remarks>
public abstract record DiplomaticEvent
{
    private readonly IReadOnlyList<Citation> _citations;
    private readonly Coding? _coding;
    private readonly EvidenceBasis _basis = EvidenceBasis.Reported;

    /// <summary>Creates an event.</summary>
    /// <param name="id">The event's id, unique within a chronicle.</param>
    /// <param name="when">When it occurred, at the precision known.</param>
    /// <param name="citations">The reports it rests on; a chronicle requires at least one.</param>
    /// <param name="coding">The coding, or null for the kind's default.</param>
    protected DiplomaticEvent(EventId id, FuzzyDate when, IReadOnlyList<Citation> citations, Coding? coding = null)
    {
        Id = id;
        When = when;
        _citations = ValueList<Citation>.From(citations, nameof(citations));
        _coding = coding;
    }

    /// <summary>The event's id.</summary>
    public EventId Id { get; init; }

    /// <summary>When the event occurred, at the precision known.</summary>
    public FuzzyDate When { get; init; }

    /// <summary>The reports this event rests on, never null; a chronicle requires at least one.</summary>
    public IReadOnlyList<Citation> Citations
    {
        get => _citations;
        init => _citations = ValueList<Citation>.From(value, nameof(Citations));
    }

    /// <summary>A one-line description in the author's own words, if any (e.g. <c>Vulin meets Patrushev in Moscow</c>).</summary>
    public string? Summary { get; init; }

    /// <summary>
    /// On what basis the event is in the record (an inference, background, a report, a participant's confirmation);
    /// <see cref="EvidenceBasis.Reported"/> unless set; setting it to the type's default value (0, as a serializer does
    /// for a property absent from its input) is the same as leaving it unset. See <see cref="EvidenceBasis"/> for the
    /// order and for denials.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a named <see cref="EvidenceBasis"/>.</exception>
    public EvidenceBasis Basis
    {
        get => _basis;
        init => _basis = value == default ? EvidenceBasis.Reported
            : Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(Basis), value, "Not a named EvidenceBasis.");
    }

    /// <summary>
    /// The event's coding: the one its author set, or the kind's documented default. Setting it to null (as a
    /// serializer does for a property absent from its input) is the same as leaving it unset: the kind's default.
    /// </summary>
    public Coding Coding
    {
        get => _coding ?? DefaultCoding;
        init => _coding = value;
    }

    /// <summary>True when <see cref="Coding"/> is the kind's default rather than one the author set.</summary>
    public bool HasDefaultCoding => _coding is null;

    /// <summary>The kind of event.</summary>
    public abstract EventKind Kind { get; }

    /// <summary>
    /// Every actor the event involves, each once, in the order of the event's roles (e.g. supplier, recipient,
    /// intermediaries, end user). Citation sources are not included: reporting is not taking part. Computed on each
    /// call.
    /// </summary>
    public IReadOnlyList<ActorId> Actors
    {
        get
        {
            var list = new List<ActorId>(4);
            foreach (var actor in EnumerateRoles())
            {
                if (!actor.IsDefault && !list.Contains(actor))
                {
                    list.Add(actor);
                }
            }

            return list;
        }
    }

    /// <summary>
    /// The first day by which some citation had certainly been published: the earliest
    /// <see cref="FuzzyDate.Latest"/> of the citations' <see cref="Citation.Published"/> dates.
    /// <see cref="LocalDate.MaxIsoValue"/> when there is no citation.
    /// </summary>
    public LocalDate FirstKnown
    {
        get
        {
            var first = LocalDate.MaxIsoValue;
            foreach (var citation in _citations)
            {
                if (citation.Published.Latest < first)
                {
                    first = citation.Published.Latest;
                }
            }

            return first;
        }
    }

    /// <summary>
    /// The day the event first appeared in an event data set: the earliest <see cref="DataRelease.Published"/> of the
    /// citations' <see cref="Citation.Release"/>s; null when no citation names a release.
    /// <see cref="Chronicle.AsKnownAt(LocalDate, KnownBy)"/> with <see cref="KnownBy.Release"/> reads it.
    /// </summary>
    public LocalDate? FirstReleased
    {
        get
        {
            LocalDate? first = null;
            foreach (var citation in _citations)
            {
                if (citation.Release is { } release && (first is not { } f || release.Published < f))
                {
                    first = release.Published;
                }
            }

            return first;
        }
    }

    /// <summary>
    /// The event as it was known on <paramref name="date"/>: with only the citations known by then. By
    /// <see cref="KnownBy.Publication"/> a citation is known once certainly published (the latest day of
    /// <see cref="Citation.Published"/> on or before the date); by <see cref="KnownBy.Release"/> once its
    /// <see cref="Citation.Release"/> was published, and, for an event none of whose citations names a release, once
    /// published. <see cref="Chronicle.AsKnownAt(LocalDate, KnownBy)"/> shows its events this way, so that evidence
    /// never cites a report from after the day.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="by">Known by publication (the default) or by data release.</param>
    /// <returns>This event when every citation was known; a copy with the known ones; null when none was.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named <see cref="KnownBy"/>.</exception>
    public DiplomaticEvent? AsKnownAt(LocalDate date, KnownBy by = KnownBy.Publication)
    {
        if (!Enum.IsDefined(by))
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "Not a named KnownBy.");
        }

        var byRelease = by == KnownBy.Release && FirstReleased is not null;
        var known = 0;
        foreach (var citation in _citations)
        {
            known += IsKnown(citation, date, byRelease) ? 1 : 0;
        }

        if (known == _citations.Count)
        {
            return this;
        }

        if (known == 0)
        {
            return null;
        }

        var kept = new Citation[known];
        var next = 0;
        foreach (var citation in _citations)
        {
            if (IsKnown(citation, date, byRelease))
            {
                kept[next++] = citation;
            }
        }

        return this with { Citations = kept };
    }

    private static bool IsKnown(Citation citation, LocalDate date, bool byRelease) =>
        byRelease ? citation.Release is { } release && release.Published <= date : citation.Published.Latest <= date;

    /// <summary>The coding an event of this kind has unless its author sets one.</summary>
    protected abstract Coding DefaultCoding { get; }

    /// <summary>The actors in each of the event's roles, in role order; may repeat and may hold default ids for empty roles.</summary>
    protected abstract IEnumerable<ActorId> EnumerateRoles();

    /// <summary>Actor references by role, for validation: (field name, actor).</summary>
    internal abstract IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences();

    /// <summary>Event references by field, for validation: (field name, event).</summary>
    internal virtual IEnumerable<(FieldName Field, EventId Event)> EventReferences() => [];

    /// <summary>The kind, id and date, e.g. <c>Meeting vulin-patrushev-1 (2024-02)</c>.</summary>
    public sealed override string ToString() => $"{Kind} {Id} ({When})";

    private protected static IEnumerable<(FieldName, ActorId)> Indexed(string field, IReadOnlyList<ActorId> actors)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            yield return (new FieldName(field, i), actors[i]);
        }
    }

    private protected static IEnumerable<(FieldName, EventId)> Indexed(string field, IReadOnlyList<EventId> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            yield return (new FieldName(field, i), events[i]);
        }
    }
}
