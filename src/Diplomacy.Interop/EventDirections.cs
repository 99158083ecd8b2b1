namespace Diplomacy.Interop;

/// <summary>
/// Who acts on whom in an event, for the exports: the sources and the targets of each kind, and the directed pairs
/// (dyads) they make.
/// </summary>
/// <remarks>
/// <para>Sources and targets by kind: a coded event, its source and target; a sanctions action, imposer and target; an
/// arms transfer, supplier and (first) recipient; a meeting, its participants as sources and no target (PLOVER's
/// reciprocal form); a public reaction, the speaker and whom it is about; a relationship change, the actor and the
/// partner; an office change, the person and the body; a membership change, the member and the organisation; a
/// disclosure, the discloser and the actors it concerns; a commitment, the actor and whom it is toward.</para>
/// <para>Dyads: each source with each target (not itself); with no target and several sources, each source with each
/// other source, both ways, as CAMEO-coded data count a meeting.</para>
/// </remarks>
internal static class EventDirections
{
    public static (IReadOnlyList<ActorId> Sources, IReadOnlyList<ActorId> Targets) Of(DiplomaticEvent e) => e switch
    {
        CodedEvent c => ([c.Source], Optional(c.Target)),
        SanctionsAction s => ([s.Imposer], [s.Target]),
        ArmsTransfer a => ([a.Supplier], [a.Recipient]),
        Meeting m => (m.Participants, []),
        PublicReaction p => ([p.Speaker], Optional(p.About)),
        RelationshipChange r => ([r.Actor], [r.Partner]),
        OfficeChange o => ([o.Person], Optional(o.Body)),
        MembershipChange m => ([m.Member], [m.Organization]),
        Disclosure d => ([d.Discloser], d.Concerning),
        Commitment c => ([c.Actor], Optional(c.Toward)),
        _ => (e.Actors.Take(1).ToArray(), e.Actors.Skip(1).ToArray()),
    };

    /// <summary>The event's directed pairs of distinct actors, each once.</summary>
    public static List<(ActorId Source, ActorId Target)> Dyads(DiplomaticEvent e)
    {
        var (sources, targets) = Of(e);
        var dyads = new List<(ActorId, ActorId)>();
        var others = targets.Count > 0 ? targets : sources;
        foreach (var s in sources)
        {
            foreach (var t in others)
            {
                if (s != t && !dyads.Contains((s, t)))
                {
                    dyads.Add((s, t));
                }
            }
        }

        return dyads;
    }

    private static ActorId[] Optional(ActorId? actor) => actor is { } a ? [a] : [];
}
