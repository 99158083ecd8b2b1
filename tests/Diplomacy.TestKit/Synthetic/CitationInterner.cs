namespace Diplomacy.TestKit.Synthetic;

/// <summary>
/// Makes one to three citations per event, published on or after it, and hands out shared instances the way an
/// importer that interns would: one <see cref="Citation"/> per (outlet, day) and one list per combination.
/// </summary>
internal sealed class CitationInterner
{
    private readonly Organization[] _outlets;
    private readonly WeightedSampler _outletRank;
    private readonly Dictionary<(int Outlet, int Day), int> _citationIds = [];
    private readonly List<Citation> _citations = [];
    private readonly Dictionary<(int, int, int), IReadOnlyList<Citation>> _lists = [];
    private readonly int[] _chosen = new int[3];
    private readonly int[] _days = new int[3];

    public CitationInterner(Organization[] outlets)
    {
        _outlets = outlets;
        _outletRank = WeightedSampler.Zipf(outlets.Length, 1.2);
    }

    /// <summary>How many distinct citations were made.</summary>
    public int CitationCount => _citations.Count;

    /// <summary>How many distinct citation lists were made.</summary>
    public int ListCount => _lists.Count;

    /// <summary>
    /// Citations for an event reported from <paramref name="anchorDay"/> on (its latest day, or its first for an
    /// open-ended event): a shared list when one with the same citations exists, otherwise a new array and a key to
    /// <see cref="Remember"/> the event's own list under.
    /// </summary>
    public IReadOnlyList<Citation> For(int anchorDay, SyntheticRandom random, out (int, int, int) key)
    {
        var roll = random.NextDouble();
        var count = roll < 0.7 ? 1 : roll < 0.92 ? 2 : 3;
        for (var i = 0; i < count; i++)
        {
            int outlet;
            do
            {
                outlet = _outletRank.Sample(random);
            }
            while (Array.IndexOf(_chosen, outlet, 0, i) >= 0);

            _chosen[i] = outlet;
            _days[i] = anchorDay + Delay(random);
        }

        // First report first; the same outlets and days always make the same list.
        Array.Sort(_days, _chosen, 0, count);
        Span<int> ids = [-1, -1, -1];
        for (var i = 0; i < count; i++)
        {
            ids[i] = CitationId(_chosen[i], _days[i]);
        }

        key = (ids[0], ids[1], ids[2]);
        if (_lists.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var list = new Citation[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = _citations[ids[i]];
        }

        return list;
    }

    /// <summary>Keeps an event's citation list (the model's own immutable copy) for later events with the same key.</summary>
    public void Remember((int, int, int) key, IReadOnlyList<Citation> eventsOwnList) => _lists.TryAdd(key, eventsOwnList);

    /// <summary>Days between the event and a report: mostly the same day or the next, sometimes weeks later.</summary>
    private static int Delay(SyntheticRandom random)
    {
        var roll = random.NextDouble();
        return roll < 0.7 ? 0 : roll < 0.9 ? 1 : roll < 0.98 ? random.Next(2, 8) : random.Next(8, 61);
    }

    private int CitationId(int outlet, int day)
    {
        if (!_citationIds.TryGetValue((outlet, day), out var id))
        {
            id = _citations.Count;
            _citations.Add(new Citation(_outlets[outlet].Id, FuzzyDate.FromDate(NodaTime.LocalDate.FromDateOnly(DateOnly.FromDayNumber(day)))));
            _citationIds.Add((outlet, day), id);
        }

        return id;
    }
}
