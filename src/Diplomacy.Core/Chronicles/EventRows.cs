using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Diplomacy;

/// <summary>
/// Everything storage needs from each event, read in one pass over the events in the order they were given (which
/// is, for events made by an import or a generator, mostly the order they lie in memory): day numbers, kind, actor
/// indexes, the id's hash and sort key, and what <see cref="EventColumns"/> keeps of it. Sorting and building the
/// columns and indexes then read these numbers in timeline order instead of going back to a million objects
/// scattered over the heap, several times each.
/// </summary>
/// <remarks>
/// The arrays are indexed by the event's place in the input, not its position in the timeline. Reading does not
/// validate: an actor the table does not hold makes it throw, and validation (which runs first, or beside it) is what
/// reports the problem.
/// </remarks>
internal sealed class EventRows
{
    /// <summary>
    /// Reads every event of <paramref name="events"/>, whose actors are all in <paramref name="actors"/>: the ids and
    /// days on one thread and the column values and actors on another when the input is large and
    /// <paramref name="concurrently"/> (see <see cref="Concurrently"/>).
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
        IdHashes = new uint[n];
        IdKeys = new ulong[n];
        IdSlots = n == 0 ? [] : new int[checked((int)Math.Min(Array.MaxLength, (n * 5L / 4) + 1))];
        Vouched = new bool[n];
        Columns = new ColumnValues(n);
        ActorStarts = new int[n + 1];
        PrefixLookup = Prefixes.Indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        (ActorKeys, _) = Concurrently.Run(concurrently ? n : 0, ReadValues, ReadIdsAndDays);
    }

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

    /// <summary>Each event's <see cref="EventIdTable.HashOf(string)"/>.</summary>
    public uint[] IdHashes { get; }

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

    /// <summary>Each event's input index + 1 filed under its id's hash (open addressing, linear probing); 0 is empty.</summary>
    public int[] IdSlots { get; }

    /// <summary>True when two events have the same id.</summary>
    public bool HasDuplicateIds { get; private set; }

    /// <summary>The events kept as objects (without their citations), in input order.</summary>
    public List<DiplomaticEvent> Objects { get; } = [];

    /// <summary>The id prefixes of columnar events.</summary>
    public EventColumns.Interned<string> Prefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every event's date, and every plain citation's publication date.</summary>
    public EventColumns.Interned<FuzzyDate> DateTable { get; } = new(null);

    /// <summary>The distinct citation lists.</summary>
    public EventColumns.Interned<ValueList<Citation>> CitationTable { get; } = new(null);

    /// <summary>The distinct codings of columnar events.</summary>
    public EventColumns.Interned<Coding> CodingTable { get; } = new(null);

    /// <summary>The distinct places of columnar events.</summary>
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
    /// The column values, the actors and whether each event is <see cref="Vouched"/> for; returns the actor keys.
    /// </summary>
    private int[] ReadValues()
    {
        var actorKeys = new List<int>(Events.Length * 2);
        var listSourcesKnown = new List<bool>();
        for (var i = 0; i < Events.Length; i++)
        {
            var e = Events[i];
            var when = e.When;
            Columns.Dates[i] = DateTable.IndexOf(when);
            var citations = e.Citations;
            var list = CitationTable.IndexOf(citations as ValueList<Citation> ?? ValueList<Citation>.From(citations));
            Columns.Citations[i] = list;
            if (list == listSourcesKnown.Count)
            {
                listSourcesKnown.Add(SourcesKnown(citations));
            }

            if (TryStore(e, i, out var source, out var target))
            {
                actorKeys.Add(source);
                if (target >= 0 && target != source)
                {
                    actorKeys.Add(target);
                }

                Vouched[i] = listSourcesKnown[list] && citations.Count > 0 && !(when.HasOpenStart && when.HasOpenEnd)
                    && (((CodedEvent)e).Location?.Country is not { } country || Actors.TryGetIndex(country, out _));
            }
            else
            {
                Columns.Prefixes[i] = EventColumns.ObjectPrefix;
                Columns.Numbers[i] = Objects.Count;
                Objects.Add(e with { Citations = ValueList<Citation>.Empty });
                AddActors(e, actorKeys);
            }

            if (!Vouched[i])
            {
                Unvouched.Add(e);
            }

            ActorStarts[i + 1] = actorKeys.Count;
        }

        return [.. actorKeys];
    }

    /// <summary>Whether every citation names a source in the actor table.</summary>
    private bool SourcesKnown(IReadOnlyList<Citation> citations)
    {
        for (var c = 0; c < citations.Count; c++)
        {
            if (!Actors.TryGetIndex(citations[c].Source, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Day numbers, kinds and ids: each id's hash and order key, filed in <see cref="IdSlots"/> (noting any id given
    /// twice in <see cref="HasDuplicateIds"/>).
    /// </summary>
    private int ReadIdsAndDays()
    {
        for (var i = 0; i < Events.Length; i++)
        {
            var e = Events[i];
            var when = e.When;
            Earliest[i] = Days.Of(when.Earliest);
            Latest[i] = Days.Of(when.Latest);
            Kinds[i] = (byte)e.Kind;
            ReadKnown(e, i);
            if (e.Id.IsDefault)
            {
                continue;
            }

            var id = e.Id.Value;
            var hash = EventIdTable.HashOf(id);
            IdHashes[i] = hash;
            IdKeys[i] = OrderKey(id);
            var slot = EventIdTable.SlotOf(hash, IdSlots.Length);
            for (int entry; (entry = IdSlots[slot]) != 0; slot = slot + 1 == IdSlots.Length ? 0 : slot + 1)
            {
                if (IdHashes[entry - 1] == hash && string.Equals(Events[entry - 1].Id.Value, id, StringComparison.Ordinal))
                {
                    HasDuplicateIds = true;
                }
            }

            IdSlots[slot] = i + 1;
        }

        return 0;
    }

    /// <summary>
    /// The <see cref="Vouched"/> events as a chronicle that already holds them, to check the others against (see
    /// <see cref="ChronicleValidator.Validate(IReadOnlyList{Actor}, IReadOnlyList{DiplomaticEvent}, ChronicleValidator.IExisting)"/>):
    /// no actors, no office changes, and the vouched events by id.
    /// </summary>
    public ChronicleValidator.IExisting AsChecked() => new CheckedEvents(this);

    /// <summary>
    /// The input index of the event with this id, or -1, from <see cref="IdSlots"/> (after reading; the first of
    /// several with the same id).
    /// </summary>
    public int IndexOf(EventId id)
    {
        if (id.IsDefault || IdSlots.Length == 0)
        {
            return -1;
        }

        var hash = EventIdTable.HashOf(id.Value);
        for (var slot = EventIdTable.SlotOf(hash, IdSlots.Length); IdSlots[slot] != 0; slot = slot + 1 == IdSlots.Length ? 0 : slot + 1)
        {
            var i = IdSlots[slot] - 1;
            if (IdHashes[i] == hash && Events[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The known day and the release day of the event at input index <paramref name="i"/>.</summary>
    private void ReadKnown(DiplomaticEvent e, int i)
    {
        var citations = e.Citations;
        var known = int.MaxValue;
        LocalDate? released = null;
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            known = Math.Min(known, Days.Of(citation.Published.Latest));
            if (citation.Release is { } release && (released is not { } r || release.Published < r))
            {
                released = release.Published;
            }
        }

        Known[i] = citations.Count == 0 ? Days.Of(e.FirstKnown) : known;
        if (released is { } day)
        {
            if (Released is null)
            {
                Released = new int[Known.Length];
                Array.Copy(Known, Released, i);
            }

            Released[i] = Days.Of(day);
        }
        else if (Released is not null)
        {
            Released[i] = Known[i];
        }
    }

    /// <summary>Stores a plain coded event column-wise (see <see cref="EventColumns"/>); false when it is to be kept as an object.</summary>
    private bool TryStore(DiplomaticEvent e, int i, out int source, out int target)
    {
        target = -1;
        source = -1;
        if (e is not CodedEvent coded || coded.GetType() != typeof(CodedEvent) || coded.Summary is not null
            || coded.Basis != EvidenceBasis.Reported || !Actors.TryGetIndex(coded.Source, out source)
            || (coded.Target is { } t && !Actors.TryGetIndex(t, out target)))
        {
            return false;
        }

        var id = coded.Id.Value;
        if (!EventColumns.TryPack(PrefixLookup, id, out var idPrefix, out var number))
        {
            var split = EventColumns.DigitsStart(id);
            if (split < 0)
            {
                return false;
            }

            Prefixes.IndexOf(id[..split]);
            if (!EventColumns.TryPack(PrefixLookup, id, out idPrefix, out number))
            {
                return false;
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
