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
    /// <summary>Reads every event of <paramref name="events"/>, whose actors are all in <paramref name="actors"/>.</summary>
    public EventRows(DiplomaticEvent[] events, ActorTable actors)
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
        Columns = new ColumnValues(n);
        ActorStarts = new int[n + 1];
        var actorKeys = new List<int>(n * 2);
        PrefixLookup = Prefixes.Indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            var when = e.When;
            Earliest[i] = Days.Of(when.Earliest);
            Latest[i] = Days.Of(when.Latest);
            Kinds[i] = (byte)e.Kind;
            var id = e.Id.Value;
            IdHashes[i] = EventIdTable.HashOf(id);
            IdKeys[i] = OrderKey(id);
            Columns.Dates[i] = DateTable.IndexOf(when);
            ReadCitations(e, i);
            if (TryStore(e, i, id, out var source, out var target))
            {
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

        ActorKeys = [.. actorKeys];
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

    /// <summary>The known day, the release day and the interned citation list of the event at input index <paramref name="i"/>.</summary>
    private void ReadCitations(DiplomaticEvent e, int i)
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

        Columns.Citations[i] = CitationTable.IndexOf(citations as ValueList<Citation> ?? ValueList<Citation>.From(citations));
    }

    /// <summary>Stores a plain coded event column-wise (see <see cref="EventColumns"/>); false when it is to be kept as an object.</summary>
    private bool TryStore(DiplomaticEvent e, int i, string id, out int source, out int target)
    {
        target = -1;
        source = -1;
        if (e is not CodedEvent coded || coded.GetType() != typeof(CodedEvent) || coded.Summary is not null
            || coded.Basis != EvidenceBasis.Reported || !Actors.TryGetIndex(coded.Source, out source)
            || (coded.Target is { } t && !Actors.TryGetIndex(t, out target)))
        {
            return false;
        }

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
