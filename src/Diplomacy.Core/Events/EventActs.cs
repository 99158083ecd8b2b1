namespace Diplomacy;

/// <summary>
/// Who acts toward whom in one event, read by <see cref="EventCatalog.Acts"/> from the kind's entry in the catalogue.
/// </summary>
/// <param name="Sources">The actors who act (a supplier, a speaker, an imposer; every participant of a meeting).</param>
/// <param name="Targets">
/// The actors the act is directed at: its direct counterparts (a recipient, whom a statement is about, a sanctions
/// target). Empty for a mutual act (a meeting) and for an act toward no one named.
/// </param>
/// <param name="Reached">
/// The targets, then the further actors the act reaches through them: an arms transfer's intermediaries and end user,
/// to whom its goods go on; for a mutual act (a meeting), every participant. The same as <paramref name="Targets"/>
/// for every other kind.
/// </param>
/// <remarks>
/// <see cref="Directed"/> gives the pairs the field's exports count (each source toward each target; for a mutual act,
/// each participant toward each other one); questions about whom an act served or harmed (divergence of words and
/// deeds, tolerated hostile acts) read <see cref="Reached"/>.
/// </remarks>
public sealed record EventActs(IReadOnlyList<ActorId> Sources, IReadOnlyList<ActorId> Targets, IReadOnlyList<ActorId> Reached)
{
    /// <summary>
    /// The directed pairs of distinct actors, each once, in order: each source toward each target; when there is no
    /// target and several sources (a meeting), each source toward each other source, so a meeting of two counts both
    /// ways, as CAMEO-coded data count one.
    /// </summary>
    public IReadOnlyList<Dyad> Directed
    {
        get
        {
            var dyads = new List<Dyad>();
            var others = Targets.Count > 0 ? Targets : Sources;
            foreach (var source in Sources)
            {
                foreach (var target in others)
                {
                    var dyad = new Dyad(source, target);
                    if (source != target && !dyads.Contains(dyad))
                    {
                        dyads.Add(dyad);
                    }
                }
            }

            return dyads;
        }
    }
}
