using Diplomacy.TestKit.Synthetic;
using NodaTime;

namespace Diplomacy.Core.Tests.Synthetic;

/// <summary>
/// The chronicle's indexes against a plain scan, on data shaped like event data (skewed actors, mixed precision,
/// a few long and open-ended spans), which the small generated chronicles of the property tests rarely reach.
/// </summary>
public class SyntheticChronicleIndexTests
{
    private static readonly SyntheticChronicle Synthetic = SyntheticChronicle.Generate(20_000, seed: 11);
    private static readonly Chronicle Chronicle = Synthetic.Build();

    public static TheoryData<int, int, int> Windows => new()
    {
        { 2023, 1, 730 },
        { 2010, 6, 31 },
        { 1995, 1, 1 },
        { 2000, 3, 3_650 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Actor_and_pair_queries_agree_with_a_scan(int year, int month, int days)
    {
        var window = new DateInterval(new LocalDate(year, month, 1), new LocalDate(year, month, 1).PlusDays(days - 1));
        var states = Synthetic.States.Take(12).Select(s => s.Id).ToArray();
        foreach (var view in new[] { Chronicle, Chronicle.AsKnownAt(window.End), Chronicle.AsOf(window.End.PlusDays(-days / 2)) })
        {
            foreach (var a in states)
            {
                Assert.Equal(Scan(view, e => e.Actors.Contains(a), window), view.EventsInvolving(a, window));
                foreach (var b in states.Where(b => b != a).Take(4))
                {
                    Assert.Equal(Scan(view, e => e.Actors.Contains(a) && e.Actors.Contains(b), window), view.EventsBetween(a, b, window));
                }
            }

            foreach (var kind in Enum.GetValues<EventKind>())
            {
                Assert.Equal(Scan(view, e => e.Kind == kind, window), view.EventsOfKind(kind, window));
            }

            Assert.Equal(Scan(view, _ => true, window), view.EventsDuring(window));
        }
    }

    [Fact]
    public void Every_event_is_found_by_its_id_and_unknown_ids_are_not()
    {
        foreach (var e in Synthetic.Events)
        {
            Assert.Equal(e, Chronicle.GetEvent(e.Id));
        }

        Assert.False(Chronicle.ContainsEvent("e20000"));
        Assert.False(Chronicle.ContainsEvent("no-such-event"));
    }

    [Fact]
    public void Open_ended_and_long_events_are_found_in_late_windows()
    {
        var open = Synthetic.Events.Where(e => e.When.HasOpenEnd).ToList();
        Assert.NotEmpty(open);

        var late = new DateInterval(new LocalDate(2030, 1, 1), new LocalDate(2030, 12, 31));
        foreach (var e in open)
        {
            var actor = e.Actors[0];
            Assert.Contains(e, Chronicle.EventsInvolving(actor, late));
        }
    }

    /// <summary>The plain way: every event of the whole chronicle, checked one by one, the view's cut-offs included.</summary>
    private static List<DiplomaticEvent> Scan(Chronicle view, Func<DiplomaticEvent, bool> filter, DateInterval window) =>
        [.. Chronicle.Events.Where(e =>
            e.When.Latest >= window.Start && e.When.Earliest <= window.End
            && (view.AsOfDate is not { } asOf || e.When.Latest <= asOf)
            && (view.KnownAtDate is not { } knownAt || e.FirstKnown <= knownAt)
            && filter(e))
            .Select(e => view.KnownAtDate is { } knownAt ? e.AsKnownAt(knownAt)! : e)];
}
