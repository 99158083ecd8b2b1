using System.Collections;

namespace Diplomacy;

/// <summary>
/// The events of a chronicle in timeline order, held column-wise: a plain <see cref="CodedEvent"/> (no summary,
/// reported basis, an id that is a prefix plus a decimal number) is not kept as an object but as a packed id, an
/// index into an interned table of dates, of citation lists, of codings and of places, and actor indexes into the
/// <see cref="ActorTable"/>. It is materialised, equal by value to the one stored, when it is read. Every other
/// event (the typed kinds, and coded events that do not fit) is kept as it is.
/// </summary>
/// <remarks>
/// A columnar event costs 32 bytes here (an 8-byte id and six 4-byte indexes), against some 150 for the record, its
/// id string and its references. Reading one allocates the record and its id string; the interned values are shared.
/// </remarks>
internal sealed class EventColumns : IReadOnlyList<DiplomaticEvent>
{
    /// <summary>Bits of a packed id that hold the number; the bits above hold the prefix index.</summary>
    private const int NumberBits = 48;

    private const long MaxNumber = (1L << NumberBits) - 1;

    /// <summary>Where each event kept as an object sits in <see cref="_objectList"/>, by position.</summary>
    private readonly Dictionary<int, int> _objectSlots = [];

    /// <summary>The events kept as objects (from a snapshot: read on first use).</summary>
    private readonly IReadOnlyList<DiplomaticEvent> _objectList;
    private readonly long[] _ids;
    private readonly int[] _dates;
    private readonly int[] _citations;
    private readonly int[] _sources;
    private readonly int[] _targets;
    private readonly int[] _codings;
    private readonly int[] _places;
    private readonly IReadOnlyList<Actor> _actors;
    private readonly Interned<string> _prefixes = new(StringComparer.Ordinal);
    private readonly Interned<FuzzyDate> _dateTable = new(null);
    private readonly Interned<ValueList<Citation>> _citationTable = new(null);
    private readonly CitationColumns _citationLists;
    private readonly Interned<Coding> _codingTable = new(null);
    private readonly Interned<Place> _placeTable = new(null);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    /// <summary>Stores <paramref name="events"/> (validated, in timeline order); the array is not kept.</summary>
    public EventColumns(DiplomaticEvent[] events, ActorTable actors)
    {
        _actors = actors.All;
        _prefixLookup = _prefixes.Indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        var n = events.Length;
        _ids = new long[n];
        _dates = new int[n];
        _citations = new int[n];
        _sources = new int[n];
        _targets = new int[n];
        _codings = new int[n];
        _places = new int[n];
        var objects = new List<DiplomaticEvent>();
        for (var p = 0; p < n; p++)
        {
            if (!TryStore(p, events[p], actors))
            {
                _objectSlots.Add(p, objects.Count);
                objects.Add(events[p]);
            }
        }

        _objectList = [.. objects];

        _prefixes.Freeze(keepIndexes: true);
        _citationTable.Freeze(keepIndexes: false);
        _citationLists = new CitationColumns(_citationTable.Values, actors, _dateTable);
        _citationTable.Drop();
        _dateTable.Freeze(keepIndexes: false);
        _codingTable.Freeze(keepIndexes: false);
        _placeTable.Freeze(keepIndexes: false);
    }

    private EventColumns(ISnapshotReader reader, string prefix, ActorTable actors)
    {
        _actors = actors.All;
        _ids = reader.ReadLongs(prefix + "ids");
        var n = _ids.Length;
        _dates = Snapshot.CheckLength(reader, prefix + "dates", reader.ReadInts(prefix + "dates"), n);
        _citations = Snapshot.CheckLength(reader, prefix + "citations", reader.ReadInts(prefix + "citations"), n);
        _sources = Snapshot.CheckLength(reader, prefix + "sources", reader.ReadInts(prefix + "sources"), n);
        _targets = Snapshot.CheckLength(reader, prefix + "targets", reader.ReadInts(prefix + "targets"), n);
        _codings = Snapshot.CheckLength(reader, prefix + "codings", reader.ReadInts(prefix + "codings"), n);
        _places = Snapshot.CheckLength(reader, prefix + "places", reader.ReadInts(prefix + "places"), n);
        _prefixes.Load(reader.ReadModels<string>(prefix + "table.prefixes"), keepIndexes: true);
        _prefixLookup = _prefixes.Indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        _dateTable.Load(reader.ReadModels<FuzzyDate>(prefix + "table.dates"), keepIndexes: false);
        _codingTable.Load(reader.ReadModels<Coding>(prefix + "table.codings"), keepIndexes: false);
        _placeTable.Load(reader.ReadModels<Place>(prefix + "table.places"), keepIndexes: false);
        _citationLists = CitationColumns.Load(reader, prefix, actors.Count, _dateTable.Values.Length);
        var positions = reader.ReadInts(prefix + "objects.positions");
        _objectList = reader.ReadModelsOnDemand<DiplomaticEvent>(prefix + "objects");
        if (_objectList.Count != positions.Length)
        {
            throw reader.Inconsistent(prefix + "objects", $"{_objectList.Count} events for {positions.Length} positions.");
        }

        Snapshot.CheckIndexes(reader, prefix + "objects.positions", positions, n);
        _objectSlots = new Dictionary<int, int>(positions.Length);
        for (var i = 0; i < positions.Length; i++)
        {
            if (!_objectSlots.TryAdd(positions[i], i))
            {
                throw reader.Inconsistent(prefix + "objects.positions", $"the position {positions[i]} is listed twice.");
            }
        }

        for (var p = 0; p < n; p++)
        {
            if (_objectSlots.ContainsKey(p))
            {
                continue;
            }

            if ((ulong)(_ids[p] >>> NumberBits) >= (ulong)_prefixes.Count || (uint)_dates[p] >= (uint)_dateTable.Values.Length
                || (uint)_citations[p] >= (uint)_citationLists.Count || (uint)_sources[p] >= (uint)actors.Count
                || _targets[p] < -1 || _targets[p] >= actors.Count || (uint)_codings[p] >= (uint)_codingTable.Values.Length
                || _places[p] < -1 || _places[p] >= _placeTable.Values.Length)
            {
                throw reader.Inconsistent(prefix + "ids", $"the event at position {p} points outside the tables.");
            }
        }
    }

    /// <summary>How many events are stored.</summary>
    public int Count => _ids.Length;

    /// <summary>Reads columns that <see cref="Save"/> wrote, for events whose actors are <paramref name="actors"/>.</summary>
    public static EventColumns Load(ISnapshotReader reader, string prefix, ActorTable actors) => new(reader, prefix, actors);

    /// <summary>Writes the columns to a snapshot: each column as it is, the tables and the stored objects as models.</summary>
    public void Save(ISnapshotWriter writer, string prefix)
    {
        writer.Write(prefix + "ids", _ids);
        writer.Write(prefix + "dates", _dates);
        writer.Write(prefix + "citations", _citations);
        writer.Write(prefix + "sources", _sources);
        writer.Write(prefix + "targets", _targets);
        writer.Write(prefix + "codings", _codings);
        writer.Write(prefix + "places", _places);
        writer.WriteModels(prefix + "table.prefixes", _prefixes.Values);
        writer.WriteModels(prefix + "table.dates", _dateTable.Values);
        writer.WriteModels(prefix + "table.codings", _codingTable.Values);
        writer.WriteModels(prefix + "table.places", _placeTable.Values);
        _citationLists.Save(writer, prefix);
        int[] positions = [.. _objectSlots.Keys.Order()];
        writer.Write(prefix + "objects.positions", positions);
        writer.WriteModels(prefix + "objects", [.. positions.Select(p => _objectList[_objectSlots[p]])]);
    }

    /// <summary>The event at a position, materialised when it is stored column-wise.</summary>
    public DiplomaticEvent this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_ids.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Positions run from 0 to {_ids.Length - 1}.");
            }

            if (_objectSlots.TryGetValue(index, out var slot))
            {
                return _objectList[slot];
            }

            var packed = _ids[index];
            var id = new EventId(_prefixes.Values[(int)(packed >>> NumberBits)] + (packed & MaxNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var target = _targets[index];
            var place = _places[index];
            return new CodedEvent(id, _dateTable.Values[_dates[index]], _citationLists.List(_citations[index], _actors, _dateTable.Values), _actors[_sources[index]].Id, _codingTable.Values[_codings[index]])
            {
                Target = target < 0 ? (ActorId?)null : _actors[target].Id,
                Location = place < 0 ? null : _placeTable.Values[place],
            };
        }
    }

    /// <summary>The evidence basis of the event at a position, without materialising it.</summary>
    public EvidenceBasis BasisAt(int position) =>
        _objectSlots.TryGetValue(position, out var slot) ? _objectList[slot].Basis : EvidenceBasis.Reported;

    /// <summary>True when the event at <paramref name="position"/> has the id <paramref name="id"/>.</summary>
    public bool HasId(int position, EventId id)
    {
        if (_objectSlots.TryGetValue(position, out var slot))
        {
            return _objectList[slot].Id == id;
        }

        return TryPack(id.Value, out var packed) && _ids[position] == packed;
    }

    /// <inheritdoc/>
    public IEnumerator<DiplomaticEvent> GetEnumerator()
    {
        for (var p = 0; p < _ids.Length; p++)
        {
            yield return this[p];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool TryStore(int p, DiplomaticEvent e, ActorTable actors)
    {
        if (e is not CodedEvent coded || coded.GetType() != typeof(CodedEvent) || coded.Summary is not null
            || coded.Basis != EvidenceBasis.Reported || coded.Citations is not ValueList<Citation> citations
            || !actors.TryGetIndex(coded.Source, out var source))
        {
            return false;
        }

        var target = -1;
        if (coded.Target is { } t && !actors.TryGetIndex(t, out target))
        {
            return false;
        }

        var text = coded.Id.Value;
        if (!TryPack(text, out var packed))
        {
            var split = DigitsStart(text);
            if (split < 0 || _prefixes.Count >= (1 << (63 - NumberBits)))
            {
                return false;
            }

            _prefixes.IndexOf(text[..split]);
            if (!TryPack(text, out packed))
            {
                return false;
            }
        }

        _ids[p] = packed;
        _dates[p] = _dateTable.IndexOf(coded.When);
        _citations[p] = _citationTable.IndexOf(citations);
        _sources[p] = source;
        _targets[p] = target;
        _codings[p] = _codingTable.IndexOf(coded.Coding);
        _places[p] = coded.Location is { } place ? _placeTable.IndexOf(place) : -1;
        return true;
    }

    /// <summary>
    /// Packs an id whose prefix is already interned: prefix index above <see cref="NumberBits"/>, the number below.
    /// Only ids whose number has no leading zero (or is "0") and fits pack, so that unpacking gives the same text.
    /// </summary>
    private bool TryPack(string text, out long packed)
    {
        packed = 0;
        var split = DigitsStart(text);
        if (split < 0 || !_prefixLookup.TryGetValue(text.AsSpan(0, split), out var prefix))
        {
            return false;
        }

        var number = 0L;
        for (var i = split; i < text.Length; i++)
        {
            number = (number * 10) + (text[i] - '0');
        }

        packed = ((long)prefix << NumberBits) | number;
        return true;
    }

    /// <summary>
    /// Where the trailing decimal number of an id starts, or -1 when it has none, has a leading zero, or could
    /// exceed <see cref="MaxNumber"/> (more than 14 digits).
    /// </summary>
    private static int DigitsStart(string text)
    {
        var split = text.Length;
        while (split > 0 && char.IsAsciiDigit(text[split - 1]))
        {
            split--;
        }

        var digits = text.Length - split;
        if (digits == 0 || digits > 14 || (digits > 1 && text[split] == '0'))
        {
            return -1;
        }

        return split;
    }

    /// <summary>A table of distinct values, each with its index; equal values share one entry.</summary>
    internal sealed class Interned<T>(IEqualityComparer<T>? comparer)
        where T : notnull
    {
        private List<T>? _building = [];

        public Dictionary<T, int> Indexes { get; } = new(comparer);

        public T[] Values { get; private set; } = [];

        public int Count => _building is null ? Values.Length : Indexes.Count;

        public int IndexOf(T value)
        {
            if (!Indexes.TryGetValue(value, out var index))
            {
                index = Indexes.Count;
                Indexes.Add(value, index);
                _building!.Add(value);
            }

            return index;
        }

        /// <summary>Takes distinct values read from a snapshot, building the indexes only when asked to.</summary>
        public void Load(T[] values, bool keepIndexes)
        {
            _building = null;
            Values = values;
            if (keepIndexes)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    Indexes.TryAdd(values[i], i);
                }
            }
        }

        /// <summary>Forgets the values (once something else holds them).</summary>
        public void Drop()
        {
            Values = [];
            Indexes.Clear();
            Indexes.TrimExcess();
        }

        /// <summary>Ends building: the values become an array; the indexes are dropped unless still needed.</summary>
        public void Freeze(bool keepIndexes)
        {
            Values = [.. _building!];
            _building = null;
            if (!keepIndexes)
            {
                Indexes.Clear();
            }

            Indexes.TrimExcess();
        }
    }
}
