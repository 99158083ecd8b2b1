using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Diplomacy;

/// <summary>
/// Everything storage needs from each event, read once in the order the events were given (which is, for events made
/// by an import or a generator, mostly the order they lie in memory): day numbers, kind, actor indexes, the id's hash
/// and sort key, and what <see cref="EventColumns"/> keeps of it. Sorting and building the columns and indexes then
/// read these numbers in timeline order instead of going back to a million objects scattered over the heap.
/// </summary>
/// <remarks>
/// <para>The arrays are indexed by the event's place in the input, not its position in the timeline.</para>
/// <para>Reading is split in two passes that share nothing they write, run side by side on a large input: one reads
/// dates and citations and interns the values a columnar event points to (each distinct date's days and each distinct
/// citation list's first known day are worked out once); the other reads ids, kinds and actors and decides which
/// events are stored column-wise.</para>
/// <para>Reading checks the plain coded events as it goes (see <see cref="Vouched"/>) but validates nothing else: an
/// actor the table does not hold may make it throw, and the validator is what reports the problem.</para>
/// </remarks>
internal sealed class EventRows
{
    /// <summary>
    /// Reads every event of <paramref name="events"/>, whose actors are all in <paramref name="actors"/>, on two threads
    /// when the input is large and <paramref name="concurrently"/> (see <see cref="Concurrently"/>).
    /// </summary>
    public EventRows(DiplomaticEvent[] events, ActorTable actors, bool concurrently = true)
    {
        Events = events;
        Actors = actors;
        var n = events.Length;
        Earliest = new int[n];
        Latest = new int[n];
        Known = new int[n];
        Kinds = new byte[n];
        IdKeys = new ulong[n];
        _idSlots = n == 0 ? [] : new ulong[checked((int)Math.Min(Array.MaxLength, (n * 5L / 4) + 1))];
        Vouched = new bool[n];
        Columns = new ColumnValues(n);
        ActorStarts = new int[n + 1];
        PrefixLookup = Prefixes.Indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        CitationLists = new CitationColumns.Builder(actors);
        var (sound, actorKeys) = Concurrently.Run(concurrently ? n : 0, ReadCitations, ReadDatesIdsAndActors);
        ActorKeys = actorKeys;
        for (var i = 0; i < n; i++)
        {
            if (!(Vouched[i] &= sound[i]))
            {
                Unvouched.Add(events[i]);
            }
        }
    }

    /// <summary>Each event's input index + 1 in the low half and its id's hash in the high half, filed under the hash (open addressing, linear probing); 0 is empty.</summary>
    private readonly ulong[] _idSlots;

    /// <summary>The events as given.</summary>
    public DiplomaticEvent[] Events { get; }

    /// <summary>The actor table the actor indexes point into.</summary>
    public ActorTable Actors { get; }

    /// <summary>Day number of each event's earliest possible day.</summary>
    public int[] Earliest { get; }

    /// <summary>Day number of each event's latest possible day.</summary>
    public int[] Latest { get; }

    /// <summary>Day number of each event's <see cref="DiplomaticEvent.FirstKnown"/>.</summary>
    public int[] Known { get; }

    /// <summary>Day number of each event's <see cref="DiplomaticEvent.FirstReleased"/>, else its known day; null when no event has one.</summary>
    public int[]? Released { get; private set; }

    /// <summary>Each event's <see cref="EventKind"/>.</summary>
    public byte[] Kinds { get; }

    /// <summary>Each event's <see cref="OrderKey"/>.</summary>
    public ulong[] IdKeys { get; }

    /// <summary>The actor indexes of the event at input index i: <c>ActorKeys[ActorStarts[i]..ActorStarts[i + 1]]</c>, distinct, in role order.</summary>
    public int[] ActorStarts { get; }

    /// <inheritdoc cref="ActorStarts"/>
    public int[] ActorKeys { get; }

    /// <summary>What <see cref="EventColumns"/> keeps of each event; for one kept as an object, its index in <see cref="Objects"/>.</summary>
    public ColumnValues Columns { get; }

    /// <summary>
    /// Whether each event was checked while it was read and passes every rule <see cref="ChronicleValidator"/> applies
    /// to a single event: a plain coded event stored column-wise, dated, with citations, every actor and source in the
    /// table. Only the ids of such events remain to be checked (see <see cref="HasDuplicateIds"/>).
    /// </summary>
    public bool[] Vouched { get; }

    /// <summary>The events not <see cref="Vouched"/> for, in input order.</summary>
    public List<DiplomaticEvent> Unvouched { get; } = [];

    /// <summary>True when two events have the same id.</summary>
    public bool HasDuplicateIds { get; private set; }

    /// <summary>The events kept as objects (without their citations), in input order.</summary>
    public List<DiplomaticEvent> Objects { get; } = [];

    /// <summary>The id prefixes of columnar events.</summary>
    public EventColumns.Interned<string> Prefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every event's date (and, once the columns are built, every plain citation's publication date).</summary>
    public EventColumns.Interned<FuzzyDate> DateTable { get; } = new(null);

    /// <summary>
    /// The distinct citation lists, each with its index and what every event citing it shares (kept in the entry
    /// itself: a separate table would cost every event one more read far away in memory).
    /// </summary>
    private readonly Dictionary<ValueList<Citation>, ListFacts> _citationLists = [];

    /// <summary>The distinct citation lists, coded as they are first met (while their citations are at hand).</summary>
    public CitationColumns.Builder CitationLists { get; }

    /// <summary>The distinct codings of plain coded events.</summary>
    public EventColumns.Interned<Coding> CodingTable { get; } = new(null);

    /// <summary>The distinct places of plain coded events.</summary>
    public EventColumns.Interned<Place> PlaceTable { get; } = new(null);

    /// <summary>Looks prefixes up by span.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; }

    /// <summary>How many events were read.</summary>
    public int Count => Earliest.Length;

    /// <summary>
    /// The first nine characters of an id, seven bits each, packed so that where two keys differ they order the ids
    /// as <see cref="string.CompareOrdinal(string, string)"/> does; equal keys leave the order to the full text.
    /// A character past the end counts 0, one below 126 counts its code plus one, any other 127 and ends the key.
    /// </summary>
    public static ulong OrderKey(string id)
    {
        var key = 0UL;
        var ended = false;
        for (var c = 0; c < 9; c++)
        {
            var value = 0UL;
            if (!ended && c < id.Length)
            {
                var ch = id[c];
                value = ch < 126 ? ch + 1UL : 127UL;
                ended = value == 127;
            }

            key = (key << 7) | value;
        }

        return key;
    }

    /// <summary>
    /// The <see cref="Vouched"/> events as a chronicle that already holds them, to check the others against (see
    /// <see cref="ChronicleValidator.Validate(IReadOnlyList{Actor}, IReadOnlyList{DiplomaticEvent}, ChronicleValidator.IExisting)"/>):
    /// no actors, no office changes, and the vouched events by id.
    /// </summary>
    public ChronicleValidator.IExisting AsChecked() => new CheckedEvents(this);

    /// <summary>The input index of the event with this id, or -1 (the first read of several with the same id).</summary>
    public int IndexOf(EventId id)
    {
        if (id.IsDefault || _idSlots.Length == 0)
        {
            return -1;
        }

        var hash = EventIdTable.HashOf(id.Value);
        for (var slot = EventIdTable.SlotOf(hash, _idSlots.Length); _idSlots[slot] != 0; slot = slot + 1 == _idSlots.Length ? 0 : slot + 1)
        {
            var entry = _idSlots[slot];
            var i = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && Events[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The id table with each input index turned into a position (position p holds the event at input index
    /// <paramref name="order"/>[p]): position + 1 per slot, 0 for an empty one (see <see cref="EventIdTable"/>).
    /// </summary>
    public int[] IdSlotsByPosition(int[] order)
    {
        var position = new int[order.Length];
        for (var p = 0; p < order.Length; p++)
        {
            position[order[p]] = p;
        }

        var slots = new int[_idSlots.Length];
        for (var s = 0; s < slots.Length; s++)
        {
            var entry = (uint)_idSlots[s];
            slots[s] = entry == 0 ? 0 : position[entry - 1] + 1;
        }

        return slots;
    }

    /// <summary>
    /// Citations: first known and released days, and the citation lists, interned and coded. Returns, per event,
    /// whether the rules read here hold (cited, every source in the actor table).
    /// </summary>
    private bool[] ReadCitations()
    {
        var sound = new bool[Events.Length];
        for (var i = 0; i < Events.Length; i++)
        {
            var e = Events[i];
            var citations = e.Citations;
            var key = citations as ValueList<Citation> ?? ValueList<Citation>.From(citations);
            ref var facts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_citationLists, key, out var exists);
            if (!exists)
            {
                facts = ReadList(citations, _citationLists.Count - 1);
            }

            Columns.Citations[i] = facts.Index;
            var (known, released, sourcesKnown) = (facts.Known, facts.Released, facts.SourcesKnown);
            Known[i] = known;
            if (released != NoRelease)
            {
                if (Released is null)
                {
                    Released = new int[Known.Length];
                    Array.Copy(Known, Released, i);
                }

                Released[i] = released;
            }
            else if (Released is not null)
            {
                Released[i] = known;
            }

            sound[i] = sourcesKnown && citations.Count > 0;
        }

        return sound;
    }

    /// <summary>
    /// What every event citing a list shares: its first known day, its first release day, whether every source is in
    /// the actor table. Codes the list into <see cref="CitationLists"/> on the way.
    /// </summary>
    private ListFacts ReadList(IReadOnlyList<Citation> citations, int index)
    {
        var known = Days.Of(LocalDate.MaxIsoValue);
        LocalDate? released = null;
        var sourcesKnown = CitationLists.Add(citations);
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            known = Math.Min(known, Days.Of(citation.Published.Latest));
            if (citation.Release is { } release && (released is not { } r || release.Published < r))
            {
                released = release.Published;
            }
        }

        return new ListFacts(index, known, released is { } day ? Days.Of(day) : NoRelease, sourcesKnown);
    }

    /// <summary>The release day of a citation list none of whose citations names a release.</summary>
    private const int NoRelease = int.MinValue;

    /// <summary>A distinct citation list: its index, its first known day, its first release day (<see cref="NoRelease"/> for none), whether every source is in the actor table.</summary>
    private readonly record struct ListFacts(int Index, int Known, int Released, bool SourcesKnown);

    /// <summary>
    /// Dates, kinds, ids and actors: day numbers (worked out once per distinct date) and interned dates; each id's order key, filed under its hash (noting any id given twice in
    /// <see cref="HasDuplicateIds"/>); which events are stored column-wise, with their packed ids, actor indexes,
    /// codings and places (and whether the date has an end and the place's country is in the actor table); the
    /// others kept as objects.
    /// Returns the actor keys.
    /// </summary>
    private int[] ReadDatesIdsAndActors()
    {
        var actorKeys = new List<int>(Events.Length * 2);
        var dateDays = new List<(int Earliest, int Latest, bool Open)>();
        var ids = new ulong[Events.Length];
        var idCount = 0;
        for (var i = 0; i < Events.Length; i++)
        {
            var e = Events[i];
            var when = e.When;
            var date = DateTable.IndexOf(when);
            Columns.Dates[i] = date;
            if (date == dateDays.Count)
            {
                dateDays.Add((Days.Of(when.Earliest), Days.Of(when.Latest), when.HasOpenStart && when.HasOpenEnd));
            }

            var (earliest, latest, open) = dateDays[date];
            (Earliest[i], Latest[i]) = (earliest, latest);
            Kinds[i] = (byte)e.Kind;
            if (!e.Id.IsDefault)
            {
                var id = e.Id.Value;
                IdKeys[i] = OrderKey(id);
                ids[idCount++] = ((ulong)EventIdTable.HashOf(id) << 32) | (uint)(i + 1);
            }

            if (TryStore(e, i, out var source, out var target))
            {
                Vouched[i] = !open && (((CodedEvent)e).Location?.Country is not { } country || Actors.TryGetIndex(country, out _));
                actorKeys.Add(source);
                if (target >= 0 && target != source)
                {
                    actorKeys.Add(target);
                }
            }
            else
            {
                Columns.Prefixes[i] = EventColumns.ObjectPrefix;
                Columns.Numbers[i] = Objects.Count;
                Objects.Add(e with { Citations = ValueList<Citation>.Empty });
                AddActors(e, actorKeys);
            }

            ActorStarts[i + 1] = actorKeys.Count;
        }

        FileIds(ids.AsSpan(0, idCount));
        return [.. actorKeys];
    }

    /// <summary>
    /// Files the ids (each its hash in the high half and input index + 1 in the low half) in the id table. They are
    /// first put in order of their hash's top 16 bits (a counting sort that keeps input order within each), so that
    /// the home slots (which grow with the hash) are visited from one end of the table to the other instead of at
    /// random: with millions of events, each random visit would be a cache miss.
    /// </summary>
    private void FileIds(ReadOnlySpan<ulong> ids)
    {
        const int Shift = 64 - 16;
        var starts = new int[(1 << 16) + 1];
        foreach (var entry in ids)
        {
            starts[(int)(entry >> Shift) + 1]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        var ordered = new ulong[ids.Length];
        foreach (var entry in ids)
        {
            ordered[starts[(int)(entry >> Shift)]++] = entry;
        }

        foreach (var entry in ordered)
        {
            FileId(entry);
        }
    }

    /// <summary>Files one id (see <see cref="FileIds"/>), noting it in <see cref="HasDuplicateIds"/> when it is there already.</summary>
    private void FileId(ulong filed)
    {
        var hash = (uint)(filed >> 32);
        var slot = EventIdTable.SlotOf(hash, _idSlots.Length);
        for (ulong entry; (entry = _idSlots[slot]) != 0; slot = slot + 1 == _idSlots.Length ? 0 : slot + 1)
        {
            // The texts are compared (which reads the events) only when the hashes are equal.
            if ((uint)(entry >> 32) == hash
                && string.Equals(Events[(int)(uint)entry - 1].Id.Value, Events[(int)(uint)filed - 1].Id.Value, StringComparison.Ordinal))
            {
                HasDuplicateIds = true;
            }
        }

        _idSlots[slot] = filed;
    }

    /// <summary>The event as a plain coded event (exactly that type, no summary, a reported basis), or null.</summary>
    private static CodedEvent? IsPlainCoded(DiplomaticEvent e) =>
        e is CodedEvent coded && coded.GetType() == typeof(CodedEvent) && coded.Summary is null && coded.Basis == EvidenceBasis.Reported
            ? coded
            : null;

    /// <summary>
    /// Stores a plain coded event whose actors are in the table column-wise (see <see cref="EventColumns"/>), its id
    /// packed when it is a prefix and a number and kept as text otherwise; false when it is to be kept as an object.
    /// </summary>
    private bool TryStore(DiplomaticEvent e, int i, out int source, out int target)
    {
        target = -1;
        source = -1;
        if (IsPlainCoded(e) is not { } coded || !Actors.TryGetIndex(coded.Source, out source)
            || (coded.Target is { } t && !Actors.TryGetIndex(t, out target)))
        {
            return false;
        }

        var id = coded.Id.Value;
        if (!EventColumns.TryPack(PrefixLookup, id, out var idPrefix, out var number))
        {
            var split = EventColumns.DigitsStart(id);
            if (split >= 0)
            {
                Prefixes.IndexOf(id[..split]);
            }

            if (split < 0 || !EventColumns.TryPack(PrefixLookup, id, out idPrefix, out number))
            {
                (idPrefix, number) = (EventColumns.TextPrefix, 0);
            }
        }

        Columns.Prefixes[i] = idPrefix;
        Columns.Numbers[i] = number;
        Columns.Sources[i] = source;
        Columns.Targets[i] = target + 1;
        Columns.Codings[i] = CodingTable.IndexOf(coded.Coding);
        Columns.Places[i] = coded.Location is { } place ? PlaceTable.IndexOf(place) + 1 : 0;
        return true;
    }

    /// <summary>Adds the indexes of an event's actors (see <see cref="DiplomaticEvent.Actors"/>).</summary>
    private void AddActors(DiplomaticEvent e, List<int> keys)
    {
        var actors = e.Actors;
        for (var a = 0; a < actors.Count; a++)
        {
            if (!Actors.TryGetIndex(actors[a], out var index))
            {
                throw new InvalidOperationException($"Event '{e.Id}' names actor '{actors[a]}', which the chronicle does not hold; validate before storing.");
            }

            keys.Add(index);
        }
    }

    /// <summary>See <see cref="AsChecked"/>.</summary>
    private sealed class CheckedEvents(EventRows rows) : ChronicleValidator.IExisting
    {
        public bool TryGetActor(ActorId id, [NotNullWhen(true)] out Actor? actor)
        {
            actor = null;
            return false;
        }

        public bool TryGetEvent(EventId id, [NotNullWhen(true)] out DiplomaticEvent? diplomaticEvent)
        {
            var i = rows.IndexOf(id);
            diplomaticEvent = i >= 0 && rows.Vouched[i] ? rows.Events[i] : null;
            return diplomaticEvent is not null;
        }

        public IEnumerable<OfficeChange> OfficeChangesOf(ActorId person) => [];
    }

    /// <summary>The column values of each event while they are gathered, in input order, before they are put in timeline order and packed.</summary>
    internal sealed class ColumnValues(int n)
    {
        public int[] Prefixes { get; } = new int[n];

        public int[] Numbers { get; } = new int[n];

        public int[] Dates { get; } = new int[n];

        public int[] Citations { get; } = new int[n];

        public int[] Sources { get; } = new int[n];

        public int[] Targets { get; } = new int[n];

        public int[] Codings { get; } = new int[n];

        public int[] Places { get; } = new int[n];
    }
}
