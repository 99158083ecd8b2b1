using System.Buffers.Binary;
using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace Diplomacy.Serialization.Tests;

/// <summary>Binary snapshots (<see cref="ChronicleSnapshot"/>): round trips and every way a file can be wrong.</summary>
public class SnapshotTests
{
    /// <summary>Generated chronicles, some built at once and some appended in pieces (so stored in several segments).</summary>
    private static readonly Gen<Chronicle> Chronicles =
        from world in ModelGenerators.Worlds(30)
        from pieces in Gen.Choose(1, 5)
        select Appended(world.Actors, world.Events, pieces);

    private static Chronicle Appended(Actor[] actors, DiplomaticEvent[] events, int pieces)
    {
        // Events refer only to earlier ones: appending the last few one by one, in order, is valid, and leaves the
        // small appends in segments beside the built one.
        var built = Math.Max(0, events.Length - pieces + 1);
        var chronicle = new ChronicleBuilder().AddActors(actors).AddEvents(events.Take(built)).Build();
        foreach (var e in events.Skip(built))
        {
            chronicle = chronicle.With(e);
        }

        return chronicle;
    }

    private static byte[] Save(Chronicle chronicle)
    {
        using var stream = new MemoryStream();
        ChronicleSnapshot.SaveAsync(chronicle, stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static Chronicle Load(byte[] bytes) => ChronicleSnapshot.Load(new MemoryStream(bytes));

    private static bool Same(Chronicle expected, Chronicle actual) =>
        expected.Actors.SequenceEqual(actual.Actors)
        && expected.Events.SequenceEqual(actual.Events)
        && expected.Events.All(e => Equals(actual.GetEvent(e.Id), e) && e.Citations.SequenceEqual(actual.GetEvent(e.Id).Citations))
        && expected.Actors.All(a => expected.EventsInvolving(a.Id).SequenceEqual(actual.EventsInvolving(a.Id))
            && expected.Actors.Take(5).All(b => expected.EventsBetween(a.Id, b.Id).SequenceEqual(actual.EventsBetween(a.Id, b.Id))))
        && Enum.GetValues<EventKind>().All(k => expected.EventsOfKind(k).SequenceEqual(actual.EventsOfKind(k)));

    /// <summary>The offsets where sections start, from the file itself.</summary>
    private static List<long> SectionStarts(byte[] bytes)
    {
        var starts = new List<long>();
        long offset = 12;
        while (offset < bytes.Length)
        {
            starts.Add(offset);
            var nameLength = bytes[offset];
            var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan((int)offset + 2 + nameLength));
            offset += 1 + nameLength + 1 + 8 + length + 8;
        }

        return starts;
    }

    [Fact]
    public void A_snapshot_of_any_chronicle_loads_equal()
    {
        var property = Prop.ForAll(Chronicles.ToArbitrary(), chronicle => Same(chronicle, Load(Save(chronicle))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    [Fact]
    public void A_loaded_snapshot_saved_again_gives_the_same_bytes_before_and_after_its_events_are_read()
    {
        // Saving a loaded chronicle copies its typed events' JSON as read; reading them first must not change a byte.
        Check.QuickThrowOnFailure(Prop.ForAll(Chronicles.ToArbitrary(), chronicle =>
        {
            var bytes = Save(chronicle);
            var untouched = Save(Load(bytes));
            var read = Load(bytes);
            _ = read.Events.ToArray();
            return bytes.AsSpan().SequenceEqual(untouched) && bytes.AsSpan().SequenceEqual(Save(read));
        }));
    }

    [Fact]
    public void A_loaded_snapshot_takes_appends_like_the_original()
    {
        var chronicle = SampleWorld.Build();
        var added = new Meeting("m-after", FuzzyDate.Parse("2024-07-01"), [new Citation(SampleWorld.Vreme, FuzzyDate.Parse("2024-07-08"))], [SampleWorld.Vulin]);
        Assert.True(Same(chronicle.With(added), Load(Save(chronicle)).With(added)));
    }

    [Fact]
    public async Task A_snapshot_written_by_another_process_finds_its_events_by_id()
    {
        // The id table is saved as it is: its hash must not change from one process to the next.
        var path = Path.Combine(SharedData.RepositoryRoot!, "tests/Diplomacy.Reliability/Seeds/coded.snapshot");
        var chronicle = await ChronicleSnapshot.LoadAsync(path);
        Assert.Equal("SRB", chronicle.GetEvent("g1").Actors[0].Value);
    }

    [Fact]
    public void An_empty_chronicle_round_trips()
    {
        var loaded = Load(Save(Chronicle.Empty));
        Assert.Empty(loaded.Actors);
        Assert.Empty(loaded.Events);
    }

    [Fact]
    public void A_view_is_saved_as_its_visible_events()
    {
        var chronicle = SampleWorld.Build();
        var view = chronicle.AsKnownAt(new NodaTime.LocalDate(2023, 6, 30));
        var loaded = Load(Save(view));
        Assert.False(loaded.IsView);
        Assert.Equal(view.Events, loaded.Events);
    }

    [Fact]
    public void Truncation_at_every_section_boundary_is_reported_as_truncated()
    {
        var bytes = Save(SampleWorld.Build());
        foreach (var start in SectionStarts(bytes).Skip(0))
        {
            var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes[..(int)start]));
            Assert.Equal(ChronicleSnapshotProblem.Truncated, error.Problem);
            Assert.Equal(start, error.Offset);
        }
    }

    [Fact]
    public void Truncation_at_any_offset_is_an_error()
    {
        var bytes = Save(SampleWorld.Build());
        var property = Prop.ForAll(Gen.Choose(0, bytes.Length - 1).ToArbitrary(), cut =>
        {
            var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes[..cut]));
            return error.Problem is ChronicleSnapshotProblem.Truncated || (cut < 8 && error.Problem is ChronicleSnapshotProblem.NotASnapshot);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void A_flipped_byte_in_a_section_is_a_checksum_mismatch_or_a_malformed_section()
    {
        var bytes = Save(SampleWorld.Build());
        var property = Prop.ForAll(Gen.Choose(12, bytes.Length - 1).ToArbitrary(), Gen.Choose(1, 255).ToArbitrary(), (at, flip) =>
        {
            var damaged = (byte[])bytes.Clone();
            damaged[at] ^= (byte)flip;
            var error = Assert.Throws<ChronicleSnapshotException>(() => Load(damaged));
            return error.Problem is ChronicleSnapshotProblem.ChecksumMismatch or ChronicleSnapshotProblem.Malformed or ChronicleSnapshotProblem.Truncated;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void A_flipped_byte_in_a_payload_is_a_checksum_mismatch_naming_the_section()
    {
        var bytes = Save(SampleWorld.Build());
        var start = (int)SectionStarts(bytes)[3];
        var nameLength = bytes[start];
        var name = System.Text.Encoding.ASCII.GetString(bytes, start + 1, nameLength);
        bytes[start + 1 + nameLength + 1 + 8] ^= 0x40;
        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes));
        Assert.Equal(ChronicleSnapshotProblem.ChecksumMismatch, error.Problem);
        Assert.Equal(name, error.Section);
        Assert.Equal(start, error.Offset);
    }

    [Fact]
    public void A_newer_version_is_refused_as_such()
    {
        var bytes = Save(SampleWorld.Build());
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), ChronicleSnapshot.FormatVersion + 1);
        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes));
        Assert.Equal(ChronicleSnapshotProblem.NewerVersion, error.Problem);
    }

    [Fact]
    public void A_version_1_snapshot_is_refused_with_what_to_do()
    {
        var bytes = Save(SampleWorld.Build());
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 1);
        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes));
        Assert.Equal(ChronicleSnapshotProblem.OlderVersion, error.Problem);
        Assert.Contains("save the snapshot again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_2_snapshot_still_loads_equal_to_what_it_held()
    {
        // Written by the library before text ids (format version 2), next to the same chronicle as JSON.
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var expected = ChronicleJson.Load(Path.Combine(fixtures, "chronicle-v2.json"));
        var bytes = File.ReadAllBytes(Path.Combine(fixtures, "chronicle-v2.dsnap"));
        Assert.Equal(2, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)));
        var loaded = Load(bytes);
        Assert.True(Same(expected, loaded));
        Assert.True(Same(expected, Load(Save(loaded))));
    }

    /// <summary>A chronicle with coded events whose ids are kept as text.</summary>
    private static Chronicle WithTextIds() =>
        new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvents([
            new CodedEvent(new EventId("polecat-20240701-0001"), FuzzyDate.Parse("2024-07-01"), [SampleWorld.Cite(SampleWorld.Vreme, "2024-07-02")], SampleWorld.Serbia, Coding.FromCameo("042")) { Target = SampleWorld.Russia },
            new CodedEvent(new EventId("report-12a"), FuzzyDate.Parse("2024-07-03"), [SampleWorld.Cite(SampleWorld.Vreme, "2024-07-03")], SampleWorld.Russia, Coding.FromCameo("043"))]).Build();

    /// <summary>
    /// The snapshot with one section's payload changed and every checksum from there on made again, as a file made
    /// by something other than this library could be: only the storage's own checks can catch what is wrong.
    /// </summary>
    private static byte[] Rewritten(byte[] bytes, string section, Func<byte[], byte[]> change)
    {
        using var output = new MemoryStream();
        output.Write(bytes, 0, 12);
        var previous = System.IO.Hashing.XxHash3.HashToUInt64(bytes.AsSpan(0, 12));
        var found = false;
        foreach (var start in SectionStarts(bytes))
        {
            var nameLength = bytes[start];
            var name = System.Text.Encoding.ASCII.GetString(bytes, (int)start + 1, nameLength);
            var headerLength = 1 + nameLength + 1 + 8;
            var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan((int)start + 2 + nameLength));
            var header = bytes.AsSpan((int)start, headerLength).ToArray();
            var payload = bytes.AsSpan((int)start + headerLength, (int)length).ToArray();
            if (name.EndsWith(section, StringComparison.Ordinal))
            {
                (payload, found) = (change(payload), true);
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(2 + nameLength), payload.Length);
            }

            var hash = new System.IO.Hashing.XxHash3();
            var chained = new byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(chained, previous);
            hash.Append(chained);
            hash.Append(header);
            hash.Append(payload);
            previous = hash.GetCurrentHashAsUInt64();
            BinaryPrimitives.WriteUInt64LittleEndian(chained, previous);
            output.Write(header);
            output.Write(payload);
            output.Write(chained);
        }

        Assert.True(found, $"no section '{section}'");
        return output.ToArray();
    }

    /// <summary>A chronicle whose id numbers span a million: its id-number column takes three bytes an entry.</summary>
    private static Chronicle WithWideNumbers() =>
        new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvents(
            ((int[])[1, 500_000, 1_000_000]).Select((number, i) => new CodedEvent(
                new EventId($"e{number}"), FuzzyDate.Parse($"2024-07-0{i + 1}"), [SampleWorld.Cite(SampleWorld.Vreme, "2024-07-09")], SampleWorld.Serbia, Coding.FromCameo("042"))
            { Target = SampleWorld.Russia })).Build();

    [Fact]
    public void Three_byte_columns_round_trip_from_format_version_4_and_are_refused_in_an_older_file()
    {
        var chronicle = WithWideNumbers();
        var bytes = Save(chronicle);
        var shape = Section(bytes, "id-numbers.shape");
        Assert.Equal(3, BinaryPrimitives.ReadInt32LittleEndian(shape.AsSpan(4)));
        var loaded = Load(bytes);
        Assert.True(Same(chronicle, loaded));
        Assert.Equal(new EventId("e500000"), loaded.GetEvent(new EventId("e500000")).Id);

        // The same file claiming version 3, its checksums made again: version 3 had no three-byte columns.
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 3);
        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(Rewritten(bytes, "id-numbers.shape", payload => payload)));
        Assert.Equal(ChronicleSnapshotProblem.Malformed, error.Problem);
        Assert.EndsWith("id-numbers.shape", error.Section, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_pointing_past_the_kept_citations_is_refused_naming_its_section()
    {
        // One plain citation and one with a title (kept as it is) in the same list; the kept ones then emptied.
        var chronicle = new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvents([
            new CodedEvent(new EventId("e1"), FuzzyDate.Parse("2024-07-01"), [SampleWorld.Cite(SampleWorld.Vreme, "2024-07-02"), SampleWorld.Cite(SampleWorld.Vreme, "2024-07-03") with { Title = "Ammunition" }], SampleWorld.Serbia, Coding.FromCameo("042"))]).Build();
        var bytes = Save(chronicle);
        Assert.True(Same(chronicle, Load(bytes)));

        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(Rewritten(bytes, "citations.objects", _ => "[]"u8.ToArray())));
        Assert.Equal(ChronicleSnapshotProblem.Malformed, error.Problem);
        Assert.EndsWith("citations.dates", error.Section, StringComparison.Ordinal);
        Assert.Contains("kept citations", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The payload of the first section whose name ends with <paramref name="suffix"/>.</summary>
    private static byte[] Section(byte[] bytes, string suffix)
    {
        foreach (var start in SectionStarts(bytes))
        {
            var nameLength = bytes[start];
            var name = System.Text.Encoding.ASCII.GetString(bytes, (int)start + 1, nameLength);
            var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan((int)start + 2 + nameLength));
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return bytes.AsSpan((int)start + 1 + nameLength + 1 + 8, (int)length).ToArray();
            }
        }

        throw new Xunit.Sdk.XunitException($"no section '{suffix}'");
    }

    [Fact]
    public void Text_ids_round_trip_and_are_found_by_id()
    {
        var chronicle = WithTextIds();
        var loaded = Load(Save(chronicle));
        Assert.True(Same(chronicle, loaded));
        Assert.Equal(new EventId("report-12a"), loaded.GetEvent(new EventId("report-12a")).Id);
        Assert.False(loaded.ContainsEvent(new EventId("report-12")));
    }

    [Fact]
    public void An_unchanged_rewrite_still_loads()
    {
        // The check on the helper below: rewriting a section with its own payload gives a file that loads.
        var chronicle = WithTextIds();
        Assert.True(Same(chronicle, Load(Rewritten(Save(chronicle), "text-ids.bytes", payload => payload))));
    }

    [Fact]
    public void A_text_id_that_is_not_an_event_id_is_refused_naming_its_section()
    {
        var bytes = Rewritten(Save(WithTextIds()), "text-ids.bytes", payload =>
        {
            payload[3] = (byte)'!';
            return payload;
        });

        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes));
        Assert.Equal(ChronicleSnapshotProblem.Malformed, error.Problem);
        Assert.EndsWith("text-ids.bytes", error.Section, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_id_starts_that_do_not_cover_the_text_are_refused()
    {
        var bytes = Rewritten(Save(WithTextIds()), "text-ids.bytes", payload => [.. payload, (byte)'x']);

        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes));
        Assert.Equal(ChronicleSnapshotProblem.Malformed, error.Problem);
        Assert.EndsWith("text-ids.starts", error.Section, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_is_not_a_snapshot_is_refused_as_such()
    {
        var error = Assert.Throws<ChronicleSnapshotException>(() => Load("{\"formatVersion\": 1}"u8.ToArray()));
        Assert.Equal(ChronicleSnapshotProblem.NotASnapshot, error.Problem);
    }

    [Fact]
    public void Data_after_the_end_is_refused()
    {
        byte[] bytes = [.. Save(SampleWorld.Build()), 0];
        var error = Assert.Throws<ChronicleSnapshotException>(() => Load(bytes));
        Assert.Equal(ChronicleSnapshotProblem.Malformed, error.Problem);
    }

    [Fact]
    public async Task A_snapshot_file_is_saved_atomically_and_loads()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(directory.FullName, "chronicle.snapshot");
            var chronicle = SampleWorld.Build();
            await ChronicleSnapshot.SaveAsync(chronicle, path);
            await ChronicleSnapshot.SaveAsync(chronicle, path);
            Assert.True(Same(chronicle, await ChronicleSnapshot.LoadAsync(path)));
            Assert.Single(directory.GetFiles());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
