namespace Diplomacy.Interop;

/// <summary>Joins the citations of reports of one event, leaving out those already held.</summary>
/// <remarks>
/// A citation that is held already except for its <see cref="Citation.Release"/> (the same report carried by a weekly
/// release and by the yearly file that supersedes it) is not added again: the held one keeps the earlier release, a
/// known release counting as earlier than none. So importing a superseding file never moves an event's
/// <see cref="DiplomaticEvent.FirstReleased"/> later.
/// </remarks>
internal static class CitationJoin
{
    /// <summary>The event with the citations added that it does not already hold (itself when it holds them all).</summary>
    public static DiplomaticEvent Join(DiplomaticEvent held, IReadOnlyList<Citation> citations)
    {
        List<Citation>? joined = null;
        foreach (var citation in citations)
        {
            var current = (IReadOnlyList<Citation>?)joined ?? held.Citations;
            var at = IndexOf(current, citation);
            if (at < 0)
            {
                (joined ??= [.. held.Citations]).Add(citation);
            }
            else if (Earlier(citation.Release, current[at].Release))
            {
                (joined ??= [.. held.Citations])[at] = current[at] with { Release = citation.Release };
            }
        }

        return joined is null ? held : held with { Citations = joined };
    }

    /// <summary>A citation is held when an equal one is, one equal but for its release, or one of the same article (URL) on the same day.</summary>
    public static bool Holds(IReadOnlyList<Citation> citations, Citation citation) => IndexOf(citations, citation) >= 0;

    /// <summary>
    /// Where the list holds the citation: an equal one, one equal but for its release, or one of the same article
    /// (URL) on the same day; -1 when it holds none.
    /// </summary>
    private static int IndexOf(IReadOnlyList<Citation> citations, Citation citation)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            var held = citations[i];
            if (held.Equals(citation)
                || (held.Release != citation.Release && held.Equals(citation with { Release = held.Release }))
                || (citation.Url is not null && held.Published == citation.Published && citation.Url.Equals(held.Url)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Earlier(DataRelease? release, DataRelease? than) =>
        release is not null && (than is null || release.Published < than.Published);
}
