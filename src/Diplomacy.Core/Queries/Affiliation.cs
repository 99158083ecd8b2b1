namespace Diplomacy;

/// <summary>
/// Who speaks and acts for an actor. For a state: the state itself; its official bodies (organisations of kind
/// government body, agency or state-owned company whose home state it is); persons whose nationality it is; and
/// persons while they held an office of the state or of one of its official bodies. For an organisation or an alliance
/// (a secretary general speaks for the CSTO): itself and persons while they held one of its offices. For anyone else:
/// itself.
/// </summary>
/// <remarks>
/// News outlets, private companies and research institutes based in a state are not part of it: they do not speak
/// for it. Built per query in O(b log n + o) for b official bodies and o office changes in them.
/// </remarks>
internal sealed class Affiliation
{
    private readonly HashSet<ActorId> _always;
    private readonly Dictionary<ActorId, List<Spell<OfficeChange>>> _officeHolders;

    private Affiliation(ActorId root, HashSet<ActorId> always, Dictionary<ActorId, List<Spell<OfficeChange>>> officeHolders)
    {
        Root = root;
        _always = always;
        _officeHolders = officeHolders;
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
        chronicle.TryGetActor(root, out var actor);
        if (actor is State)
        {
            foreach (var person in chronicle.Index.Nationals(root))
            {
                always.Add(person.Id);
            }
        }
        else if (actor is not (Organization or Alliance))
        {
            return new Affiliation(root, always, []);
        }

        var holders = new Dictionary<ActorId, List<Spell<OfficeChange>>>();
        foreach (var body in bodies)
        {
            var changes = chronicle.Involving<OfficeChange>(EventKind.OfficeChange, body).Where(o => o.Body == body && !always.Contains(o.Person));
            foreach (var group in changes.GroupBy(o => (o.Person, Office: o.Office.Trim())))
            {
                var spells = OfficeRecord.SpellsOf(group);
                if (!holders.TryGetValue(group.Key.Person, out var list))
                {
                    holders.Add(group.Key.Person, list = []);
                }

                list.AddRange(spells);
            }
        }

        return new Affiliation(root, always, holders);
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
            return Certainty.Certain;
        }

        return _officeHolders.TryGetValue(actor, out var spells)
            ? Spells.HeldThroughout(spells, Days.Of(when.Earliest), Days.Of(when.Latest))
            : null;
    }

    /// <summary>True when the actor counts for the root at some time.</summary>
    public bool MayInclude(ActorId actor) => _always.Contains(actor) || _officeHolders.ContainsKey(actor);

    /// <summary>True when the actor always counts for the root (itself, its official bodies, its nationals).</summary>
    public bool AlwaysIncludes(ActorId actor) => _always.Contains(actor);
}
