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
        Fill(sources, recipients, pairs);
        return pairs;
    }

    /// <summary>The pairs of <see cref="Of"/>, into a list the caller reuses (cleared first): no allocation per record.</summary>
    public static void Fill(IReadOnlyList<ActorId> sources, IReadOnlyList<ActorId> recipients, List<(ActorId Source, ActorId? Target)> into)
    {
        into.Clear();
        var others = recipients.Count > 0 ? recipients : sources.Count > 1 ? sources : [];
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = 0; j < others.Count; j++)
            {
                if (sources[i] != others[j])
                {
                    into.Add((sources[i], others[j]));
                }
            }
        }

        if (into.Count > 0)
        {
            return;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            if (!Listed(into, sources[i]))
            {
                into.Add((sources[i], null));
            }
        }
    }

    private static bool Listed(List<(ActorId Source, ActorId? Target)> pairs, ActorId source)
    {
        foreach (var pair in pairs)
        {
            if (pair.Source == source)
            {
                return true;
            }
        }

        return false;
    }
}
