using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// The one table of event kinds: for each, its sealed type, its name in the JSON format, the properties that name
/// actors, and who acts toward whom. Everything that treats kinds alike reads it: <see cref="Chronicle.EventsOf{TEvent}"/>,
/// validation, the JSON format's type names (Diplomacy.Serialization), the exports' directed pairs
/// (Diplomacy.Interop), and the queries that weigh one actor's conduct toward another
/// (<see cref="ChronicleQueries.Divergence"/>, <see cref="ChronicleQueries.Tolerated"/>).
/// </summary>
/// <remarks>
/// <para><b>The rule of direction.</b> An act runs from the actors who do it (sources) to the actors it is done to
/// (targets), and may reach further actors through them:</para>
/// <list type="bullet">
/// <item>arms transfer: supplier → recipient; it reaches the intermediaries and the end user too (the goods go on to
/// them), so "whom did it arm" reads the whole route while the exports count supplier → recipient, as SIPRI does;</item>
/// <item>meeting: a mutual act among the participants, each toward every other (no targets; every participant is
/// reached); the host received the meeting and takes part only when it is listed among the participants (as a state
/// receiving a visitor is);</item>
/// <item>public reaction: speaker → whom it is about; sanctions action: imposer → target; relationship change: actor
/// → partner; office change: person → body (the office's body appoints or loses the person; toward no one when no
/// body is named); membership change: member → organisation; disclosure: discloser → the actors concerned;
/// commitment: actor → whom it is toward; coded event: source → target.</item>
/// </list>
/// <para><b>Kinds of actor.</b> A role that only some kinds of actor can fill states them here
/// (<see cref="EventKindInfo.RequiredActorTypes"/>), and validation reads them: an office change's person is a
/// <see cref="Person"/> and its body an <see cref="Organization"/>, an <see cref="Alliance"/> or a <see cref="State"/>; a membership change's
/// organisation is an <see cref="Organization"/> or an <see cref="Alliance"/>. Other roles take any actor, since
/// event data codes states, organisations and people alike as sources and targets (and SIPRI lists rebel groups and
/// organisations as suppliers and recipients).</para>
/// <para><b>Adding a kind.</b> Add its sealed type (Events/), its <see cref="EventKind"/> value and one entry here,
/// then its JSON contract (the schema's definition and its <c>[JsonSerializable]</c> line); the catalogue tests fail
/// until every one of those is there.</para>
/// </remarks>
public static class EventCatalog
{
    private static readonly EventKindInfo[] ByKind =
    [
        Entry<ArmsTransfer>(EventKind.ArmsTransfer, "armsTransfer", ["Supplier", "Recipient", "Intermediaries", "EndUser"], "Supplier → Recipient; reaches Intermediaries, EndUser",
            t => new([t.Supplier], [t.Recipient], [.. t.Route.Skip(1)])),
        Entry<Meeting>(EventKind.Meeting, "meeting", ["Participants", "Host"], "Participants ↔ Participants (mutual); the Host only as a participant",
            m => new(m.Participants, [], m.Participants)),
        Entry<PublicReaction>(EventKind.PublicReaction, "publicReaction", ["Speaker", "About"], "Speaker → About",
            r => Toward(r.Speaker, r.About)),
        Entry<SanctionsAction>(EventKind.SanctionsAction, "sanctionsAction", ["Imposer", "Target"], "Imposer → Target",
            s => Toward(s.Imposer, s.Target)),
        Entry<RelationshipChange>(EventKind.RelationshipChange, "relationshipChange", ["Actor", "Partner", "InExchangeFor.From"], "Actor → Partner",
            c => Toward(c.Actor, c.Partner)),
        Entry<OfficeChange>(EventKind.OfficeChange, "officeChange", ["Person", "Body"], "Person → Body",
            o => Toward(o.Person, o.Body), ("Person", [typeof(Person)]), ("Body", [typeof(Organization), typeof(Alliance), typeof(State)])),
        Entry<MembershipChange>(EventKind.MembershipChange, "membershipChange", ["Member", "Organization", "DecidedBy"], "Member → Organization; DecidedBy → Member when someone else made the change",
            m => m.DecidedBy is { } by && by != m.Member ? Toward(by, m.Member) : Toward(m.Member, m.Organization), ("Organization", [typeof(Organization), typeof(Alliance)])),
        Entry<Disclosure>(EventKind.Disclosure, "disclosure", ["Discloser", "Concerning"], "Discloser → Concerning",
            d => new([d.Discloser], d.Concerning, d.Concerning)),
        Entry<Commitment>(EventKind.Commitment, "commitment", ["Actor", "Toward"], "Actor → Toward",
            c => Toward(c.Actor, c.Toward)),
        Entry<CodedEvent>(EventKind.CodedEvent, "codedEvent", ["Source", "Target"], "Source → Target",
            c => Toward(c.Source, c.Target)),
    ];

    private static readonly Dictionary<Type, EventKindInfo> ByType = ByKind.ToDictionary(k => k.Type);

    /// <summary>Every kind, in <see cref="EventKind"/> order.</summary>
    public static IReadOnlyList<EventKindInfo> Kinds { get; } = Array.AsReadOnly(ByKind);

    /// <summary>The entry of a kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="EventKind"/>.</exception>
    public static EventKindInfo Of(EventKind kind) =>
        (uint)kind < (uint)ByKind.Length ? ByKind[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined EventKind.");

    /// <summary>The entry of a sealed event type (e.g. <c>typeof(Meeting)</c>); false for any other type.</summary>
    public static bool TryGet(Type eventType, [NotNullWhen(true)] out EventKindInfo? info)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return ByType.TryGetValue(eventType, out info);
    }

    /// <summary>Who acts toward whom in an event (see the rule of direction above).</summary>
    /// <exception cref="ArgumentException">The event's type is not in the catalogue.</exception>
    public static EventActs Acts(DiplomaticEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return ByType.TryGetValue(e.GetType(), out var info)
            ? info.ActsOf(e)
            : throw new ArgumentException($"The event type {e.GetType().Name} is not in the EventCatalog; add an entry for it.", nameof(e));
    }

    private static EventKindInfo Entry<TEvent>(
        EventKind kind, string name, string[] roles, string directions, Func<TEvent, EventActs> acts, params (string Role, Type[] Allowed)[] required)
        where TEvent : DiplomaticEvent =>
        new(kind, typeof(TEvent), name, Array.AsReadOnly(roles), directions, e => acts((TEvent)e),
            required.ToDictionary(r => r.Role, r => (IReadOnlyList<Type>)Array.AsReadOnly(r.Allowed)).AsReadOnly());

    private static EventActs Toward(ActorId source, ActorId? target)
    {
        ActorId[] targets = target is { } t ? [t] : [];
        return new([source], targets, targets);
    }
}
