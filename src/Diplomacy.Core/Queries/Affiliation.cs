namespace Diplomacy;

/// <summary>
/// Who speaks and acts for an actor. For a state: the state itself; its official bodies (organisations of kind
/// government body, agency or state-owned company whose home state it is); persons whose nationality it is (unless
/// <see cref="Person.IsPrivate"/>), except while they hold an office elsewhere (at an international body, an outlet,
/// a research institute, a company) and none of the state's; and persons while they held an office of the state or
/// of one of its official bodies (a national's office with no body counts as the state's). For an organisation or an
/// alliance (a secretary general speaks for the CSTO): itself and persons while they held one of its offices. For
/// anyone else: itself.
/// </summary>
/// <remarks>
/// News outlets, private companies and research institutes based in a state are not part of it: they do not speak
/// for it. Built per query in O((b + p) log n + o) for b official bodies, p nationals and o office changes.
/// </remarks>
internal sealed class Affiliation
{
    private readonly HashSet<ActorId> _always;
    private readonly Dictionary<ActorId, List<Spell<OfficeChange>>> _officeHolders;
    private readonly Dictionary<ActorId, (List<Spell<OfficeChange>> Away, List<Spell<OfficeChange>> Home)> _nationalsElsewhere;

    private Affiliation(
        ActorId root, HashSet<ActorId> always, Dictionary<ActorId, List<Spell<OfficeChange>>> officeHolders,
        Dictionary<ActorId, (List<Spell<OfficeChange>> Away, List<Spell<OfficeChange>> Home)>? nationalsElsewhere = null)
    {
        Root = root;
        _always = always;
        _officeHolders = officeHolders;
        _nationalsElsewhere = nationalsElsewhere ?? [];
    }

    public ActorId Root { get; }

    /// <summary>Every actor who may count for the root at some time.</summary>
    public IEnumerable<ActorId> Members => _always.Concat(_officeHolders.Keys);

    /// <summary>True for the official kinds of organisation, which speak for their home state.</summary>
    public static bool IsOfficial(Organization organization) =>
        organization.Kind is OrganizationKind.GovernmentBody or OrganizationKind.Agency or OrganizationKind.StateOwnedCompany;

    /// <summary>
    /// Who arms are delivered to when they are delivered to the root, as an end user: the root itself and, for a
    /// state, its official bodies (arms for its ministry of defence are arms for it). Persons are not end users for
    /// it, neither its nationals nor its office holders: what a person receives is not in the state's hands by the
    /// record. O(log n + b) for b organisations based in a state.
    /// </summary>
    public static HashSet<ActorId> EndUsers(Chronicle chronicle, ActorId root)
    {
        var endUsers = new HashSet<ActorId> { root };
        endUsers.UnionWith(OfficialBodies(chronicle, root));
        return endUsers;
    }

    public static Affiliation Of(Chronicle chronicle, ActorId root)
    {
        var bodies = EndUsers(chronicle, root);
        var always = new HashSet<ActorId>(bodies);
        var elsewhere = new Dictionary<ActorId, (List<Spell<OfficeChange>> Away, List<Spell<OfficeChange>> Home)>();
        var holders = new Dictionary<ActorId, List<Spell<OfficeChange>>>();
        chronicle.TryGetActor(root, out var actor);
        if (actor is State)
        {
            foreach (var person in chronicle.Index.Nationals(root))
            {
                if (person.IsPrivate)
                {
                    // Counts only while holding one of the state's offices: those of its bodies (below), and any
                    // office recorded with no body.
                    var unplaced = chronicle.Involving<OfficeChange>(EventKind.OfficeChange, person.Id).Where(o => o.Person == person.Id && o.Body is null).ToArray();
                    if (unplaced.Length > 0)
                    {
                        holders.Add(person.Id, SpellsOf(unplaced));
                    }

                    continue;
                }

                always.Add(person.Id);

                // Offices outside the state (at an international body, an outlet, a research institute) make a
                // national speak for that instead, unless they hold one of the state's at the same time.
                var offices = chronicle.Involving<OfficeChange>(EventKind.OfficeChange, person.Id).Where(o => o.Person == person.Id).ToArray();
                if (offices.Any(o => o.Body is { } body && !bodies.Contains(body)))
                {
                    elsewhere.Add(person.Id, (
                        SpellsOf(offices.Where(o => o.Body is { } body && !bodies.Contains(body))),
                        SpellsOf(offices.Where(o => o.Body is not { } body || bodies.Contains(body)))));
                }
            }
        }
        else if (actor is not (Organization or Alliance))
        {
            return new Affiliation(root, always, []);
        }

        foreach (var body in bodies)
        {
            var changes = chronicle.Involving<OfficeChange>(EventKind.OfficeChange, body).Where(o => o.Body == body && !always.Contains(o.Person));
            foreach (var group in changes.GroupBy(o => o.Person))
            {
                if (!holders.TryGetValue(group.Key, out var list))
                {
                    holders.Add(group.Key, list = []);
                }

                list.AddRange(SpellsOf(group));
            }
        }

        return new Affiliation(root, always, holders, elsewhere);

        static List<Spell<OfficeChange>> SpellsOf(IEnumerable<OfficeChange> changes) =>
            [.. changes.GroupBy(o => o.Office.Trim()).SelectMany(OfficeRecord.SpellsOf)];
    }

    /// <summary>
    /// Who answers for what <paramref name="actor"/> does: the state whose official body it is (a ministry, an agency,
    /// a state-owned company), else the actor itself.
    /// </summary>
    public static ActorId Answerable(Chronicle chronicle, ActorId actor) =>
        chronicle.TryGetActor(actor, out var found) && found is Organization { HomeState: { } home } organization && IsOfficial(organization)
            ? home
            : actor;

    /// <summary>The official bodies of a state; none for anything else.</summary>
    private static IEnumerable<ActorId> OfficialBodies(Chronicle chronicle, ActorId root) =>
        chronicle.TryGetActor(root, out var actor) && actor is State
            ? chronicle.Index.BasedIn(root).Where(IsOfficial).Select(o => o.Id)
            : [];

    /// <summary>
    /// Whether <paramref name="actor"/> counted for the root on the possible days of <paramref name="when"/>: null
    /// when not; certain for the root, its bodies and nationals, and for office holders who certainly held an office
    /// throughout; possible for those who held one on some of those days only.
    /// </summary>
    public Certainty? Includes(ActorId actor, FuzzyDate when)
    {
        if (_always.Contains(actor))
        {
            return _nationalsElsewhere.TryGetValue(actor, out var offices) ? ElsewhereOr(offices.Away, offices.Home, when) : Certainty.Certain;
        }

        return _officeHolders.TryGetValue(actor, out var spells)
            ? Spells.HeldThroughout(spells, Days.Of(when.Earliest), Days.Of(when.Latest))
            : null;
    }

    /// <summary>
    /// For a national with offices outside the state: null when, throughout <paramref name="when"/>, they certainly
    /// held one of those and none of the state's; certain when they held none of those, or certainly held one of the
    /// state's; otherwise possible.
    /// </summary>
    private static Certainty? ElsewhereOr(List<Spell<OfficeChange>> away, List<Spell<OfficeChange>> home, FuzzyDate when)
    {
        var (from, to) = (Days.Of(when.Earliest), Days.Of(when.Latest));
        var elsewhere = Spells.HeldThroughout(away, from, to);
        var atHome = Spells.HeldThroughout(home, from, to);
        return elsewhere is null || atHome == Certainty.Certain ? Certainty.Certain
            : elsewhere == Certainty.Certain && atHome is null ? null
            : Certainty.Possible;
    }

    /// <summary>
    /// The office changes that say why <paramref name="actor"/> counted for the root during <paramref name="when"/>:
    /// the appointment (and any departure) of each spell of a state's or body's office that may have been held then.
    /// Empty for those who count throughout (the root, its bodies, its nationals).
    /// </summary>
    public IEnumerable<OfficeChange> Basis(ActorId actor, FuzzyDate when)
    {
        if (_always.Contains(actor) && !_nationalsElsewhere.ContainsKey(actor))
        {
            return [];
        }

        var spells = _officeHolders.TryGetValue(actor, out var held) ? held
            : _nationalsElsewhere.TryGetValue(actor, out var offices) ? offices.Home
            : [];
        var (from, to) = (Days.Of(when.Earliest), Days.Of(when.Latest));
        return spells.Where(s => s.PossiblyDuring(from, to)).SelectMany(s => s.Events);
    }

    /// <summary>True when the actor counts for the root at some time.</summary>
    public bool MayInclude(ActorId actor) => _always.Contains(actor) || _officeHolders.ContainsKey(actor);

    /// <summary>True when the actor always counts for the root (itself, its official bodies, its nationals).</summary>
    public bool AlwaysIncludes(ActorId actor) => _always.Contains(actor);
}
