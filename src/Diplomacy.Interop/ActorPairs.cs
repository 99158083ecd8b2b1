namespace Diplomacy.Interop;

/// <summary>The directed source-target pairs of a record with compound actors, following the CAMEO convention PLOVER describes.</summary>
internal static class ActorPairs
{
    /// <summary>
    /// One pair for each source and recipient; with no recipient and several sources (PLOVER's reciprocal form, "all of
    /// the actors are considered as the source"), one for each ordered pair of sources; else each source alone.
    /// </summary>
    /// <param name="sources">The sources, at least one.</param>
    /// <param name="recipients">The recipients, possibly none.</param>
    public static List<(ActorId Source, ActorId? Target)> Of(IReadOnlyList<ActorId> sources, IReadOnlyList<ActorId> recipients)
    {
        var pairs = new List<(ActorId, ActorId?)>();
        var others = recipients.Count > 0 ? recipients : sources.Count > 1 ? sources : [];
        foreach (var s in sources)
        {
            foreach (var r in others)
            {
                if (s != r)
                {
                    pairs.Add((s, r));
                }
            }
        }

        if (pairs.Count == 0)
        {
            foreach (var s in sources.Distinct())
            {
                pairs.Add((s, null));
            }
        }

        return pairs;
    }
}
