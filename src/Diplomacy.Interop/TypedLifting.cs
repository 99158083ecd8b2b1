using System.Collections.Frozen;

namespace Diplomacy.Interop;

/// <summary>
/// The one table of typed lifting (<see cref="ImportOptions.LiftTypedEvents"/>): which codes say enough for a coded
/// record to become the typed event they describe, read by every importer through <see cref="RecordBuilder"/>. The
/// table, its roles and what is kept are documented in <c>docs/interop.md</c> ("Typed lifting").
/// </summary>
/// <remarks>
/// <para>A record's CAMEO code decides when it has one (it is the more specific: CAMEO 043, hosting a visit, and 042,
/// making one, are both PLOVER <c>CONSULT</c> <c>visit</c>, with opposite hosts); a record with only a PLOVER coding
/// is read by its category and mode. Codes that say less (CAMEO 040 and 046, CONSULT with no mode or <c>phone</c>,
/// SANCTION <c>expel</c>, <c>withdraw</c>, <c>convict</c>, CAMEO 162) stay coded events.</para>
/// <para>A lift needs a recipient other than the actor, and an event the event catalogue accepts: every actor in a role
/// that <see cref="EventKindInfo.RequiredActorTypes"/> restricts is of an allowed type; a sanctions action's imposer is
/// moreover a state, an alliance or an intergovernmental body (<see cref="ActorCatalog.CanImposeSanctions"/>). When
/// anything fails, the record stays a coded event.</para>
/// </remarks>
internal static class TypedLifting
{
    /// <summary>What a code lifts to.</summary>
    internal enum Lift
    {
        /// <summary>Nothing: the record stays a coded event.</summary>
        None,

        /// <summary>A meeting of the actor and the recipient, hosted by neither or by someone unnamed.</summary>
        Meeting,

        /// <summary>A meeting of the actor and the recipient that the actor hosts.</summary>
        MeetingHostedByActor,

        /// <summary>A meeting of the actor and the recipient that the recipient hosts (the actor visits).</summary>
        MeetingHostedByRecipient,

        /// <summary>A sanctions action: the actor imposes sanctions on the recipient.</summary>
        Sanctions,
    }

    /// <summary>The CAMEO rows: 042 make a visit, 043 host a visit, 044 meet at a third location, 163 impose sanctions.</summary>
    private static readonly FrozenDictionary<string, Lift> CameoRows = new Dictionary<string, Lift>(StringComparer.Ordinal)
    {
        ["042"] = Lift.MeetingHostedByRecipient,
        ["043"] = Lift.MeetingHostedByActor,
        ["044"] = Lift.Meeting,
        ["163"] = Lift.Sanctions,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The PLOVER 2.0 rows (category and mode): CONSULT <c>visit</c> (the actor visits, the recipient hosts),
    /// <c>third-party</c> and <c>multilateral</c> (a meeting hosted by neither), SANCTION <c>discontinue</c> (the mode
    /// the manual gives international sanctions).
    /// </summary>
    private static readonly FrozenDictionary<(PloverCategory, string), Lift> PloverRows = new Dictionary<(PloverCategory, string), Lift>
    {
        [(PloverCategory.Consult, "visit")] = Lift.MeetingHostedByRecipient,
        [(PloverCategory.Consult, "third-party")] = Lift.Meeting,
        [(PloverCategory.Consult, "multilateral")] = Lift.Meeting,
        [(PloverCategory.Sanction, "discontinue")] = Lift.Sanctions,
    }.ToFrozenDictionary();

    /// <summary>What a coding lifts to: by its CAMEO code when it has one, else by its PLOVER category and mode.</summary>
    public static Lift Of(Coding coding) =>
        coding.Cameo is { } cameo
            ? CameoRows.GetValueOrDefault(cameo.Value)
            : coding.PloverCategory is { } category && coding.PloverMode is { } mode
                ? PloverRows.GetValueOrDefault((category, mode))
                : Lift.None;

    /// <summary>
    /// The typed event a coded record becomes, or null when its code says too little, the options turn the lift off, or
    /// the typed event would break the event catalogue's rules. The event keeps the record's coding, citations, place
    /// (a meeting's place; a sanctions action has none) and summary.
    /// </summary>
    public static DiplomaticEvent? TryLift(
        ImportOptions options, ActorCatalog actors, EventId id, FuzzyDate when, IReadOnlyList<Citation> citations,
        ActorId source, ActorId? target, Coding coding, Place? location, string? summary)
    {
        if (!options.LiftTypedEvents || target is not { } recipient || recipient == source)
        {
            return null;
        }

        var lift = Of(coding);
        switch (lift)
        {
            case Lift.Meeting or Lift.MeetingHostedByActor or Lift.MeetingHostedByRecipient when Allowed(actors, EventKind.Meeting, ("Participants", source), ("Participants", recipient)):
                var host = lift switch
                {
                    Lift.MeetingHostedByActor => source,
                    Lift.MeetingHostedByRecipient => recipient,
                    _ => default(ActorId?),
                };
                var meeting = new Meeting(id, when, citations, [source, recipient])
                {
                    Host = host is { } h && actors.CanHost(h) && Allowed(actors, EventKind.Meeting, ("Host", h)) ? h : default(ActorId?),
                    Place = location,
                    Summary = summary,
                };
                return meeting.Coding == coding ? meeting : meeting with { Coding = coding };
            case Lift.Sanctions when options.RecognizeSanctions && actors.CanImposeSanctions(source)
                && Allowed(actors, EventKind.SanctionsAction, ("Imposer", source), ("Target", recipient)):
                var action = new SanctionsAction(id, when, citations, source, recipient, SanctionsActionKind.Impose) { Summary = summary };
                return action.Coding == coding ? action : action with { Coding = coding };
            default:
                return null;
        }
    }

    /// <summary>Whether each actor may fill its role in an event of the kind, by the event catalogue's rules.</summary>
    private static bool Allowed(ActorCatalog actors, EventKind kind, params ReadOnlySpan<(string Role, ActorId Actor)> roles)
    {
        var required = EventCatalog.Of(kind).RequiredActorTypes;
        if (required.Count == 0)
        {
            return true;
        }

        foreach (var (role, id) in roles)
        {
            if (required.TryGetValue(role, out var types) && !(actors.TryGet(id, out var actor) && types.Any(t => t.IsInstanceOfType(actor))))
            {
                return false;
            }
        }

        return true;
    }
}
