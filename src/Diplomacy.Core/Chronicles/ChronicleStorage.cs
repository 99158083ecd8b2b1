using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Diplomacy;

/// <summary>
/// Everything a <see cref="Chronicle"/> holds: one or more immutable segments (<see cref="ChronicleData"/>), each
/// with its own indexes, whose events together are the chronicle's. An append validates only the new actors and
/// events against what is stored and files them as a new small segment beside the others; segments of similar size
/// are merged (small merges at once, large ones on a background thread whose result a later append picks up), so an
/// append costs O(appended + merged) and a query reads a few segments.
/// </summary>
/// <remarks>
/// <para><b>Immutability.</b> A storage never changes: an append returns a new storage sharing the old segments.
/// Readers of the old chronicle never see the new events; readers of the new one see all of them.</para>
/// <para><b>Actors.</b> Every segment's actor table holds every actor known when it was made, so the newest
/// segment's table holds all of them; an empty segment survives only as the newest (an append of actors alone).</para>
/// <para><b>Merging</b> (size-tiered, like a log-structured merge tree): two neighbouring segments are merged when the
/// older is at most <see cref="MergePolicy.Factor"/> times the newer. A merge of up to
/// <see cref="MergePolicy.SyncLimit"/> events runs during the append; a larger one runs on a background thread, one at
/// a time, and the segments it covers stay as they are until an append finds it done. When more than
/// <see cref="MergePolicy.MaxSegments"/> segments pile up, an append waits for the running merge.</para>
/// </remarks>
internal sealed class ChronicleStorage : ChronicleValidator.IExisting
{
    private readonly PendingMerge? _pending;
    private IReadOnlyList<DiplomaticEvent>? _events;

    private ChronicleStorage(ChronicleData[] segments, PendingMerge? pending, MergePolicy policy)
    {
        Segments = segments;
        _pending = pending;
        Policy = policy;
        foreach (var segment in segments)
        {
            Count += segment.Events.Count;
        }
    }

    /// <summary>Storage with no actors and no events.</summary>
    public static ChronicleStorage Empty { get; } = new([ChronicleData.Empty], null, MergePolicy.Default);

    /// <summary>The segments, oldest first; never empty.</summary>
    public ChronicleData[] Segments { get; }

    /// <summary>How segments are merged.</summary>
    public MergePolicy Policy { get; }

    /// <summary>The actors (the newest segment's table holds all of them).</summary>
    public ActorTable Actors => Segments[^1].ActorTable;

    /// <summary>How many events are stored.</summary>
    public long Count { get; }

    /// <summary>Every event in timeline order; with several segments, their merge (made on first use).</summary>
    public IReadOnlyList<DiplomaticEvent> Events =>
        Segments.Length == 1 ? Segments[0].Events : _events ??= new SegmentedEvents(Segments);

    /// <summary>Storage of one segment.</summary>
    public static ChronicleStorage Of(ChronicleData data) => new([data], null, MergePolicy.Default);

    /// <summary>The same storage, merging by <paramref name="policy"/> from now on.</summary>
    public ChronicleStorage With(MergePolicy policy) => new(Segments, _pending, policy);

    /// <summary>Writes every segment to a snapshot, as it is (indexes included), after the actors.</summary>
    public void Save(ISnapshotWriter writer)
    {
        writer.WriteModels("actors", Actors.All);
        writer.Write("segments", [Segments.Length]);
        for (var i = 0; i < Segments.Length; i++)
        {
            Segments[i].Save(writer, $"s{i}.", Actors);
        }
    }

    /// <summary>Reads storage that <see cref="Save"/> wrote.</summary>
    public static ChronicleStorage Load(ISnapshotReader reader)
    {
        var actors = reader.ReadModels<Actor>("actors");
        for (var i = 0; i < actors.Length; i++)
        {
            if (actors[i] is null || (i > 0 && actors[i].Id.CompareTo(actors[i - 1].Id) <= 0))
            {
                throw reader.Inconsistent("actors", "actors must be ordered by id, each once.");
            }
        }

        var count = reader.ReadInts("segments");
        if (count is not [> 0 and <= byte.MaxValue])
        {
            throw reader.Inconsistent("segments", "one number from 1 to 255 expected.");
        }

        var segments = new ChronicleData[count[0]];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = ChronicleData.Load(reader, $"s{i}.", actors);
        }

        if (segments[^1].ActorTable.Count != actors.Length)
        {
            throw reader.Inconsistent($"s{segments.Length - 1}.actor-indexes", "the newest segment must hold every actor.");
        }

        return new ChronicleStorage(segments, null, MergePolicy.Default);
    }

    /// <summary>The index of a chronicle or view over this storage.</summary>
    public IEventIndex View(LocalDate? occurredBy, LocalDate? knownBy, EvidenceBasis minimumBasis, LocalDate? releasedBy = null) =>
        Segments.Length == 1
            ? new ChronicleView(Segments[0], occurredBy, knownBy, minimumBasis, releasedBy)
            : new SegmentedView([.. Segments.Select(s => new ChronicleView(s, occurredBy, knownBy, minimumBasis, releasedBy))]);

    /// <inheritdoc/>
    public bool TryGetActor(ActorId id, [NotNullWhen(true)] out Actor? actor) => Actors.TryGet(id, out actor);

    /// <inheritdoc/>
    public bool TryGetEvent(EventId id, [NotNullWhen(true)] out DiplomaticEvent? diplomaticEvent)
    {
        // One hash for every segment's table: an append checks each new id against all of them.
        var hash = id.IsDefault ? 0 : EventIdTable.HashOf(id);
        foreach (var segment in Segments)
        {
            var position = segment.PositionOf(id, hash);
            if (position >= 0)
            {
                diplomaticEvent = segment.Events[position];
                return true;
            }
        }

        diplomaticEvent = null;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerable<OfficeChange> OfficeChangesOf(ActorId person)
    {
        foreach (var segment in Segments)
        {
            var postings = KindIndex.Of(segment).ByActor(EventKind.OfficeChange, person);
            foreach (var position in (int[])[.. postings.Short, .. postings.Long])
            {
                if (segment.Events[position] is OfficeChange change && change.Person == person)
                {
                    yield return change;
                }
            }
        }
    }

    /// <summary>
    /// This storage with validated <paramref name="actors"/> and <paramref name="events"/> added (see
    /// <see cref="ChronicleValidator.Validate(IReadOnlyList{Actor}, IReadOnlyList{DiplomaticEvent}, ChronicleValidator.IExisting?)"/>).
    /// </summary>
    public ChronicleStorage Append(Actor[] actors, DiplomaticEvent[] events)
    {
        if (actors.Length == 0 && events.Length == 0)
        {
            return this;
        }

        var segments = new List<ChronicleData>(Segments);
        var pending = _pending;
        Absorb(segments, ref pending);
        if (segments[^1].Events.Count == 0 && segments.Count > 1)
        {
            // An empty segment only carries actors, and the new one will carry them too.
            segments.RemoveAt(segments.Count - 1);
        }

        Actor[] allActors = [.. Actors.All, .. actors];
        var added = new ChronicleData(allActors, events);
        if (segments is [{ Events.Count: 0 }])
        {
            segments[0] = added;
        }
        else
        {
            segments.Add(added);
        }

        Merge(segments, ref pending);
        return new ChronicleStorage([.. segments], pending, Policy);
    }

    /// <summary>Waits until the background merge this storage started (if any) has finished (for tests).</summary>
    internal void WaitForMerge() => ((IAsyncResult?)_pending?.Result)?.AsyncWaitHandle.WaitOne();

    /// <summary>Puts the result of a finished background merge in place of the segments it covers.</summary>
    private static void Absorb(List<ChronicleData> segments, ref PendingMerge? pending)
    {
        if (pending is null || !pending.Result.IsCompleted)
        {
            return;
        }

        var done = pending;
        pending = null;
        var start = segments.IndexOf(done.Covered[0]);
        if (!done.Result.IsCompletedSuccessfully || start < 0)
        {
            return;
        }

        segments.RemoveRange(start, done.Covered.Length);
        segments.Insert(start, done.Result.Result);
    }

    /// <summary>Merges neighbours of similar size, newest first: small merges now, a large one in the background.</summary>
    private void Merge(List<ChronicleData> segments, ref PendingMerge? pending)
    {
        while (true)
        {
            var pair = MergeCandidate(segments, pending);
            if (pair < 0)
            {
                if (WaitedForPending(segments, ref pending))
                {
                    continue;
                }

                return;
            }

            var covered = segments.GetRange(pair, 2).ToArray();
            var size = (long)covered[0].Events.Count + covered[1].Events.Count;
            if (size <= Policy.SyncLimit)
            {
                segments.RemoveRange(pair, 2);
                segments.Insert(pair, ChronicleData.Merge(covered));
                continue;
            }

            if (pending is not null)
            {
                // One background merge at a time.
                if (WaitedForPending(segments, ref pending))
                {
                    continue;
                }

                return;
            }

            pending = PendingMerge.Start(covered);
            return;
        }
    }

    /// <summary>
    /// When segments have piled up beyond <see cref="MergePolicy.MaxSegments"/> (too many for quick queries) and a
    /// merge is running: waits for it, puts its result in place and returns true.
    /// </summary>
    private bool WaitedForPending(List<ChronicleData> segments, ref PendingMerge? pending)
    {
        if (segments.Count <= Policy.MaxSegments || pending is null)
        {
            return false;
        }

        ((IAsyncResult)pending.Result).AsyncWaitHandle.WaitOne();
        Absorb(segments, ref pending);
        return true;
    }

    /// <summary>
    /// The newest pair of neighbours (its older index) that should be merged and that no running merge covers, or -1:
    /// the older is at most <see cref="MergePolicy.Factor"/> times the newer.
    /// </summary>
    private int MergeCandidate(List<ChronicleData> segments, PendingMerge? pending)
    {
        for (var i = segments.Count - 2; i >= 0; i--)
        {
            if (pending is not null && (pending.Covered.Contains(segments[i]) || pending.Covered.Contains(segments[i + 1])))
            {
                continue;
            }

            if (segments[i].Events.Count <= (long)Policy.Factor * segments[i + 1].Events.Count)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How an appended chronicle merges its segments.</summary>
    /// <param name="SyncLimit">The most events a merge may hold to run during an append.</param>
    /// <param name="Factor">Neighbours merge when the older holds at most this many times the newer's events.</param>
    /// <param name="MaxSegments">Beyond this many segments an append waits for the background merge.</param>
    internal sealed record MergePolicy(int SyncLimit, int Factor, int MaxSegments)
    {
        /// <summary>Merges of up to 16,384 events during an append (some tens of milliseconds), factor 4, 16 segments.</summary>
        public static MergePolicy Default { get; } = new(16_384, 4, 16);
    }

    /// <summary>A merge of neighbouring segments running on a background thread.</summary>
    private sealed class PendingMerge
    {
        private PendingMerge(ChronicleData[] covered, Task<ChronicleData> result)
        {
            Covered = covered;
            Result = result;
        }

        public ChronicleData[] Covered { get; }

        public Task<ChronicleData> Result { get; }

        public static PendingMerge Start(ChronicleData[] covered)
        {
            var result = new TaskCompletionSource<ChronicleData>(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                try
                {
                    result.SetResult(ChronicleData.Merge(covered));
                }
                catch (Exception e)
                {
                    result.SetException(e);
                }
            })
            {
                IsBackground = true,
                Priority = ThreadPriority.BelowNormal,
                Name = "Diplomacy chronicle merge",
            };
            thread.Start();
            return new PendingMerge(covered, result.Task);
        }
    }
}
