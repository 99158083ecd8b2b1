using System.Collections;

namespace Diplomacy;

/// <summary>
/// The events of a chronicle in timeline order, held column-wise: a plain <see cref="CodedEvent"/> (no summary,
/// reported basis) is not kept as an object but as its id (packed as a prefix and a number when it is one, else as
/// text, see <see cref="TextIds"/>), an index into an interned table of dates, of citation lists, of codings and of
/// places, and actor indexes into the <see cref="ActorTable"/>. It is materialised, equal by value to the one stored,
/// when it is read. Every other event (the typed kinds, and coded events that are not plain or name an actor the
/// table does not hold) is kept as an object without its citations, which are held column-wise like a coded event's
/// and put back (in a copy of the record) when it is read.
/// </summary>
/// <remarks>
/// Each column is packed (<see cref="PackedInts"/>): a columnar event costs some 17 bytes here (an id prefix and
/// number, and six indexes, each in as few bytes as the column's values allow), against some 150 for the record, its
/// id string and its references. Reading one allocates the record and its id string; the interned values are shared.
/// </remarks>
internal sealed class EventColumns : IReadOnlyList<DiplomaticEvent>
{
    /// <summary>The id prefix of an event kept as an object; its id number column holds its slot.</summary>
    internal const int ObjectPrefix = -1;

    /// <summary>The id prefix of a columnar event whose id is not a known prefix and a number; its id number column holds its slot in the text ids.</summary>
    internal const int TextPrefix = -2;

    /// <summary>The events kept as objects, in position order (from a snapshot: read on first use).</summary>
    private readonly IReadOnlyList<DiplomaticEvent> _objectList;
    private readonly PackedInts _prefixColumn;
    private readonly PackedInts _numbers;
    private readonly TextIds _textIds;
    private readonly PackedInts _dates;
    private readonly PackedInts _citations;
    private readonly PackedInts _sources;
    private readonly PackedInts _targets;
    private readonly PackedInts _codings;
    private readonly PackedInts _places;
    private readonly IReadOnlyList<Actor> _actors;
    private readonly Interned<string> _prefixes;
    private readonly Interned<FuzzyDate> _dateTable;
    private readonly CitationColumns _citationLists;
    private readonly Interned<Coding> _codingTable;
    private readonly Interned<Place> _placeTable;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    /// <summary>
    /// Stores the events <paramref name="rows"/> has read, in timeline order: position p holds the event at input
    /// index <paramref name="order"/>[p]. Takes over the rows' interned tables.
    /// </summary>
    public EventColumns(EventRows rows, int[] order)
    {
        _actors = rows.Actors.All;
        (_prefixes, _dateTable, _codingTable, _placeTable) = (rows.Prefixes, rows.DateTable, rows.CodingTable, rows.PlaceTable);
        _prefixLookup = rows.PrefixLookup;
        var values = rows.Columns;
        var n = order.Length;
        var scratch = new int[n];
        var objects = new DiplomaticEvent[rows.Objects.Count];
        var texts = new List<string>();
        var slots = 0;
        for (var p = 0; p < n; p++)
        {
            var i = order[p];
            var prefix = values.Prefixes[i];
            if (prefix == ObjectPrefix)
            {
                objects[slots] = rows.Objects[values.Numbers[i]];
                scratch[p] = slots++;
            }
            else if (prefix == TextPrefix)
            {
                scratch[p] = texts.Count;
                texts.Add(rows.Events[i].Id.Value);
            }
            else
            {
                scratch[p] = values.Numbers[i];
            }
        }

        _objectList = objects;
        _textIds = TextIds.Of(texts);
        _numbers = PackedInts.Pack(scratch);
        _prefixColumn = Gather(values.Prefixes);
        _dates = Gather(values.Dates);
        _citations = Gather(values.Citations);
        _sources = Gather(values.Sources);
        _targets = Gather(values.Targets);
        _codings = Gather(values.Codings);
        _places = Gather(values.Places);

        _prefixes.Freeze(keepIndexes: true);
        _citationLists = rows.CitationLists.Build(_dateTable);
        _dateTable.Freeze(keepIndexes: false);
        _codingTable.Freeze(keepIndexes: false);
        _placeTable.Freeze(keepIndexes: false);

        PackedInts Gather(int[] byInput)
        {
            for (var p = 0; p < n; p++)
            {
                scratch[p] = byInput[order[p]];
            }

            return PackedInts.Pack(scratch);
        }
    }

    private EventColumns(ISnapshotReader reader, string prefix, ActorTable actors, int n)
    {
        _actors = actors.All;
        _prefixColumn = PackedInts.Load(reader, prefix + "id-prefixes", n);
        _numbers = PackedInts.Load(reader, prefix + "id-numbers", n);
        _textIds = reader.Version >= 3 ? TextIds.Load(reader, prefix) : TextIds.Empty;
        _dates = PackedInts.Load(reader, prefix + "dates", n);
        _citations = PackedInts.Load(reader, prefix + "citations", n);
        _sources = PackedInts.Load(reader, prefix + "sources", n);
        _targets = PackedInts.Load(reader, prefix + "targets", n);
        _codings = PackedInts.Load(reader, prefix + "codings", n);
        _places = PackedInts.Load(reader, prefix + "places", n);
        (_prefixes, _dateTable, _codingTable, _placeTable) = (new(StringComparer.Ordinal), new(null), new(null), new(null));
        _prefixes.Load(reader.ReadModels<string>(prefix + "table.prefixes"), keepIndexes: true);
        _prefixLookup = _prefixes.Indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        _dateTable.Load(reader.ReadModels<FuzzyDate>(prefix + "table.dates"), keepIndexes: false);
        _codingTable.Load(reader.ReadModels<Coding>(prefix + "table.codings"), keepIndexes: false);
        _placeTable.Load(reader.ReadModels<Place>(prefix + "table.places"), keepIndexes: false);
        _citationLists = CitationColumns.Load(reader, prefix, actors.Count, _dateTable.Values.Length);
        _objectList = reader.ReadModelsOnDemand<DiplomaticEvent>(prefix + "objects");
        var slots = 0;
        var textSlots = 0;
        for (var p = 0; p < n; p++)
        {
            if ((uint)_citations[p] >= (uint)_citationLists.Count)
            {
                throw reader.Inconsistent(prefix + "citations", $"the event at position {p} points outside the citation lists.");
            }

            if (_prefixColumn[p] == ObjectPrefix)
            {
                if (_numbers[p] != slots++)
                {
                    throw reader.Inconsistent(prefix + "id-numbers", $"the event at position {p} is kept as an object but does not point at the next one.");
                }

                continue;
            }

            if (_prefixColumn[p] == TextPrefix && _numbers[p] != textSlots++)
            {
                throw reader.Inconsistent(prefix + "id-numbers", $"the event at position {p} has a text id but does not point at the next one.");
            }

            if ((_prefixColumn[p] != TextPrefix && (uint)_prefixColumn[p] >= (uint)_prefixes.Count) || _numbers[p] < 0 || (uint)_dates[p] >= (uint)_dateTable.Values.Length
                || (uint)_citations[p] >= (uint)_citationLists.Count || (uint)_sources[p] >= (uint)actors.Count
                || (uint)_targets[p] > (uint)actors.Count || (uint)_codings[p] >= (uint)_codingTable.Values.Length
                || (uint)_places[p] > (uint)_placeTable.Values.Length)
            {
                throw reader.Inconsistent(prefix + "id-prefixes", $"the event at position {p} points outside the tables.");
            }
        }

        if (slots != _objectList.Count)
        {
            throw reader.Inconsistent(prefix + "objects", $"{_objectList.Count} events for {slots} positions kept as objects.");
        }

        if (textSlots != _textIds.Count)
        {
            throw reader.Inconsistent(prefix + "text-ids.starts", $"{_textIds.Count} text ids for {textSlots} positions that have one.");
        }
    }

    /// <summary>How many events are stored.</summary>
    public int Count => _numbers.Length;

    /// <summary>The bytes the columns hold (not the interned tables or the events kept as objects).</summary>
    public long ColumnBytes =>
        _prefixColumn.Bytes + _numbers.Bytes + _dates.Bytes + _citations.Bytes + _sources.Bytes + _targets.Bytes + _codings.Bytes + _places.Bytes + _textIds.Bytes;

    /// <summary>Reads columns that <see cref="Save"/> wrote, for <paramref name="count"/> events whose actors are <paramref name="actors"/>.</summary>
    public static EventColumns Load(ISnapshotReader reader, string prefix, ActorTable actors, int count) => new(reader, prefix, actors, count);

    /// <summary>Writes the columns to a snapshot: each column packed, the tables and the stored objects as models.</summary>
    public void Save(ISnapshotWriter writer, string prefix)
    {
        _prefixColumn.Save(writer, prefix + "id-prefixes");
        _numbers.Save(writer, prefix + "id-numbers");
        _textIds.Save(writer, prefix);
        _dates.Save(writer, prefix + "dates");
        _citations.Save(writer, prefix + "citations");
        _sources.Save(writer, prefix + "sources");
        _targets.Save(writer, prefix + "targets");
        _codings.Save(writer, prefix + "codings");
        _places.Save(writer, prefix + "places");
        writer.WriteModels(prefix + "table.prefixes", _prefixes.Values);
        writer.WriteModels(prefix + "table.dates", _dateTable.Values);
        writer.WriteModels(prefix + "table.codings", _codingTable.Values);
        writer.WriteModels(prefix + "table.places", _placeTable.Values);
        _citationLists.Save(writer, prefix);
        writer.WriteModels(prefix + "objects", _objectList);
    }

    /// <summary>The event at a position, materialised when it is stored column-wise.</summary>
    public DiplomaticEvent this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Positions run from 0 to {Count - 1}.");
            }

            var idPrefix = _prefixColumn[index];
            if (idPrefix == ObjectPrefix)
            {
                return _objectList[_numbers[index]] with { Citations = _citationLists.List(_citations[index], _actors, _dateTable.Values) };
            }

            var id = idPrefix == TextPrefix
                ? _textIds[_numbers[index]]
                : new EventId(_prefixes.Values[idPrefix] + _numbers[index].ToString(System.Globalization.CultureInfo.InvariantCulture));
            var target = _targets[index];
            var place = _places[index];
            return new CodedEvent(id, _dateTable.Values[_dates[index]], _citationLists.List(_citations[index], _actors, _dateTable.Values), _actors[_sources[index]].Id, _codingTable.Values[_codings[index]])
            {
                Target = target == 0 ? (ActorId?)null : _actors[target - 1].Id,
                Location = place == 0 ? null : _placeTable.Values[place - 1],
            };
        }
    }

    /// <summary>The evidence basis of the event at a position, without materialising it.</summary>
    public EvidenceBasis BasisAt(int position) =>
        _prefixColumn[position] == ObjectPrefix ? _objectList[_numbers[position]].Basis : EvidenceBasis.Reported;

    /// <summary>Whether the date of the event at a position has an open end, without materialising the event.</summary>
    public bool HasOpenEndAt(int position) =>
        _prefixColumn[position] == ObjectPrefix ? _objectList[_numbers[position]].When.HasOpenEnd : _dateTable.Values[_dates[position]].HasOpenEnd;

    /// <summary>The kind of the event at a position, without materialising it when it is stored column-wise.</summary>
    public EventKind KindAt(int position) =>
        _prefixColumn[position] == ObjectPrefix ? _objectList[_numbers[position]].Kind : EventKind.CodedEvent;

    /// <summary>True when the event at <paramref name="position"/> has the id <paramref name="id"/>.</summary>
    public bool HasId(int position, EventId id) => HasId(position, id, KeyOf(id));

    /// <summary>
    /// True when the event at <paramref name="position"/> has the id <paramref name="id"/>, whose
    /// <see cref="KeyOf"/> is <paramref name="key"/>: a number comparison unless the event is kept as an object.
    /// </summary>
    public bool HasId(int position, EventId id, IdKey key)
    {
        var idPrefix = _prefixColumn[position];
        if (idPrefix == ObjectPrefix)
        {
            return _objectList[_numbers[position]].Id == id;
        }

        if (idPrefix == TextPrefix)
        {
            return _textIds.Is(_numbers[position], id.Value);
        }

        return key.Packed && key.Prefix == idPrefix && _numbers[position] == key.Number;
    }

    /// <summary>An id as this storage packs it (prefix index and number), or not packed when it cannot be.</summary>
    public IdKey KeyOf(EventId id) =>
        TryPack(id.Value, out var prefix, out var number) ? new IdKey(true, prefix, number) : default;

    /// <inheritdoc/>
    public IEnumerator<DiplomaticEvent> GetEnumerator()
    {
        for (var p = 0; p < Count; p++)
        {
            yield return this[p];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Splits an id whose prefix is already interned into the prefix's index and its number. Only ids whose number
    /// has no leading zero (or is "0") and fits in 31 bits split, so that joining them gives the same text.
    /// </summary>
    private bool TryPack(string text, out int prefix, out int number) => TryPack(_prefixLookup, text, out prefix, out number);

    /// <summary>Splits an id whose prefix is in <paramref name="prefixes"/>; see <see cref="TryPack(string, out int, out int)"/>.</summary>
    internal static bool TryPack(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> prefixes, string text, out int prefix, out int number)
    {
        number = 0;
        var split = DigitsStart(text);
        if (split < 0 || !prefixes.TryGetValue(text.AsSpan(0, split), out prefix))
        {
            prefix = 0;
            return false;
        }

        var value = 0L;
        for (var i = split; i < text.Length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        if (value > int.MaxValue)
        {
            return false;
        }

        number = (int)value;
        return true;
    }

    /// <summary>
    /// Where the trailing decimal number of an id starts, or -1 when it has none, has a leading zero, or has more
    /// than ten digits.
    /// </summary>
    internal static int DigitsStart(string text)
    {
        var split = text.Length;
        while (split > 0 && char.IsAsciiDigit(text[split - 1]))
        {
            split--;
        }

        var digits = text.Length - split;
        if (digits == 0 || digits > 10 || (digits > 1 && text[split] == '0'))
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

        /// <summary>The value with an index, while building or after.</summary>
        public T ValueAt(int index) => _building is null ? Values[index] : _building[index];

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

/// <summary>An event id taken apart once for <see cref="EventColumns.HasId(int, EventId, IdKey)"/>.</summary>
/// <param name="Packed">Whether the id is a prefix this storage knows and a number.</param>
/// <param name="Prefix">The prefix's index.</param>
/// <param name="Number">The number.</param>
internal readonly record struct IdKey(bool Packed, int Prefix, int Number);
