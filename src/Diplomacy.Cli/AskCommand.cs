using System.CommandLine;
using NodaTime;

namespace Diplomacy.Cli;

/// <summary>
/// <c>diplomacy ask &lt;question&gt;</c>: one subcommand per query of <see cref="ChronicleQueries"/>, each printing its
/// answers and their evidence as tables, or as JSON with <c>--json</c>.
/// </summary>
internal sealed class AskCommand
{
    internal const string Seed = "seeds/serbia-arms-2024.json";

    private readonly Option<string> _data = new("--data", "-d")
    {
        Description = "The chronicle to ask (a chronicle document, .json, or a Parquet table set).",
        HelpName = "file",
        Required = true,
        Recursive = true,
    };

    private readonly Option<LocalDate?> _asOf = Recursive(CliValues.DateOption("--as-of", "Answer from what had certainly occurred by this day."));

    private readonly Option<LocalDate?> _asKnownAt = Recursive(CliValues.DateOption("--as-known-at", "Answer from what some report had certainly published by this day."));

    private readonly Option<LocalDate?> _releasedBy = Recursive(CliValues.DateOption("--released-by", "Answer from what the event data sets had released by this day (events no release names count by publication)."));

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the answer as JSON (answers and evidence with citations) instead of tables.",
        Recursive = true,
    };

    private readonly Option<LocalDate?> _from = CliValues.DateOption("--from", "Only events that may have happened on or after this day.");

    private readonly Option<LocalDate?> _until = CliValues.DateOption("--until", "Only events that may have happened on or before this day.");

    private readonly Option<LocalDate?> _on = CliValues.DateOption("--on", "The day asked about (default: the --as-of, --as-known-at or --released-by day, else today).");

    /// <summary>The <c>ask</c> command and its questions.</summary>
    public static Command Create(CliConsole console) => new AskCommand().Build(console);

    private Command Build(CliConsole console)
    {
        var ask = new Command("ask", "Ask a question of a chronicle; every answer lists its evidence (event, date, basis, sources).")
        {
            _data, _asOf, _asKnownAt, _releasedBy, _json,
        };
        Add(ask, Questions());
        var spells = new Command("spells", "How long did sanctions, memberships and offices last? Each spell is a run of one position, from the event that began it to the one that ended it.");
        Add(spells, Spells());
        spells.SetAction(int (_) => throw new CliException("say which spells: sanctions <imposer> <target>, membership <organization> or offices <person> (see 'diplomacy ask spells --help')", ExitCodes.Usage));
        ask.Subcommands.Add(spells);
        return ask;

        void Add(Command parent, IEnumerable<(Command Command, Func<ParseResult, Chronicle, Answer> Answer)> questions)
        {
            foreach (var question in questions)
            {
                question.Command.SetAction(parse => Answer(console, parse, question.Answer));
                parent.Subcommands.Add(question.Command);
            }
        }
    }

    private int Answer(CliConsole console, ParseResult parse, Func<ParseResult, Chronicle, Answer> answer)
    {
        var chronicle = ChronicleFiles.Load(parse.GetRequiredValue(_data));
        if (parse.GetValue(_asOf) is { } asOf)
        {
            chronicle = chronicle.AsOf(asOf);
        }

        if (parse.GetValue(_asKnownAt) is { } knownAt)
        {
            chronicle = chronicle.AsKnownAt(knownAt);
        }

        if (parse.GetValue(_releasedBy) is { } releasedBy)
        {
            chronicle = chronicle.AsKnownAt(releasedBy, KnownBy.Release);
        }

        WarnOfUnknownActors(console, parse, chronicle);
        var result = answer(parse, chronicle);
        if (parse.GetValue(_json))
        {
            AnswerWriter.WriteJson(console.Out, chronicle, result);
        }
        else
        {
            AnswerWriter.WriteTables(console, chronicle, result);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Says on the error stream when an actor the question names is not in the chronicle (its answer is then empty
    /// or "none" for that reason alone), with the ids that differ only in case, if any, and when an event it names by
    /// id (<c>--to</c>) is not. The answer is still given.
    /// </summary>
    private static void WarnOfUnknownActors(CliConsole console, ParseResult parse, Chronicle chronicle)
    {
        var named = new List<ActorId>();
        foreach (var symbol in parse.CommandResult.Command.Arguments.Cast<Symbol>().Concat(parse.CommandResult.Command.Options))
        {
            switch (symbol)
            {
                case Argument<ActorId> argument when parse.GetResult(argument) is not null:
                    named.Add(parse.GetValue(argument));
                    break;
                case Option<ActorId?> option when parse.GetValue(option) is { } id:
                    named.Add(id);
                    break;
                case Option<string[]> { Name: "--to" } events:
                    foreach (var eventId in (parse.GetValue(events) ?? []).Distinct(StringComparer.Ordinal).Where(e => !EventId.IsValid(e) || !chronicle.ContainsEvent(new EventId(e))))
                    {
                        console.Error.WriteLine($"warning: the chronicle holds no event '{eventId}'; nothing can have answered it.");
                    }

                    break;
            }
        }

        foreach (var id in named.Distinct().Where(id => !chronicle.TryGetActor(id, out _)))
        {
            console.Error.WriteLine($"warning: the chronicle holds {CliValues.NoActor(chronicle, id)}; what follows is answered for an actor with no events.");
        }
    }

    private IEnumerable<(Command Command, Func<ParseResult, Chronicle, Answer> Answer)> Questions()
    {
        yield return TradeOffs();
        yield return Stance();
        yield return Flows();
        yield return Reactions();
        yield return Tolerated();
        yield return Divergence();
        yield return Contacts();
        yield return Role();
        yield return Holders();
        yield return Members();
        yield return Timeline();
    }

    private static IEnumerable<(Command Command, Func<ParseResult, Chronicle, Answer> Answer)> Spells()
    {
        yield return SanctionsSpells();
        yield return MembershipSpells();
        yield return OfficeSpells();
    }

    private static (Command, Func<ParseResult, Chronicle, Answer>) SanctionsSpells()
    {
        var (imposer, target) = SanctionsPair();
        var command = Question("sanctions", "Through which postures did a sanctions stance pass, from when until when?", $"diplomacy ask spells sanctions SRB RUS --data {Seed}", imposer, target);
        return (command, (parse, chronicle) => Cli.Answer.Of(
            $"Through which postures did {Name(chronicle, parse.GetValue(imposer))}'s sanctions stance toward {Name(chronicle, parse.GetValue(target))} pass?",
            ["posture", "since", "until", "measures", "in-force"],
            chronicle.SanctionsSpells(parse.GetValue(imposer), parse.GetValue(target)),
            s => [s.Posture, s.Since, s.Until, ListCell.Of(s.Measures, "; "), s.InForce]));
    }

    private static (Command, Func<ParseResult, Chronicle, Answer>) MembershipSpells()
    {
        var organization = CliValues.ActorArgument("organization", "The alliance or organisation (e.g. csto).");
        var command = Question("membership", "Who was a member of an alliance or organisation, active or suspended, from when until when?", $"diplomacy ask spells membership csto --data {Seed}", organization);
        return (command, (parse, chronicle) => Cli.Answer.Of(
            $"Who was a member of {Name(chronicle, parse.GetValue(organization))}, from when until when?",
            ["member", "suspended", "joined", "since", "until"],
            chronicle.MembershipSpells(parse.GetValue(organization)),
            m => [Actor(chronicle, m.Member), m.IsSuspended, m.Joined, m.Since, m.Until]));
    }

    private static (Command, Func<ParseResult, Chronicle, Answer>) OfficeSpells()
    {
        var person = Person();
        var command = Question("offices", "Which offices did a person hold, from when until when?", $"diplomacy ask spells offices aleksandar-vulin --data {Seed}", person);
        return (command, (parse, chronicle) => Cli.Answer.Of(
            $"Which offices did {Name(chronicle, parse.GetValue(person))} hold, from when until when?",
            ["office", "body", "since", "until"],
            chronicle.OfficeSpells(parse.GetValue(person)),
            o => [o.Office, o.Body is { } b ? Actor(chronicle, b) : null, o.Since, o.Until]));
    }

    private static (Command, Func<ParseResult, Chronicle, Answer>) TradeOffs()
    {
        var actor = CliValues.ActorArgument("actor", "The actor that traded (e.g. RUS): partners given up, or relationships formed as a concession, for something.");
        var gained = CliValues.EnumOption<ConsiderationKind>("--for", "Only trade-offs for this kind of gain.");
        var command = Question("trade-offs", "Which relationships did an actor give up, or concede, and for what?", $"diplomacy ask trade-offs RUS --for materiel --data {Seed}", actor, gained);
        return (command, (parse, chronicle) =>
        {
            var kind = parse.GetValue(gained);
            return Cli.Answer.Of(
                $"Which relationships did {Name(chronicle, parse.GetValue(actor))} trade{(kind is { } k ? " for " + CliValues.Kebab(k) : string.Empty)}, and for what?",
                ["partner", "relationship", "change", "when", "gained", "from"],
                chronicle.TradeOffs(parse.GetValue(actor), kind),
                t => [Actor(chronicle, t.Partner), t.Relationship, t.Change, t.When, t.Gained.Description is { } d ? $"{CliValues.Kebab(t.Gained.Kind)} ({d})" : t.Gained.Kind, t.Gained.From is { } f ? Actor(chronicle, f) : null]);
        });
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Stance()
    {
        var (imposer, target) = SanctionsPair();
        var includeBlocs = new Option<bool>("--include-blocs")
        {
            Description = "Include the measures of the blocs (such as the EU) the imposer was an active member of on the day; they are named under bound-by.",
        };
        var command = Question("stance", "What was a sanctions stance on a day, since when, and on what evidence?", $"diplomacy ask stance SRB RUS --on 2024-07-08 --data {Seed}", imposer, target, _on, includeBlocs);
        return (command, (parse, chronicle) =>
        {
            var options = new SanctionsStanceOptions { IncludeBlocs = parse.GetValue(includeBlocs) };
            var stance = chronicle.SanctionsStance(parse.GetValue(imposer), parse.GetValue(target), Day(parse, chronicle), options);
            return Cli.Answer.Of(
                $"What was {Name(chronicle, stance.Imposer)}'s sanctions stance toward {Name(chronicle, stance.Target)} on {CliValues.Format(stance.At)}{(options.IncludeBlocs ? ", with its blocs" : string.Empty)}?",
                ["imposer", "target", "on", "posture", "since", "certainty", "measures", "bound-by"],
                [stance],
                s => [Actor(chronicle, s.Imposer), Actor(chronicle, s.Target), s.At, s.Posture, s.Since, s.Certainty, ListCell.Of(s.Measures, "; "), ListCell.Of(s.BoundBy.Select(b => Actor(chronicle, b)))]);
        });
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Flows()
    {
        var origin = CliValues.ActorArgument("origin", "Where the arms came from (a state, with its organisations; e.g. SRB).");
        var endUser = CliValues.ActorArgument("end-user", "Where they ended up (e.g. UKR).");
        var command = Question("flows", "Along which routes did arms reach an end user, and how much?", $"diplomacy ask flows SRB UKR --data {Seed}", origin, endUser, _from, _until);
        return (command, (parse, chronicle) => Cli.Answer.Of(
            $"Along which routes did arms from {Name(chronicle, parse.GetValue(origin))} reach {Name(chronicle, parse.GetValue(endUser))}?",
            ["route", "quantities", "value", "transfers"],
            chronicle.ArmsFlows(parse.GetValue(origin), parse.GetValue(endUser), Period(parse)),
            r => [
                ListCell.Of(r.Actors.Select(a => Actor(chronicle, a)), " → "),
                ListCell.Of(r.Quantities.Select(Describe)),
                ListCell.Of(r.Values),
                ListCell.Of(r.Transfers.Select(t => t.Id))]));
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Reactions()
    {
        var reactor = CliValues.ActorArgument("reactor", "Who reacted (a state counts with its officials and bodies; e.g. RUS).");
        var to = new Option<string[]>("--to")
        {
            Description = "An event reacted to, by id; repeat for several.",
            HelpName = "event-id",
            DefaultValueFactory = _ => [],
        };
        var by = CliValues.ActorOption("--by", "Every event this actor took part in (e.g. SRB), as what was reacted to.");
        var kinds = CliValues.EnumListOption<EventKind>("--kind", "Only reactions to events of this kind.");
        var affiliated = new Option<bool>("--include-affiliated")
        {
            Description = "With --by: also the events of whoever counts for that actor (a state's official bodies and companies, its officials in office, its nationals), as ask timeline --include-affiliated reads them.",
        };
        var command = Question("reactions", "How did an actor react to some events (by id, by who did them, by kind)?", $"diplomacy ask reactions RUS --by SRB --kind arms-transfer --data {Seed}", reactor, to, by, kinds, affiliated, _from, _until);
        command.Validators.Add(result =>
        {
            if (result.GetValue(to) is not { Length: > 0 } && result.GetValue(by) is null && result.GetValue(kinds) is not { Length: > 0 })
            {
                result.AddError("say what was reacted to: --to <event-id>, --by <actor> or --kind <kind>");
            }

            if (result.GetValue(affiliated) && result.GetValue(by) is null)
            {
                result.AddError("--include-affiliated needs --by <actor>");
            }
        });
        return (command, (parse, chronicle) =>
        {
            var ids = parse.GetValue(to) ?? [];
            var doer = parse.GetValue(by);
            var kindSet = parse.GetValue(kinds) ?? [];
            var byAffiliation = doer is { } who && parse.GetValue(affiliated) ? new TimelineFilter { Actor = who, IncludeAffiliated = true } : null;
            var events = ids.Length > 0 && doer is null && kindSet.Length == 0
                ? EventSet.Of(ids.Select(i => new EventId(i)))
                : EventSet.Where(e => (ids.Length == 0 || ids.Contains(e.Id.Value))
                    && (doer is not { } d || (byAffiliation is { } f ? f.Matches(e, chronicle) : e.Actors.Contains(d)))
                    && (kindSet.Length == 0 || kindSet.Contains(e.Kind)));
            return Cli.Answer.Of(
                $"How did {Name(chronicle, parse.GetValue(reactor))} react?",
                ["speaker", "tone", "when", "quote", "responds-to", "through", "certainty"],
                chronicle.ReactionsTo(parse.GetValue(reactor), events, Period(parse)),
                r => [Actor(chronicle, r.Speaker), r.Tone, r.When, r.Statement.Quote, ListCell.Of(r.RespondsTo.Select(e => e.Id)), r.IsIndirect ? ListCell.Of(r.Through.Select(t => t.Id)) : null, r.Certainty]) with { Quoted = new HashSet<string> { "quote" } };
        });
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Tolerated()
    {
        var actor = CliValues.ActorArgument("actor", "The actor that may have tolerated hostile acts (e.g. RUS).");
        var window = new Option<int?>("--window")
        {
            Description = "Days after an act (or after it became known) within which a reaction counts (default 180).",
            HelpName = "days",
        };
        var command = Question("tolerated", "Which hostile acts did an actor let pass without criticism?", $"diplomacy ask tolerated RUS --window 90 --data {Seed}", actor, window, _from, _until);
        return (command, (parse, chronicle) =>
        {
            var options = parse.GetValue(window) is { } days ? WindowOf(days) : null;
            return Cli.Answer.Of(
                $"Which hostile acts did {Name(chronicle, parse.GetValue(actor))} tolerate?",
                ["act", "doer", "how-hostile", "enemy", "strongest-reaction", "certainty"],
                chronicle.Tolerated(parse.GetValue(actor), Period(parse), options),
                a => [a.Act.Id, Actor(chronicle, a.Doer), a.Hostility, a.Enemy is { } e ? Actor(chronicle, e) : null, a.StrongestReaction is { } r ? $"{CliValues.Kebab(r.Tone)} ({Name(chronicle, r.Speaker)})" : "none", a.Certainty]);
        });
    }

    /// <summary>The tolerance window of a number of days; a usage error when it is negative or longer than 100 years.</summary>
    private static ToleranceOptions WindowOf(int days)
    {
        try
        {
            return days >= 0 ? new ToleranceOptions { Window = NodaTime.Period.FromDays(days) } : throw new ArgumentOutOfRangeException(nameof(days));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new CliException($"--window takes a number of days from 0 to 100 years, not {days}", ExitCodes.Usage);
        }
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Divergence()
    {
        var actor = CliValues.ActorArgument("actor", "Whose words and deeds (e.g. SRB).");
        var toward = CliValues.ActorArgument("toward", "Toward whom (e.g. RUS).");
        var command = Question("divergence", "Where do an actor's words and deeds toward another diverge?", $"diplomacy ask divergence SRB RUS --data {Seed}", actor, toward, _from, _until);
        command.Validators.Add(result =>
        {
            if (result.GetValue(actor) == result.GetValue(toward))
            {
                result.AddError($"divergence needs two different actors; both are '{result.GetValue(actor)}'");
            }
        });
        return (command, (parse, chronicle) =>
        {
            var d = chronicle.Divergence(parse.GetValue(actor), parse.GetValue(toward), Period(parse));
            return new Answer(
                $"Where do {Name(chronicle, d.Actor)}'s words and deeds toward {Name(chronicle, d.Toward)} diverge?",
                ["measure", "goldstein-mean", "events", "certainty"],
                [
                    Cli.Answer.Row("words (verbal events)", d.VerbalScore, d.Verbal.Count, CertaintyOf(d.Verbal)),
                    Cli.Answer.Row("deeds (material events)", d.MaterialScore, d.Material.Count, CertaintyOf(d.Material)),
                    Cli.Answer.Row("gap (words minus deeds)", d.Gap, null, d.Certainty),
                ],
                Cli.Answer.EvidenceOf(d.Evidence));
        });
    }

    /// <summary>Possible when any of the scored events is.</summary>
    private static Certainty CertaintyOf(IReadOnlyList<ScoredEvent> events) =>
        events.Any(e => e.Certainty == Certainty.Possible) ? Certainty.Possible : Certainty.Certain;

    private (Command, Func<ParseResult, Chronicle, Answer>) Contacts()
    {
        var side = CliValues.ActorArgument("side", "One state (e.g. SRB).");
        var other = CliValues.ActorArgument("other-side", "The other state (e.g. RUS).");
        var command = Question("contacts", "Which personal channels tie two states' people, and did they go on while out of office?", $"diplomacy ask contacts SRB RUS --from 2023-11-01 --until 2024-05-31 --data {Seed}", side, other, _from, _until);
        return (command, (parse, chronicle) => Cli.Answer.Of(
            $"Which personal channels tie {Name(chronicle, parse.GetValue(side))} to {Name(chronicle, parse.GetValue(other))}?",
            ["person", "counterpart", "meetings", "without-office", "where", "certainty"],
            chronicle.Contacts(parse.GetValue(side), parse.GetValue(other), Period(parse)),
            c => [Actor(chronicle, c.Person), Actor(chronicle, c.Counterpart), c.Count, c.WithoutOffice, ListCell.Of(c.Places.Select(p => p.Name)), c.Meetings.Any(m => m.Certainty == Certainty.Possible) ? Certainty.Possible : Certainty.Certain]));
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Role()
    {
        var person = Person();
        var command = Question("role", "Which offices did a person hold on a day?", $"diplomacy ask role aleksandar-vulin --on 2023-06-01 --data {Seed}", person, _on);
        return (command, (parse, chronicle) =>
        {
            var day = Day(parse, chronicle);
            return Cli.Answer.Of(
                $"Which offices did {Name(chronicle, parse.GetValue(person))} hold on {CliValues.Format(day)}?",
                ["office", "body", "since", "until", "certainty"],
                chronicle.RoleOf(parse.GetValue(person), day),
                o => [o.Office, o.Body is { } b ? Actor(chronicle, b) : null, o.Since, o.Until, o.Certainty]);
        });
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Holders()
    {
        var office = new Option<string?>("--office") { Description = "The office's title (compared ignoring case), e.g. \"Minister of Defence\".", HelpName = "title" };
        var body = CliValues.ActorOption("--body", "The body the office belongs to (e.g. russian-security-council); alone, every office of it.");
        var command = Question("holders", "Who held an office, or the offices of a body, on a day?", $"diplomacy ask holders --office \"Minister of Defence\" --on 2024-05-01 --data {Seed}", office, body, _on);
        command.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(office)) && result.GetValue(body) is null)
            {
                result.AddError("say which office: --office <title>, --body <actor> or both");
            }
        });
        return (command, (parse, chronicle) =>
        {
            var day = Day(parse, chronicle);
            var title = parse.GetValue(office);
            var named = parse.GetValue(body);
            var what = (string.IsNullOrWhiteSpace(title) ? null : title.Trim(), named) switch
            {
                ({ } t, { } b) => $"{t} of {Name(chronicle, b)}",
                ({ } t, null) => t,
                (null, { } b) => $"the offices of {Name(chronicle, b)}",
                _ => "the office",
            };
            return Cli.Answer.Of(
                $"Who held {what} on {CliValues.Format(day)}?",
                ["person", "office", "body", "since", "until", "certainty"],
                chronicle.HoldersOf(day, string.IsNullOrWhiteSpace(title) ? null : title, named),
                o => [Actor(chronicle, o.Person), o.Office, o.Body is { } b ? Actor(chronicle, b) : null, o.Since, o.Until, o.Certainty]);
        });
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Members()
    {
        var alliance = CliValues.ActorArgument("alliance", "The alliance or organisation (e.g. csto).");
        var command = Question("members", "Who were an alliance's members on a day?", $"diplomacy ask members csto --on 2024-07-08 --data {Seed}", alliance, _on);
        return (command, (parse, chronicle) =>
        {
            var day = Day(parse, chronicle);
            return Cli.Answer.Of(
                $"Who were the members of {Name(chronicle, parse.GetValue(alliance))} on {CliValues.Format(day)}?",
                ["member", "suspended", "since", "certainty"],
                chronicle.MembersOf(parse.GetValue(alliance), day),
                m => [Actor(chronicle, m.Member), m.IsSuspended, m.Since, m.Certainty]);
        });
    }

    private (Command, Func<ParseResult, Chronicle, Answer>) Timeline()
    {
        var actor = CliValues.ActorOption("--actor", "Only events this actor took part in.");
        var counterpart = CliValues.ActorOption("--counterpart", "Only events the other side of which this actor took part in (with --actor).");
        var kinds = CliValues.EnumListOption<EventKind>("--kind", "Only events of this kind.");
        var quad = CliValues.EnumOption<QuadClass>("--quad", "Only events of this quad class.");
        var affiliated = new Option<bool>("--include-affiliated") { Description = "Let --actor and --counterpart also match whoever counts for them: a state's officials while in office, its official bodies and nationals (so two states' leaders' summit is between the states)." };
        var actsBetween = new Option<bool>("--acts-between") { Description = "With --actor and --counterpart: only events in which one acts toward the other, not those that merely name both (a third party's report)." };
        var command = Question("timeline", "Which events meet a filter, in timeline order?", $"diplomacy ask timeline --actor SRB --counterpart RUS --kind sanctions-action --data {Seed}", actor, counterpart, kinds, quad, affiliated, actsBetween, _from, _until);
        command.Validators.Add(result =>
        {
            if (result.GetValue(actsBetween) && (result.GetValue(actor) is null || result.GetValue(counterpart) is null))
            {
                result.AddError("--acts-between needs both --actor and --counterpart");
            }
        });
        return (command, (parse, chronicle) =>
        {
            var events = chronicle.Timeline(new TimelineFilter
            {
                Actor = parse.GetValue(actor),
                Counterpart = parse.GetValue(counterpart),
                Kinds = parse.GetValue(kinds) ?? [],
                QuadClass = parse.GetValue(quad),
                Period = Period(parse),
                IncludeAffiliated = parse.GetValue(affiliated),
                ActsBetween = parse.GetValue(actsBetween),
            });
            return new Answer(
                "Which events meet the filter?",
                ["event", "when", "kind", "actors", "summary"],
                events.Select(e => Cli.Answer.Row(e.Id, e.When, e.Kind, ListCell.Of(e.Actors.Select(a => Actor(chronicle, a))), e.Summary)).ToArray(),
                events);
        });
    }

    private static (Argument<ActorId> Imposer, Argument<ActorId> Target) SanctionsPair() => (
        CliValues.ActorArgument("imposer", "The actor that imposes, refuses or delays sanctions (e.g. SRB)."),
        CliValues.ActorArgument("target", "The state, person or organisation targeted (e.g. RUS)."));

    private static Argument<ActorId> Person() => CliValues.ActorArgument("person", "The person (e.g. aleksandar-vulin).");

    private static Command Question(string name, string description, string example, params Symbol[] symbols)
    {
        var command = new Command(name, $"{description}\n\nExample:\n  {example}");
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        return command;
    }

    private static Option<LocalDate?> Recursive(Option<LocalDate?> option)
    {
        option.Recursive = true;
        return option;
    }

    private LocalDate Day(ParseResult parse, Chronicle chronicle) =>
        parse.GetValue(_on) ?? chronicle.AsOfDate ?? chronicle.KnownAtDate ?? chronicle.ReleasedByDate ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;

    private DateInterval? Period(ParseResult parse)
    {
        var from = parse.GetValue(_from);
        var until = parse.GetValue(_until);
        if (from is null && until is null)
        {
            return null;
        }

        var start = from ?? new LocalDate(1, 1, 1);
        var end = until ?? new LocalDate(9999, 12, 31);
        return start <= end
            ? new DateInterval(start, end)
            : throw new CliException($"--from {CliValues.Format(start)} is after --until {CliValues.Format(end)}", ExitCodes.Usage);
    }

    private static string Name(Chronicle chronicle, ActorId id) => AnswerWriter.NameOf(chronicle, id);

    private static ActorCell Actor(Chronicle chronicle, ActorId id) => ActorCell.Of(chronicle, id);

    private static string Describe(ArmsQuantity q) => q switch
    {
        { Quantity: 0, IsLowerBound: true } => $"{CliValues.Kebab(q.Category)} (number not reported)",
        _ => $"{(q.IsApproximate ? "~" : string.Empty)}{q.Quantity.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)}{(q.IsLowerBound ? "+" : string.Empty)} {CliValues.Kebab(q.Category)}",
    };
}
