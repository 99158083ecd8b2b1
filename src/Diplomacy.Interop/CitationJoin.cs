namespace Diplomacy.Interop;

/// <summary>Joins the citations of reports of one event, leaving out those already held.</summary>
internal static class CitationJoin
{
    /// <summary>The event with the citations added that it does not already hold (itself when it holds them all).</summary>
    public static DiplomaticEvent Join(DiplomaticEvent held, IReadOnlyList<Citation> citations)
    {
        List<Citation>? joined = null;
        foreach (var citation in citations)
        {
            if (!Holds(held.Citations, citation) && (joined is null || !Holds(joined, citation)))
            {
                (joined ??= [.. held.Citations]).Add(citation);
            }
        }

        return joined is null ? held : held with { Citations = joined };
    }

    /// <summary>A citation is held when an equal one is, or one of the same article (URL) on the same day.</summary>
    public static bool Holds(IReadOnlyList<Citation> citations, Citation citation)
    {
        foreach (var held in citations)
        {
            if (held.Equals(citation) || (citation.Url is not null && held.Published == citation.Published && citation.Url.Equals(held.Url)))
            {
                return true;
            }
        }

        return false;
    }
}
