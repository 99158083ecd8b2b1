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

    /// <summary>
    /// Gathers distinct citation lists one at a time, coding each citation as it comes (while the caller has it at
    /// hand: read again later, the citations would be far from the cache), and makes the <see cref="CitationColumns"/>
    /// at the end. Publication dates are interned in a table of the builder's own (so that another thread can fill
    /// the chronicle's date table meanwhile) and moved into the chronicle's at the end.
    /// </summary>
    /// <param name="actors">The actor table plain citations' sources are indexes into.</param>
    internal sealed class Builder(ActorTable actors)
    {
        private readonly List<int> _listStarts = [0];
        private readonly List<int> _codes = [];
        private readonly Dictionary<long, int> _plain = [];
        private readonly List<int> _sources = [];
        private readonly List<int> _days = [];
        private readonly List<Citation> _objects = [];
        private readonly EventColumns.Interned<FuzzyDate> _published = new(null);

        /// <summary>Adds the next list and says whether every citation's source is in the actor table.</summary>
        public bool Add(IReadOnlyList<Citation> list)
        {
            var sourcesKnown = true;
            for (var c = 0; c < list.Count; c++)
            {
                var citation = list[c];
                var known = actors.TryGetIndex(citation.Source, out var source);
                sourcesKnown &= known;
                if (known && citation is { Title: null, Url: null, Quote: null, Basis: null, Release: null })
                {
                    // A plain citation is its source and its date: equal ones have equal indexes. Multiplying by an
                    // odd number keeps keys distinct and spreads them over both halves, which the hash combines.
                    var date = _published.IndexOf(citation.Published);
                    var key = (long)((((ulong)source << 32) | (uint)date) * 0x9E37_79B9_7F4A_7C15UL);
                    if (!_plain.TryGetValue(key, out var index))
                    {
                        index = _sources.Count;
                        _plain.Add(key, index);
                        _sources.Add(source);
                        _days.Add(date);
                    }

                    _codes.Add(index);
                }
                else
                {
                    _codes.Add(~_objects.Count);
                    _objects.Add(citation);
                }
            }

            _listStarts.Add(_codes.Count);
            return sourcesKnown;
        }

        /// <summary>The lists added so far, column-wise, their publication dates interned into <paramref name="dates"/>.</summary>
        public CitationColumns Build(EventColumns.Interned<FuzzyDate> dates)
        {
            var moved = new int[_published.Count];
            for (var d = 0; d < moved.Length; d++)
            {
                moved[d] = dates.IndexOf(_published.ValueAt(d));
            }

            var days = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_days);
            for (var c = 0; c < days.Length; c++)
            {
                days[c] = moved[days[c]];
            }

            return new(
                [.. _listStarts],
                [.. _codes],
                PackedInts.Pack(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sources)),
                PackedInts.Pack(days),
                [.. _objects]);
        }
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
