namespace Diplomacy;

/// <summary>
/// The distinct citation lists of a chronicle's columnar events, held column-wise: each list is a slice of two
/// columns with one entry per citation. A plain citation (a source in the actor table, a publication date, nothing
/// else) is its source's actor index and its date's index in the date table; any other citation is kept as it is,
/// its entry a source of -1 and its index among the kept citations. A list is materialised, equal by value to the one
/// stored, when it is read.
/// </summary>
/// <remarks>
/// Equal plain citations in different lists are stored once per list rather than shared: an entry costs some four
/// bytes either way (a shared citation would need a code pointing to it), and building needs no table of the
/// distinct citations, which with millions of events outgrows the caches.
/// </remarks>
internal sealed class CitationColumns
{
    private readonly int[] _listStarts;
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
        private readonly List<int> _sources = [];
        private readonly List<int> _dates = [];
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
                    _sources.Add(source);
                    _dates.Add(_published.IndexOf(citation.Published));
                }
                else
                {
                    _sources.Add(-1);
                    _dates.Add(_objects.Count);
                    _objects.Add(citation);
                }
            }

            _listStarts.Add(_sources.Count);
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

            var sources = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sources);
            var entries = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_dates);
            for (var e = 0; e < entries.Length; e++)
            {
                if (sources[e] >= 0)
                {
                    entries[e] = moved[entries[e]];
                }
            }

            return new([.. _listStarts], PackedInts.Pack(sources), PackedInts.Pack(entries), [.. _objects]);
        }
    }

    private CitationColumns(int[] listStarts, PackedInts sources, PackedInts dates, Citation[] objects)
    {
        _listStarts = listStarts;
        _sources = sources;
        _dates = dates;
        _objects = objects;
    }

    /// <summary>Writes the lists to a snapshot.</summary>
    public void Save(ISnapshotWriter writer, string prefix)
    {
        writer.Write(prefix + "citations.starts", _listStarts);
        writer.Write(prefix + "citations.count", [_sources.Length]);
        _sources.Save(writer, prefix + "citations.sources");
        _dates.Save(writer, prefix + "citations.dates");
        writer.WriteModels(prefix + "citations.objects", _objects);
    }

    /// <summary>
    /// Reads lists that <see cref="Save"/> wrote, checking every index against the tables it points into
    /// (<paramref name="actorCount"/> actors, <paramref name="dateCount"/> dates). Before format version 4 a list's
    /// entries were codes pointing to distinct plain citations (the sources and dates columns had one entry per
    /// distinct citation); such lists are read into this layout.
    /// </summary>
    public static CitationColumns Load(ISnapshotReader reader, string prefix, int actorCount, int dateCount)
    {
        var starts = reader.ReadInts(prefix + "citations.starts");
        var codes = reader.Version < 4 ? reader.ReadInts(prefix + "citations.codes") : null;
        var count = reader.ReadInts(prefix + "citations.count");
        if (count.Length != 1 || count[0] < 0)
        {
            throw reader.Inconsistent(prefix + "citations.count", "one count of citations, not negative, is expected.");
        }

        var sources = PackedInts.Load(reader, prefix + "citations.sources", count[0]);
        var dates = PackedInts.Load(reader, prefix + "citations.dates", count[0]);
        var objects = reader.ReadModels<Citation>(prefix + "citations.objects");
        if (codes is not null)
        {
            (sources, dates) = FromCodes(reader, prefix, codes, sources, dates, objects.Length);
        }

        Snapshot.CheckAscending(reader, prefix + "citations.starts", starts, sources.Length);
        for (var e = 0; e < sources.Length; e++)
        {
            var (source, date) = (sources[e], dates[e]);
            if (source < -1 || source >= actorCount)
            {
                throw reader.Inconsistent(prefix + "citations.sources", $"the citation at {e} points outside the {actorCount} actors.");
            }

            if (date < 0 || date >= (source < 0 ? objects.Length : dateCount))
            {
                throw reader.Inconsistent(
                    prefix + "citations.dates",
                    source < 0 ? $"the citation at {e} points outside the {objects.Length} kept citations." : $"the citation at {e} points outside the {dateCount} dates.");
            }
        }

        return new CitationColumns(starts, sources, dates, objects);
    }

    /// <summary>
    /// The entries of lists written before format version 4 (each a code: a distinct plain citation's index, or the
    /// complement of a kept citation's), as sources and dates per entry.
    /// </summary>
    private static (PackedInts Sources, PackedInts Dates) FromCodes(ISnapshotReader reader, string prefix, int[] codes, PackedInts plainSources, PackedInts plainDates, int objectCount)
    {
        var sources = new int[codes.Length];
        var dates = new int[codes.Length];
        for (var e = 0; e < codes.Length; e++)
        {
            var code = codes[e];
            if (code >= plainSources.Length || ~code >= objectCount)
            {
                throw reader.Inconsistent(prefix + "citations.codes", $"the citation code {code} points outside the tables.");
            }

            (sources[e], dates[e]) = code < 0 ? (-1, ~code) : (plainSources[code], plainDates[code]);
        }

        return (PackedInts.Pack(sources), PackedInts.Pack(dates));
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
            var source = _sources[start + i];
            var date = _dates[start + i];
            citations[i] = source < 0 ? _objects[date] : new Citation(actors[source].Id, dates[date]);
        }

        return ValueList<Citation>.From(citations);
    }
}
