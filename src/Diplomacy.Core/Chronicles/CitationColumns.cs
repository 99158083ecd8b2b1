namespace Diplomacy;

/// <summary>
/// The distinct citation lists of a chronicle's columnar events, held column-wise: each list is a slice of one
/// buffer of citation codes, and a plain citation (a source in the actor table, a publication date, nothing else) is
/// an actor index and a date index; any other citation is kept as it is. A list is materialised, equal by value to
/// the one stored, when it is read.
/// </summary>
internal sealed class CitationColumns
{
    private readonly int[] _listStarts;
    private readonly int[] _codes;
    private readonly int[] _sources;
    private readonly int[] _dates;
    private readonly Citation[] _objects;

    /// <summary>Stores <paramref name="lists"/>, interning publication dates into <paramref name="dates"/>.</summary>
    public CitationColumns(ValueList<Citation>[] lists, ActorTable actors, EventColumns.Interned<FuzzyDate> dates)
    {
        _listStarts = new int[lists.Length + 1];
        var codes = new List<int>(lists.Length * 2);
        var plain = new Dictionary<Citation, int>();
        var sources = new List<int>();
        var days = new List<int>();
        var objects = new List<Citation>();
        for (var l = 0; l < lists.Length; l++)
        {
            foreach (var citation in lists[l])
            {
                if (citation is { Title: null, Url: null, Quote: null, Basis: null, Release: null } && actors.TryGetIndex(citation.Source, out var source))
                {
                    if (!plain.TryGetValue(citation, out var index))
                    {
                        index = sources.Count;
                        plain.Add(citation, index);
                        sources.Add(source);
                        days.Add(dates.IndexOf(citation.Published));
                    }

                    codes.Add(index);
                }
                else
                {
                    codes.Add(~objects.Count);
                    objects.Add(citation);
                }
            }

            _listStarts[l + 1] = codes.Count;
        }

        _codes = [.. codes];
        _sources = [.. sources];
        _dates = [.. days];
        _objects = [.. objects];
    }

    /// <summary>The list with this index, materialised.</summary>
    public ValueList<Citation> List(int index, IReadOnlyList<Actor> actors, FuzzyDate[] dates)
    {
        var start = _listStarts[index];
        var citations = new Citation[_listStarts[index + 1] - start];
        for (var i = 0; i < citations.Length; i++)
        {
            var code = _codes[start + i];
            citations[i] = code < 0 ? _objects[~code] : new Citation(actors[_sources[code]].Id, dates[_dates[code]]);
        }

        return ValueList<Citation>.From(citations);
    }
}
