namespace Diplomacy.Interop;

/// <summary>
/// The actors one reader has handed out: it resolves descriptions once (through the options' hook, then the rules),
/// makes sure the states an actor refers to come before it, and collects the actors that are new since the last
/// record, so that each is handed out once.
/// </summary>
internal sealed class ActorCatalog
{
    /// <summary>The placeholder for a record that names no acting actor.</summary>
    public static readonly Organization UnidentifiedActor = new("unidentified-actor", "Unidentified actor", OrganizationKind.Other);

    /// <summary>The placeholder for a citation whose publisher the record does not name.</summary>
    public static readonly Organization UnknownPublisher = new("unknown-publisher", "Unknown publisher", OrganizationKind.NewsOutlet);

    private readonly Func<ActorDescription, Actor?>? _hook;
    private readonly Dictionary<ActorId, Actor> _handedOut = [];
    private readonly List<Actor> _new = [];

    public ActorCatalog(ImportOptions? options) => _hook = options?.ResolveActor;

    /// <summary>Hands out an actor (first come wins for an id) and the states it refers to; returns its id.</summary>
    /// <exception cref="InvalidOperationException">The actor refers to a state the country catalogue does not know.</exception>
    public ActorId Add(Actor actor)
    {
        if (_handedOut.ContainsKey(actor.Id))
        {
            return actor.Id;
        }

        ActorId? referenced = actor switch
        {
            Person { Nationality: { } nationality } => nationality,
            Organization { HomeState: { } home } => home,
            _ => default(ActorId?),
        };
        if (referenced is { } state && !_handedOut.ContainsKey(state))
        {
            if (!Countries.TryResolve(state.Value, out var country) || country.Alpha3 != state.Value)
            {
                throw new InvalidOperationException($"The actor '{actor.Id}' refers to the state '{state}', which is not an ISO 3166-1 alpha-3 code in the country catalogue; an actor resolver must refer to catalogue states.");
            }

            var stateActor = country.ToState();
            _handedOut.Add(state, stateActor);
            _new.Add(stateActor);
        }

        _handedOut.Add(actor.Id, actor);
        _new.Add(actor);
        return actor.Id;
    }

    /// <summary>Hands out a country's state; returns its id.</summary>
    public ActorId AddState(Country country)
    {
        var id = new ActorId(country.Alpha3);
        return _handedOut.ContainsKey(id) ? id : Add(country.ToState());
    }

    /// <summary>Resolves a description through the hook, else the rule given; null when neither yields an actor.</summary>
    public ActorId? Resolve(ActorDescription description, Func<Actor?> rule)
    {
        var actor = _hook?.Invoke(description) ?? rule();
        return actor is null ? default(ActorId?) : Add(actor);
    }

    /// <summary>A news outlet by name (a publisher, a GDELT source's domain); the unknown publisher for a blank or <c>Unknown</c> name.</summary>
    public ActorId Outlet(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name is "NA" or "Unknown" || ActorRules.Slug(name) is not { } id)
        {
            return Add(UnknownPublisher);
        }

        return Add(new Organization(id, name.Trim(), OrganizationKind.NewsOutlet));
    }

    /// <summary>
    /// Whether the actor can impose sanctions in the sense of <see cref="SanctionsAction"/>: a state, an alliance or an
    /// intergovernmental body. Boycotts by citizens, firms or parties stay coded events.
    /// </summary>
    public bool CanImposeSanctions(ActorId id) =>
        _handedOut.TryGetValue(id, out var actor)
        && actor is State or Alliance or Organization { Kind: OrganizationKind.IntergovernmentalBody };

    /// <summary>
    /// Whether the actor can host a meeting in the sense of <see cref="Meeting.Host"/>: a state, an alliance or an
    /// organisation (a person who receives a visitor is a participant, not its host).
    /// </summary>
    public bool CanHost(ActorId id) => _handedOut.TryGetValue(id, out var actor) && actor is State or Alliance or Organization;

    /// <summary>The actor handed out under an id, if any.</summary>
    public bool TryGet(ActorId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actor? actor) => _handedOut.TryGetValue(id, out actor);

    /// <summary>The actors handed out since the last call, states before the actors that refer to them.</summary>
    public IReadOnlyList<Actor> TakeNew()
    {
        if (_new.Count == 0)
        {
            return [];
        }

        var taken = _new.ToArray();
        _new.Clear();
        return taken;
    }
}
