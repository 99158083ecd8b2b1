namespace Diplomacy;

/// <summary>
/// Collects actors and events and builds a validated <see cref="Chronicle"/>. <see cref="Build"/> checks everything
/// at once and reports every problem it finds, with where it is.
/// </summary>
/// <remarks>A builder is not thread-safe; the chronicle it builds is immutable and is.</remarks>
public sealed class ChronicleBuilder
{
    private readonly List<Actor> _actors = [];
    private readonly List<DiplomaticEvent> _events = [];

    /// <summary>Starts an empty builder.</summary>
    public ChronicleBuilder()
    {
    }

    /// <summary>Starts a builder holding a chronicle's actors and its visible events.</summary>
    public ChronicleBuilder(Chronicle basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        _actors.AddRange(basis.Actors);
        _events.AddRange(basis.Events);
    }

    /// <summary>The number of actors added so far.</summary>
    public int ActorCount => _actors.Count;

    /// <summary>The number of events added so far.</summary>
    public int EventCount => _events.Count;

    /// <summary>Adds an actor. Problems are reported by <see cref="Build"/>, not here.</summary>
    public ChronicleBuilder AddActor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _actors.Add(actor);
        return this;
    }

    /// <summary>Adds actors.</summary>
    public ChronicleBuilder AddActors(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        foreach (var actor in actors)
        {
            AddActor(actor);
        }

        return this;
    }

    /// <summary>Adds an event. Problems are reported by <see cref="Build"/>, not here.</summary>
    public ChronicleBuilder AddEvent(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        _events.Add(diplomaticEvent);
        return this;
    }

    /// <summary>Adds events.</summary>
    public ChronicleBuilder AddEvents(IEnumerable<DiplomaticEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events is ICollection<DiplomaticEvent> collection)
        {
            _events.Capacity = Math.Max(_events.Capacity, _events.Count + collection.Count);
        }

        foreach (var e in events)
        {
            AddEvent(e);
        }

        return this;
    }

    /// <summary>Checks everything added so far and lists every problem; empty when <see cref="Build"/> would succeed.</summary>
    public IReadOnlyList<ChronicleProblem> Validate() => ChronicleValidator.Validate(_actors, _events);

    /// <summary>Validates and builds the chronicle. The builder can be used again afterwards.</summary>
    /// <remarks>
    /// With 16,384 events or more on a machine with several cores, the work is shared with the thread pool: the
    /// records are read in two passes side by side, which check the plain coded events on the way; the other events
    /// are validated while the indexes are built, two parts at a time. The result and the problems reported are the
    /// same either way (when there is a problem, the whole input is validated as on one thread).
    /// </remarks>
    /// <exception cref="ChronicleValidationException">Something is inconsistent; every problem is listed and nothing is built.</exception>
    public Chronicle Build() => Assemble(concurrently: true);

    /// <summary>Validates and builds; <paramref name="concurrently"/> false keeps all the work on this thread (for tests).</summary>
    internal Chronicle Assemble(bool concurrently)
    {
        Actor[] actors = [.. _actors];
        DiplomaticEvent[] events = [.. _events];
        if (!concurrently || !Concurrently.Pays(events.Length))
        {
            ThrowIfAny(ChronicleValidator.Validate(actors, events));
            return new Chronicle(new ChronicleData(actors, events, concurrently: false));
        }

        // Large: reading the events checks the plain coded ones (most of them) on the way; only the others go through
        // the validator, against those, on another thread while the storage is built here (sharing the second thread
        // with the validator). Any problem, or invalid input making reading or building fail, and the whole input is
        // validated again so that the problems are reported as a full check reports them; what was built is dropped.
        EventRows rows;
        ChronicleData? data = null;
        IReadOnlyList<ChronicleProblem> problems;
        try
        {
            rows = new EventRows(events, new ActorTable([.. actors]));
            var validation = Task.Run(() => ChronicleValidator.Validate(actors, rows.Unvouched, rows.AsChecked()));
            if (!rows.HasDuplicateIds)
            {
                data = new ChronicleData(rows, TimelineOrder.Sort(rows));
            }

            problems = validation.GetAwaiter().GetResult();
        }
        catch (Exception) when (ChronicleValidator.Validate(actors, events) is { Count: > 0 } all)
        {
            throw new ChronicleValidationException(all);
        }

        if (problems.Count > 0 || data is null)
        {
            ThrowIfAny(ChronicleValidator.Validate(actors, events));
            ThrowIfAny(problems);
        }

        return new Chronicle(data ?? new ChronicleData(rows, TimelineOrder.Sort(rows)));

        static void ThrowIfAny(IReadOnlyList<ChronicleProblem> problems)
        {
            if (problems.Count > 0)
            {
                throw new ChronicleValidationException(problems);
            }
        }
    }
}
