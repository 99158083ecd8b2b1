using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// Checks a set of actors and events for everything a chronicle requires, collecting every problem; or, for an
/// append, checks only what is new against what a chronicle already holds (which was checked when it was added), with
/// the same rules and the same problems as checking everything at once.
/// </summary>
internal static class ChronicleValidator
{
    public static IReadOnlyList<ChronicleProblem> Validate(
        IReadOnlyList<Actor> actors,
        IReadOnlyList<DiplomaticEvent> events) => Validate(actors, events, null);

    /// <summary>
    /// Checks <paramref name="actors"/> and <paramref name="events"/> as if added to <paramref name="existing"/>
    /// (null: to nothing). Costs O(new) lookups in what exists, plus the existing office changes of the persons
    /// whose office changes are new.
    /// </summary>
    public static IReadOnlyList<ChronicleProblem> Validate(
        IReadOnlyList<Actor> actors,
        IReadOnlyList<DiplomaticEvent> events,
        IExisting? existing)
    {
        var problems = new List<ChronicleProblem>();
        var newActors = new Dictionary<string, Actor>(actors.Count);
        var actorsById = new Lookup<ActorId, Actor>(newActors, existing is null ? null : existing.TryGetActor);
        foreach (var actor in actors)
        {
            var subject = $"actor '{actor.Id}'";
            if (actor.Id.IsDefault)
            {
                problems.Add(new(ChronicleProblemKind.InvalidValue, $"actor named '{actor.Name}'", "Id", "the id is missing."));
                continue;
            }

            if (actorsById.TryGetValue(actor.Id, out var same) || !newActors.TryAdd(actor.Id.Value, actor))
            {
                problems.Add(new(ChronicleProblemKind.DuplicateId, subject, "Id", $"another actor has the same id ('{(same ?? newActors[actor.Id.Value]).Name}')."));
            }

            if (string.IsNullOrWhiteSpace(actor.Name))
            {
                problems.Add(new(ChronicleProblemKind.InvalidValue, subject, "Name", "the name is empty."));
            }

            for (var i = 0; i < actor.Aliases.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(actor.Aliases[i]))
                {
                    problems.Add(new(ChronicleProblemKind.InvalidValue, subject, $"Aliases[{i}]", "the alias is empty."));
                }
            }

            if (actor is State && !actor.Id.IsStateCode)
            {
                problems.Add(new(ChronicleProblemKind.InvalidValue, subject, "Id", "a state's id must be its ISO 3166-1 alpha-3 code in upper case (e.g. 'SRB')."));
            }
        }

        foreach (var actor in actors)
        {
            var subject = $"actor '{actor.Id}'";
            switch (actor)
            {
                case Person { Nationality: { } nationality }:
                    CheckState(actorsById, problems, subject, "Nationality", nationality);
                    break;
                case Organization { HomeState: { } home }:
                    CheckState(actorsById, problems, subject, "HomeState", home);
                    break;
            }
        }

        var newEvents = new Dictionary<string, DiplomaticEvent>(events.Count);
        var eventsById = new Lookup<EventId, DiplomaticEvent>(newEvents, existing is null ? null : existing.TryGetEvent);
        foreach (var e in events)
        {
            if (!e.Id.IsDefault && (eventsById.ContainsKey(e.Id) || !newEvents.TryAdd(e.Id.Value, e)))
            {
                problems.Add(new(ChronicleProblemKind.DuplicateId, $"event '{e.Id}'", "Id", "another event has the same id."));
            }
        }

        foreach (var e in events)
        {
            CheckEvent(e, actorsById, eventsById, problems);
        }

        CheckOfficeOrder(WithExistingOfficeChanges(events, existing), problems);
        return problems;
    }

    /// <summary>
    /// The new events, and the existing office changes of every person who has a new one (the order rule looks at
    /// each person's changes to an office together).
    /// </summary>
    private static IReadOnlyList<DiplomaticEvent> WithExistingOfficeChanges(IReadOnlyList<DiplomaticEvent> events, IExisting? existing)
    {
        if (existing is null)
        {
            return events;
        }

        var persons = events.OfType<OfficeChange>().Select(o => o.Person).Where(p => !p.IsDefault).Distinct().ToArray();
        if (persons.Length == 0)
        {
            return events;
        }

        return [.. events, .. persons.SelectMany(existing.OfficeChangesOf)];
    }

    private static void CheckState(Lookup<ActorId, Actor> actorsById, List<ChronicleProblem> problems, string subject, string field, ActorId id)
    {
        if (!actorsById.TryGetValue(id, out var referenced))
        {
            problems.Add(new(ChronicleProblemKind.UnknownActor, subject, field, $"unknown actor '{id}'; add it to the chronicle."));
        }
        else if (referenced is not State)
        {
            problems.Add(new(ChronicleProblemKind.InvalidValue, subject, field, $"'{id}' is a {referenced.GetType().Name}, not a State."));
        }
    }

    private static void CheckEvent(
        DiplomaticEvent e,
        Lookup<ActorId, Actor> actorsById,
        Lookup<EventId, DiplomaticEvent> eventsById,
        List<ChronicleProblem> problems)
    {
        if (e.Id.IsDefault)
        {
            problems.Add(new(ChronicleProblemKind.InvalidValue, $"{e.Kind} event dated {e.When}", "Id", "the id is missing."));
        }

        if (!EventCatalog.TryGet(e.GetType(), out var info) || info.Kind != e.Kind)
        {
            problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Kind", $"the type {e.GetType().Name} has no entry of kind {e.Kind} in the EventCatalog; add one."));
        }

        if (e.When.HasOpenStart && e.When.HasOpenEnd)
        {
            problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "When", "the date is open at both ends; give at least one end."));
        }

        if (e.Citations.Count == 0)
        {
            problems.Add(new(ChronicleProblemKind.MissingCitation, Subject(e), "Citations", "every event needs at least one citation (who reported it, and when)."));
        }

        for (var i = 0; i < e.Citations.Count; i++)
        {
            var source = e.Citations[i].Source;
            if (source.IsDefault)
            {
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), $"Citations[{i}].Source", "the source is missing."));
            }
            else if (!actorsById.ContainsKey(source))
            {
                problems.Add(new(ChronicleProblemKind.UnknownActor, Subject(e), $"Citations[{i}].Source", $"unknown actor '{source}'; add the outlet to the chronicle."));
            }
        }

        foreach (var (field, actor) in e.ActorReferences())
        {
            if (actor.IsDefault)
            {
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), field.ToString(), "the actor is missing."));
            }
            else if (!actorsById.TryGetValue(actor, out var referenced))
            {
                problems.Add(new(ChronicleProblemKind.UnknownActor, Subject(e), field.ToString(), $"unknown actor '{actor}'."));
            }
            else if (info is { RequiredActorTypes.Count: > 0 } && info.AllowedActorTypes(field.Role) is { } allowed && !IsAnyOf(allowed, referenced))
            {
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), field.ToString(), $"'{actor}' is {Article(referenced.GetType().Name)}, not {string.Join(" or ", allowed.Select(t => Article(t.Name)))}."));
            }
        }

        foreach (var (field, referenced) in e.EventReferences())
        {
            if (referenced == e.Id)
            {
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), field.ToString(), "an event cannot refer to itself."));
            }
            else if (!eventsById.ContainsKey(referenced))
            {
                problems.Add(new(ChronicleProblemKind.UnknownEvent, Subject(e), field.ToString(), $"unknown event '{referenced}'."));
            }
        }

        switch (e)
        {
            case Meeting { Participants.Count: 0 }:
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Participants", "a meeting needs at least one participant."));
                break;
            case ArmsTransfer transfer:
                if (transfer.Supplier == transfer.Recipient && !transfer.Supplier.IsDefault)
                {
                    problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Recipient", "the recipient is the supplier."));
                }

                for (var i = 0; i < transfer.Items.Count; i++)
                {
                    if (transfer.Items[i].Quantity is < 0)
                    {
                        problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), $"Items[{i}].Quantity", $"the quantity {transfer.Items[i].Quantity} is negative."));
                    }
                }

                if (transfer.Value is { Amount: < 0 } value)
                {
                    problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Value", $"the value {value} is negative."));
                }

                if (transfer.Continues is { } previous && eventsById.TryGetValue(previous, out var earlier) && earlier is not ArmsTransfer)
                {
                    problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Continues", $"'{previous}' is a {earlier.Kind}, not an arms transfer."));
                }

                break;
            case RelationshipChange change when change.Actor == change.Partner && !change.Actor.IsDefault:
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Partner", "the partner is the actor itself."));
                break;
            case SanctionsAction action when action.Imposer == action.Target && !action.Imposer.IsDefault:
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Target", "the target is the imposer itself."));
                break;
            case OfficeChange office:
                if (string.IsNullOrWhiteSpace(office.Office))
                {
                    problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Office", "the office is empty."));
                }

                break;
            case Commitment commitment when string.IsNullOrWhiteSpace(commitment.Undertaking):
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Undertaking", "say what was agreed or refused."));
                break;
            case MembershipChange membership when membership.Member == membership.Organization && !membership.Member.IsDefault:
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "Organization", "the organisation is the member itself."));
                break;
            case MembershipChange { DecidedBy: { } by } membership when by == membership.Member:
                problems.Add(new(ChronicleProblemKind.InvalidValue, Subject(e), "DecidedBy", "the change is the member's own act; leave DecidedBy empty for that."));
                break;
        }
    }

    /// <summary>Whether <paramref name="actor"/> is of one of the <paramref name="types"/>.</summary>
    private static bool IsAnyOf(IReadOnlyList<Type> types, Actor actor)
    {
        for (var t = 0; t < types.Count; t++)
        {
            if (types[t].IsInstanceOfType(actor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A type's name with its indefinite article: "a State", "an Organization".</summary>
    private static string Article(string name) => ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;

    /// <summary>How problems name an event; made only when there is a problem to report.</summary>
    private static string Subject(DiplomaticEvent e) => $"event '{e.Id}'";

    /// <summary>
    /// Each person's changes to each office, in the order the queries replay them (timeline order, where the dates
    /// leave it open the order that makes sense), must alternate: a start (appointed, reinstated) while not holding it,
    /// an end (removed, resigned) while holding it; a reinstatement follows an earlier spell. An appointment while
    /// holding it (a re-election, a new term) is accepted: it continues the spell, as the queries read it.
    /// </summary>
    private static void CheckOfficeOrder(IReadOnlyList<DiplomaticEvent> events, List<ChronicleProblem> problems)
    {
        var groups = events.OfType<OfficeChange>()
            .Where(o => !o.Person.IsDefault && !string.IsNullOrWhiteSpace(o.Office))
            .GroupBy(o => (o.Person, Office: o.Office.Trim()));
        foreach (var group in groups)
        {
            var holding = false;
            var heldBefore = false;
            var queue = new ReplayQueue<OfficeChange>(group);
            while (queue.TryNext(c => c.Change.StartsTenure() ? !holding && (heldBefore || c.Change != OfficeChangeKind.Reinstated) : holding, out var change))
            {
                var subject = $"event '{change.Id}'";
                switch (change.Change)
                {
                    case OfficeChangeKind.Reinstated when holding:
                        problems.Add(new(ChronicleProblemKind.OutOfOrder, subject, "Change", $"{change.Person} already holds '{change.Office}' at {change.When}; record the departure first."));
                        break;
                    case OfficeChangeKind.Reinstated when !heldBefore:
                        problems.Add(new(ChronicleProblemKind.OutOfOrder, subject, "Change", $"{change.Person} is reinstated as '{change.Office}' at {change.When} without having held it before; use Appointed."));
                        break;
                    case OfficeChangeKind.Removed or OfficeChangeKind.Resigned when !holding:
                        problems.Add(new(ChronicleProblemKind.OutOfOrder, subject, "Change", $"{change.Person} leaves '{change.Office}' at {change.When} without holding it then; record the appointment first, dated before."));
                        break;
                }

                holding = change.Change.StartsTenure();
                heldBefore |= holding;
            }
        }
    }

    /// <summary>What a chronicle already holds, as an append is checked against it.</summary>
    internal interface IExisting
    {
        /// <summary>Looks up an existing actor.</summary>
        bool TryGetActor(ActorId id, [NotNullWhen(true)] out Actor? actor);

        /// <summary>Looks up an existing event.</summary>
        bool TryGetEvent(EventId id, [NotNullWhen(true)] out DiplomaticEvent? diplomaticEvent);

        /// <summary>The existing office changes of a person, in any order.</summary>
        IEnumerable<OfficeChange> OfficeChangesOf(ActorId person);
    }

    /// <summary>
    /// Looks a key up among the new values first (by its text: string keys get the runtime's fast hashing), then
    /// among the existing ones.
    /// </summary>
    private readonly struct Lookup<TKey, TValue>(Dictionary<string, TValue> added, Lookup<TKey, TValue>.Existing? existing)
        where TKey : struct, ICheckedText<TKey>
        where TValue : class
    {
        public delegate bool Existing(TKey key, [NotNullWhen(true)] out TValue? value);

        public bool TryGetValue(TKey key, [NotNullWhen(true)] out TValue? value)
        {
            if (added.TryGetValue(key.Value, out value))
            {
                return true;
            }

            value = null;
            return existing is not null && existing(key, out value);
        }

        public bool ContainsKey(TKey key) => TryGetValue(key, out _);
    }
}
