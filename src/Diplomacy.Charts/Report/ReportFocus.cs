namespace Diplomacy.Charts;

/// <summary>The actors an explorer page is about, as given in <see cref="ReportOptions"/> or chosen from the record.</summary>
internal sealed record ReportFocus(ActorId? Actor, ActorId? Counterpart, ActorId? ArmsOrigin, ActorId? ArmsEndUser)
{
    public static ReportFocus For(Chronicle chronicle, ReportOptions options)
    {
        var (actor, counterpart) = (options.Actor, options.Counterpart);
        if (actor is null || counterpart is null)
        {
            var pair = BusiestPair(chronicle, actor ?? counterpart);
            actor ??= pair?.First;
            counterpart ??= actor == pair?.First ? pair?.Second : pair?.First;
        }

        var (origin, endUser) = (options.ArmsOrigin, options.ArmsEndUser);
        if (origin is null || endUser is null)
        {
            // Each end read for its state first, as ArmsFlows reads a state's bodies; then the end users as recorded,
            // for those (a private buyer) that do not receive for their state.
            var route = Busiest(t => StateOf(chronicle, t.Route[^1])).Concat(Busiest(t => t.Route[^1]))
                .FirstOrDefault(k => chronicle.ArmsFlows(k.Origin, k.EndUser).Count > 0);
            IEnumerable<(ActorId Origin, ActorId EndUser)> Busiest(Func<ArmsTransfer, ActorId> end) => chronicle.EventsOf<ArmsTransfer>()
                .Select(t => (Origin: StateOf(chronicle, t.Supplier), EndUser: end(t)))
                .Where(k => (origin is null || k.Origin == origin) && (endUser is null || k.EndUser == endUser) && k.Origin != k.EndUser)
                .GroupBy(k => k)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key.Origin)
                .ThenBy(g => g.Key.EndUser)
                .Select(g => g.Key);

            origin ??= route.Origin.IsDefault ? null : (ActorId?)route.Origin;
            endUser ??= route.EndUser.IsDefault ? null : (ActorId?)route.EndUser;
        }

        return new ReportFocus(actor, counterpart, origin, endUser);
    }

    /// <summary>The state an actor stands for: itself, a person's nationality, an organisation's home state.</summary>
    public static ActorId StateOf(Chronicle chronicle, ActorId id) =>
        chronicle.TryGetActor(id, out var actor)
            ? actor switch
            {
                Person { Nationality: { } n } => n,
                Organization { HomeState: { } h } => h,
                _ => id,
            }
            : id;

    private static (ActorId First, ActorId Second)? BusiestPair(Chronicle chronicle, ActorId? with)
    {
        var counts = new Dictionary<(ActorId, ActorId), int>();
        var states = new List<ActorId>(4);
        foreach (var e in chronicle.Events)
        {
            states.Clear();
            foreach (var a in e.Actors)
            {
                var s = StateOf(chronicle, a);
                if (chronicle.TryGetActor(s, out var found) && found is State && !states.Contains(s))
                {
                    states.Add(s);
                }
            }

            for (var i = 0; i < states.Count; i++)
            {
                for (var j = i + 1; j < states.Count; j++)
                {
                    var key = states[i] < states[j] ? (states[i], states[j]) : (states[j], states[i]);
                    if (with is not { } w || key.Item1 == w || key.Item2 == w)
                    {
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2).First().Key;
    }
}
