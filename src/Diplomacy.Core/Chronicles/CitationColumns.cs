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
    private readonly PackedInts _sources;
    private readonly PackedInts _dates;
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
        _sources = PackedInts.Pack(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sources));
        _dates = PackedInts.Pack(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(days));
        _objects = [.. objects];
    }

    private CitationColumns(int[] listStarts, int[] codes, PackedInts sources, PackedInts dates, Citation[] objects)
    {
        _listStarts = listStarts;
        _codes = codes;
        _sources = sources;
        _dates = dates;
        _objects = objects;
    }

    /// <summary>Writes the lists to a snapshot.</summary>
    public void Save(ISnapshotWriter writer, string prefix)
    {
        writer.Write(prefix + "citations.starts", _listStarts);
        writer.Write(prefix + "citations.codes", _codes);
        writer.Write(prefix + "citations.count", [_sources.Length]);
        _sources.Save(writer, prefix + "citations.sources");
        _dates.Save(writer, prefix + "citations.dates");
        writer.WriteModels(prefix + "citations.objects", _objects);
    }

    /// <summary>
    /// Reads lists that <see cref="Save"/> wrote, checking every index against the tables it points into
    /// (<paramref name="actorCount"/> actors, <paramref name="dateCount"/> dates).
    /// </summary>
    public static CitationColumns Load(ISnapshotReader reader, string prefix, int actorCount, int dateCount)
    {
        var starts = reader.ReadInts(prefix + "citations.starts");
        var codes = reader.ReadInts(prefix + "citations.codes");
        var count = reader.ReadInts(prefix + "citations.count");
        if (count.Length != 1 || count[0] < 0)
        {
            throw reader.Inconsistent(prefix + "citations.count", "one count of plain citations, not negative, is expected.");
        }

        var sources = PackedInts.Load(reader, prefix + "citations.sources", count[0]);
        var dates = PackedInts.Load(reader, prefix + "citations.dates", count[0]);
        var objects = reader.ReadModels<Citation>(prefix + "citations.objects");
        Snapshot.CheckAscending(reader, prefix + "citations.starts", starts, codes.Length);

        foreach (var code in codes)
        {
            if (code >= sources.Length || ~code >= objects.Length)
            {
                throw reader.Inconsistent(prefix + "citations.codes", $"the citation code {code} points outside the tables.");
            }
        }

        if (!sources.AllWithin(0, actorCount - 1) || !dates.AllWithin(0, dateCount - 1))
        {
            throw reader.Inconsistent(prefix + "citations.sources", $"a plain citation points outside the {actorCount} actors or the {dateCount} dates.");
        }
        return new CitationColumns(starts, codes, sources, dates, objects);
    }

    /// <summary>How many lists there are.</summary>
    public int Count => _listStarts.Length - 1;

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
