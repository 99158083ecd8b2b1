using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.Contacts"/>.</summary>
internal static class ContactsQuery
{
    public static IReadOnlyList<PersonalChannel> Contacts(Chronicle chronicle, ActorId side, ActorId otherSide, DateInterval? period = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(side, nameof(side));
        QueryReads.CheckActor(otherSide, nameof(otherSide));
        var index = chronicle.Index;
        var pairs = new Dictionary<(ActorId Person, ActorId Counterpart), List<Meeting>>();

        // Walk the meetings of whichever side's nationals have fewer; the pairs come out the same.
        var (walked, met) = MeetingCount(index, otherSide) < MeetingCount(index, side) ? (otherSide, side) : (side, otherSide);
        foreach (var person in index.Nationals(walked))
        {
            foreach (var e in index.Events(EventKey.Involving(person.Id, EventKind.Meeting), period))
            {
                var meeting = (Meeting)e;
                var participants = meeting.Participants;
                if (!Takes(participants, person.Id))
                {
                    continue;
                }

                for (var i = 0; i < participants.Count; i++)
                {
                    var other = participants[i];
                    if (other != person.Id
                        && (side != otherSide || person.Id < other)
                        && !Takes(participants, other, before: i)
                        && chronicle.TryGetActor(other, out var actor) && actor is Person { Nationality: { } nationality } && nationality == met)
                    {
                        var key = walked == side ? (person.Id, other) : (other, person.Id);
                        if (!pairs.TryGetValue(key, out var list))
                        {
                            pairs.Add(key, list = []);
                        }

                        list.Add(meeting);
                    }
                }
            }
        }

        var offices = new Dictionary<ActorId, List<Spell<OfficeChange>>>();
        List<Spell<OfficeChange>> OfficesOf(ActorId person)
        {
            if (!offices.TryGetValue(person, out var spells))
            {
                offices.Add(person, spells = OfficeRecord.SpellsOf(chronicle, person));
            }

            return spells;
        }

        return pairs
            .Select(pair => Channel(chronicle, pair.Key.Person, pair.Key.Counterpart, pair.Value, OfficesOf(pair.Key.Person), OfficesOf(pair.Key.Counterpart)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Meetings[0].When)
            .ThenBy(c => c.Person)
            .ThenBy(c => c.Counterpart)
            .ToArray();
    }

    private static long MeetingCount(IEventIndex index, ActorId state) =>
        index.Nationals(state).Sum(p => index.Count(EventKey.Involving(p.Id, EventKind.Meeting)));

    /// <summary>True when <paramref name="actor"/> is among the first <paramref name="before"/> participants (all, by default).</summary>
    private static bool Takes(IReadOnlyList<ActorId> participants, ActorId actor, int before = int.MaxValue)
    {
        for (var i = 0; i < participants.Count && i < before; i++)
        {
            if (participants[i] == actor)
            {
                return true;
            }
        }

        return false;
    }

    private static PersonalChannel Channel(Chronicle chronicle, ActorId person, ActorId counterpart, List<Meeting> meetings, List<Spell<OfficeChange>> personOffices, List<Spell<OfficeChange>> counterpartOffices)
    {
        var evidence = new List<DiplomaticEvent>(meetings);
        var channelMeetings = new List<ChannelMeeting>();
        foreach (var meeting in meetings)
        {
            var (personNone, personCertain) = NoOffice(personOffices, meeting.When, evidence);
            var (counterpartNone, counterpartCertain) = NoOffice(counterpartOffices, meeting.When, evidence);
            channelMeetings.Add(new ChannelMeeting(meeting)
            {
                PersonHeldNoOffice = personNone,
                CounterpartHeldNoOffice = counterpartNone,
                Certainty = chronicle.WithinHorizon(personCertain && counterpartCertain ? Certainty.Certain : Certainty.Possible, meeting.When.Latest),
            });
        }

        return new PersonalChannel(person, counterpart)
        {
            Meetings = channelMeetings,
            Evidence = evidence.InTimelineOrder(),
        };
    }

    /// <summary>
    /// Whether a person held no office on some possible day of <paramref name="when"/>, and whether that is certain;
    /// adds the office changes that show it to <paramref name="evidence"/>: those of the spells that may overlap the
    /// days, else the end of the last spell before and the start of the first one after. Before the first recorded
    /// spell, as with none at all, the chronicle does not say: not flagged.
    /// </summary>
    private static (bool NoOffice, bool Certain) NoOffice(List<Spell<OfficeChange>> spells, FuzzyDate when, List<DiplomaticEvent> evidence)
    {
        if (spells.Count == 0)
        {
            return (false, true);
        }

        int from = Days.Of(when.Earliest), to = Days.Of(when.Latest);
        var overlapping = spells.Where(s => s.PossiblyDuring(from, to)).ToArray();
        if (overlapping.Length > 0)
        {
            evidence.AddRange(overlapping.SelectMany(s => s.Events));
            var covered = Spells.Covers(overlapping, from, to);
            return (!covered, covered);
        }

        var before = spells.Where(s => s.End is not null && s.End.When.Latest <= when.Earliest).MaxBy(s => s.End!.When);
        if (before is null)
        {
            // Before the first recorded office the chronicle does not say, as for a person with none.
            return (false, true);
        }

        var after = spells.Where(s => s.Start is not null && s.Start.When.Earliest > when.Latest).MinBy(s => s.Start!.When);
        evidence.AddRange(new DiplomaticEvent?[] { before?.End, after?.Start }.OfType<DiplomaticEvent>());
        return (true, true);
    }
}
