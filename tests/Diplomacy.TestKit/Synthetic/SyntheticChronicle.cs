using System.Globalization;
using NodaTime;

namespace Diplomacy.TestKit.Synthetic;

/// <summary>
/// A deterministic synthetic chronicle shaped like event data (ICEWS, GDELT): about 250 states and thousands of
/// persons and organisations, activity skewed so that a few states take part in most events, mostly coded events
/// with a tail of typed kinds, dates over decades at mixed precision, and one to three citations per event
/// published on or after it. The same <see cref="SyntheticOptions"/> always give the same records.
/// </summary>
/// <remarks>
/// <para>Repeated values are shared as a real importer would share them: codings come from
/// <see cref="Coding.FromCameo"/>, one <see cref="Citation"/> exists per outlet and day and one citation list per
/// combination, and actor ids are the actors' own strings.</para>
/// <para>Kinds, in shares of events: coded events 93.5%, meetings 2%, public reactions 2%, arms transfers 1%,
/// sanctions actions 0.5%, relationship changes 0.5% (a third of them trade-offs with a
/// <see cref="Consideration"/>), office changes 0.5% (in a valid order per person and office).</para>
/// </remarks>
public sealed class SyntheticChronicle
{
    private static readonly string[] Offices =
    [
        "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Deputy Prime Minister",
        "Director of Intelligence", "Ambassador to the United Nations", "Finance Minister",
    ];

    private static readonly string[] Programmes = ["Ukraine-related", "Non-proliferation", "Human rights", "Counter-terrorism", "Cyber"];

    private static readonly string[][] MeasureSets = [["asset freeze"], ["travel ban"], ["asset freeze", "travel ban"], ["arms embargo"], ["export controls"]];

    // CAMEO roots 01..20, weighted roughly as they occur in ICEWS: statements, consultations and appeals dominate.
    private static readonly double[] RootWeights = [12, 6, 9, 22, 12, 3, 3, 3, 1, 3, 7, 2, 2, 2, 1, 2, 5, 3, 4, 0.3];

    private readonly SyntheticOptions _options;
    private readonly SyntheticRandom _random;
    private readonly SyntheticActors _actors;
    private readonly CitationInterner _citations;
    private readonly WeightedSampler _stateRank;
    private readonly WeightedSampler _personRank;
    private readonly WeightedSampler _organizationRank;
    private readonly WeightedSampler _rootWeights;
    private readonly Coding[][] _codingsByRoot;
    private readonly int _firstDay;
    private readonly int _dayCount;

    private SyntheticChronicle(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.EventCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.StateCount, 4);
        _options = options;
        _random = new SyntheticRandom(options.Seed);
        _actors = new SyntheticActors(options, options.ActorSeed is { } actorSeed ? new SyntheticRandom(actorSeed) : _random);
        _citations = new CitationInterner(_actors.Outlets);
        _stateRank = WeightedSampler.Zipf(_actors.States.Length, 1.15);
        _personRank = WeightedSampler.Zipf(_actors.Persons.Length, 1.0);
        _organizationRank = WeightedSampler.Zipf(_actors.Organizations.Length, 1.0);
        // Whatever roots the codebook holds, weighted as ICEWS weights them; codes within a root equally.
        var roots = CameoCodebook.All.GroupBy(e => e.Code.Root).OrderBy(g => g.Key).ToArray();
        _codingsByRoot = [.. roots.Select(g => g.Select(e => Coding.FromCameo(e.Code)).ToArray())];
        _rootWeights = new WeightedSampler([.. roots.Select(g => RootWeights[g.Key - 1])]);
        _firstDay = new DateOnly(options.FirstYear, 1, 1).DayNumber;
        _dayCount = new DateOnly(options.FirstYear + options.Years, 1, 1).DayNumber - _firstDay;
        Actors = [.. _actors.All];
        States = _actors.States;
        Events = MakeEvents();
        CitationCount = _citations.CitationCount;
        CitationListCount = _citations.ListCount;
    }

    /// <summary>The options these records were made from.</summary>
    public SyntheticOptions Options => _options;

    /// <summary>Every actor: states, persons, organisations and news outlets.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The states, most active first.</summary>
    public IReadOnlyList<State> States { get; }

    /// <summary>The events, in the order they were made (not timeline order); ids are <c>e0</c>, <c>e1</c>, ...</summary>
    public IReadOnlyList<DiplomaticEvent> Events { get; }

    /// <summary>How many distinct <see cref="Citation"/> instances the events share.</summary>
    public int CitationCount { get; }

    /// <summary>How many distinct citation lists the events share.</summary>
    public int CitationListCount { get; }

    /// <summary>The first day events can fall on.</summary>
    public LocalDate FirstDay => LocalDate.FromDateOnly(DateOnly.FromDayNumber(_firstDay));

    /// <summary>The last day events start on (open-ended and long ones may reach beyond it).</summary>
    public LocalDate LastDay => LocalDate.FromDateOnly(DateOnly.FromDayNumber(_firstDay + _dayCount - 1));

    /// <summary>Makes the records for <paramref name="options"/>.</summary>
    public static SyntheticChronicle Generate(SyntheticOptions options) => new(options);

    /// <summary>Makes <paramref name="eventCount"/> events with the default shape.</summary>
    public static SyntheticChronicle Generate(int eventCount, int seed = SyntheticOptions.DefaultSeed) => new(SyntheticOptions.For(eventCount, seed));

    /// <summary>Validates and builds the chronicle of these records.</summary>
    public Chronicle Build() => new ChronicleBuilder().AddActors(Actors).AddEvents(Events).Build();

    private DiplomaticEvent[] MakeEvents()
    {
        var n = _options.EventCount;
        var events = new DiplomaticEvent[n];
        var ids = new EventId[n];
        var transfers = new List<int>();
        var offices = new List<OfficeSlot>();
        var measures = new IReadOnlyList<string>?[MeasureSets.Length];
        var storyLeft = 0;
        var when = default(FuzzyDate);
        IReadOnlyList<Citation> citations = [];
        var citationKey = default((int, int, int));
        var holders = OfficeHolderRange();
        for (var i = 0; i < n; i++)
        {
            ids[i] = new EventId(_options.IdPrefix + i.ToString(_options.PaddedIds ? "D10" : null, CultureInfo.InvariantCulture));
            var roll = _random.NextDouble();
            if (roll < 0.005)
            {
                // Office changes get their change kind once all are made, in timeline order.
                var day = NextDay();
                offices.Add(new OfficeSlot(i, holders.Start + (_personRank.Sample(_random) % holders.Length), _random.Next(Offices.Length), FuzzyDate.FromDate(ToDate(day))));
                continue;
            }

            if (storyLeft == 0)
            {
                // A news story reports one or more events: they share its date and its citations.
                when = NextDate(out var anchor);
                citations = _citations.For(anchor, _random, out citationKey);
                storyLeft = StoryLength();
            }

            storyLeft--;
            var id = ids[i];
            DiplomaticEvent e;
            if (roll < 0.935 + 0.005)
            {
                e = MakeCodedEvent(id, when, citations);
            }
            else if (roll < 0.96)
            {
                e = MakeMeeting(id, when, citations);
            }
            else if (roll < 0.98)
            {
                e = new PublicReaction(id, when, citations, _random.Chance(0.5) ? NextState() : NextPerson(), (ReactionTone)_random.Next(10))
                {
                    About = _random.Chance(0.8) ? NextState() : default(ActorId?),
                    InResponseTo = i > 0 && _random.Chance(0.15) ? [ids[_random.Next(i)]] : [],
                };
            }
            else if (roll < 0.99)
            {
                e = MakeArmsTransfer(id, when, citations, ids, transfers);
                transfers.Add(i);
            }
            else if (roll < 0.995)
            {
                var imposer = _actors.States[_stateRank.Sample(_random) % 20].Id;
                var set = _random.Chance(0.2) ? _random.Next(MeasureSets.Length) : -1;
                var action = new SanctionsAction(id, when, citations, imposer, OtherThan(imposer, _random.Chance(0.6) ? NextState : NextAnyone), (SanctionsActionKind)_random.Next(6))
                {
                    Programme = _random.Chance(0.5) ? _random.Pick(Programmes) : null,
                    Measures = set < 0 ? [] : measures[set] ?? MeasureSets[set],
                };
                if (set >= 0)
                {
                    measures[set] ??= action.Measures;
                }

                e = action;
            }
            else
            {
                e = MakeRelationshipChange(id, when, citations);
            }

            _citations.Remember(citationKey, e.Citations);
            citations = e.Citations;
            events[i] = e;
        }

        MakeOfficeChanges(offices, ids, events);
        return events;
    }

    private CodedEvent MakeCodedEvent(EventId id, FuzzyDate when, IReadOnlyList<Citation> citations)
    {
        var codings = _codingsByRoot[_rootWeights.Sample(_random)];
        var source = NextAnyone();
        return new CodedEvent(id, when, citations, source, codings[_random.Next(codings.Length)])
        {
            Target = _random.Chance(0.92) ? OtherThan(source, NextAnyone) : default(ActorId?),
        };
    }

    private Meeting MakeMeeting(EventId id, FuzzyDate when, IReadOnlyList<Citation> citations)
    {
        var roll = _random.NextDouble();
        var count = roll < 0.7 ? 2 : roll < 0.9 ? 3 : 4;
        var participants = new List<ActorId>(count);
        while (participants.Count < count)
        {
            var next = _random.Chance(0.6) ? NextState() : NextPerson();
            if (!participants.Contains(next))
            {
                participants.Add(next);
            }
        }

        return new Meeting(id, when, citations, participants)
        {
            Host = participants[0].IsStateCode && _random.Chance(0.5) ? participants[0] : default(ActorId?),
        };
    }

    private ArmsTransfer MakeArmsTransfer(EventId id, FuzzyDate when, IReadOnlyList<Citation> citations, EventId[] ids, List<int> transfers)
    {
        var supplier = _actors.States[_stateRank.Sample(_random) % 30].Id;
        var recipient = OtherThan(supplier, NextState);
        var intermediaries = new List<ActorId>();
        if (_random.Chance(0.1))
        {
            for (var k = _random.Next(1, 3); k > 0; k--)
            {
                var via = NextState();
                if (via != supplier && via != recipient && !intermediaries.Contains(via))
                {
                    intermediaries.Add(via);
                }
            }
        }

        var items = new ArmsItem[_random.Next(1, 3)];
        for (var k = 0; k < items.Length; k++)
        {
            items[k] = new ArmsItem((WeaponCategory)_random.Next(13), _random.Chance(0.7) ? _random.Next(1, 5000) : null);
        }

        return new ArmsTransfer(id, when, citations, supplier, recipient)
        {
            Intermediaries = intermediaries,
            EndUser = _random.Chance(0.1) ? OtherThan(supplier, NextState) : default(ActorId?),
            Items = items,
            Value = _random.Chance(0.5) ? new Money(_random.Next(1, 2000) * 1_000_000m, "USD", _random.Chance(0.3)) : null,
            Terms = (TransferTerms)_random.Next(3),
            Continues = transfers.Count > 0 && _random.Chance(0.05) ? ids[transfers[_random.Next(transfers.Count)]] : default(EventId?),
        };
    }

    private RelationshipChange MakeRelationshipChange(EventId id, FuzzyDate when, IReadOnlyList<Citation> citations)
    {
        var actor = NextState();
        var partner = OtherThan(actor, NextState);
        if (_random.Chance(1.0 / 3))
        {
            // A trade-off: a friendly relationship given up in exchange for something from a third party.
            ActorId from;
            do
            {
                from = NextState();
            }
            while (from == actor || from == partner);

            var change = _random.Pick([RelationshipChangeKind.Sacrificed, RelationshipChangeKind.Abandoned, RelationshipChangeKind.Weakened]);
            return new RelationshipChange(id, when, citations, actor, partner, (RelationshipKind)_random.Next(4), change)
            {
                InExchangeFor = new Consideration((ConsiderationKind)_random.Next(6), from),
            };
        }

        return new RelationshipChange(id, when, citations, actor, partner, (RelationshipKind)_random.Next(7), (RelationshipChangeKind)_random.Next(7));
    }

    /// <summary>Office changes per (person, office) in timeline order alternate: a start while out of office, an end while in it.</summary>
    private void MakeOfficeChanges(List<OfficeSlot> slots, EventId[] ids, DiplomaticEvent[] events)
    {
        slots.Sort((a, b) =>
        {
            var c = a.Person.CompareTo(b.Person);
            c = c != 0 ? c : a.Office.CompareTo(b.Office);
            c = c != 0 ? c : a.When.CompareTo(b.When);
            return c != 0 ? c : ids[a.Index].CompareTo(ids[b.Index]);
        });
        var holding = false;
        var heldBefore = false;
        for (var s = 0; s < slots.Count; s++)
        {
            var slot = slots[s];
            if (s == 0 || slots[s - 1].Person != slot.Person || slots[s - 1].Office != slot.Office)
            {
                holding = false;
                heldBefore = false;
            }

            var change = holding
                ? (_random.Chance(0.7) ? OfficeChangeKind.Removed : OfficeChangeKind.Resigned)
                : (heldBefore && _random.Chance(0.6) ? OfficeChangeKind.Reinstated : OfficeChangeKind.Appointed);
            holding = change.StartsTenure();
            heldBefore |= holding;
            var person = _actors.Persons[slot.Person];
            var citations = _citations.For(slot.When.Latest.ToDateOnly().DayNumber, _random, out var key);
            var body = _random.Chance(0.5) ? _actors.Organizations[_organizationRank.Sample(_random)].Id : (ActorId?)null;
            var e = new OfficeChange(ids[slot.Index], slot.When, citations, person.Id, Offices[slot.Office], change) { Body = body };
            _citations.Remember(key, e.Citations);
            events[slot.Index] = e;
        }
    }

    /// <summary>
    /// A date at mixed precision: mostly a day, some months, years, quarters and ranges, a few approximate months
    /// and a few open-ended spans. <paramref name="anchor"/> is the day reports can start: the latest day, or the
    /// first for an open-ended date.
    /// </summary>
    private FuzzyDate NextDate(out int anchor)
    {
        var day = NextDay();
        var date = ToDate(day);
        var roll = _random.NextDouble();
        var when = roll switch
        {
            < 0.86 => FuzzyDate.FromDate(date),
            < 0.93 => FuzzyDate.FromYearMonth(new YearMonth(date.Year, date.Month)),
            < 0.95 => FuzzyDate.FromYear(date.Year),
            < 0.96 => FuzzyDate.FromQuarter(date.Year, ((date.Month - 1) / 3) + 1),
            < 0.985 => FuzzyDate.Between(date, date.PlusDays(_random.Next(1, 15))),
            < 0.992 => FuzzyDate.Between(date, date.PlusDays(_random.Next(15, 700))),
            < 0.999 => FuzzyDate.FromYearMonth(new YearMonth(date.Year, date.Month)).AsApproximate(),
            _ => FuzzyDate.Since(date),
        };
        anchor = (when.HasOpenEnd ? when.Earliest : when.Latest).ToDateOnly().DayNumber;
        return when;
    }

    /// <summary>How many events one story reports: one in almost half the stories, up to eight.</summary>
    private int StoryLength()
    {
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.45 => 1,
            < 0.70 => 2,
            < 0.85 => 3,
            < 0.95 => 4,
            _ => _random.Next(5, 9),
        };
    }

    /// <summary>A day in the span; activity grows over time (density rising linearly to twice the first year's).</summary>
    private int NextDay()
    {
        var u = _random.NextDouble();
        var t = Math.Sqrt(1 + (3 * u)) - 1;
        return _firstDay + Math.Min(_dayCount - 1, (int)(t * _dayCount));
    }

    private static LocalDate ToDate(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

    private ActorId NextState() => _actors.States[_stateRank.Sample(_random)].Id;

    /// <summary>The persons who hold offices (<see cref="SyntheticOptions.OfficeHolders"/>), checked against the persons made.</summary>
    private (int Start, int Length) OfficeHolderRange()
    {
        var persons = _actors.Persons.Length;
        if (_options.OfficeHolders is not { } range)
        {
            return (0, Math.Max(1, persons / 3));
        }

        var (start, length) = range.GetOffsetAndLength(persons);
        if (length == 0)
        {
            throw new ArgumentException($"The office holders {range} name no person; there are {persons}.", nameof(SyntheticOptions.OfficeHolders));
        }

        return (start, length);
    }

    private ActorId NextPerson() => _actors.Persons[_personRank.Sample(_random)].Id;

    /// <summary>An actor in an event: a state more often than not, else a person or an organisation.</summary>
    private ActorId NextAnyone()
    {
        var roll = _random.NextDouble();
        return roll < 0.7 ? NextState() : roll < 0.9 ? NextPerson() : _actors.Organizations[_organizationRank.Sample(_random)].Id;
    }

    private static ActorId OtherThan(ActorId taken, Func<ActorId> next)
    {
        ActorId id;
        do
        {
            id = next();
        }
        while (id == taken);

        return id;
    }

    private readonly record struct OfficeSlot(int Index, int Person, int Office, FuzzyDate When);
}
