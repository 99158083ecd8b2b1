using System.Globalization;
using System.Text.Json.Nodes;
using Diplomacy.Article;
using Diplomacy.Serialization;
using NodaTime;

namespace Diplomacy.Acceptance.Tests;

/// <summary>
/// The main job's report (samples/Diplomacy.Article) answers the article's questions from the seed: each section is
/// checked against what the library's queries say about the same data, not against fixed text.
/// </summary>
public class ReportSectionsTests
{
    private static readonly Chronicle Seed = ChronicleJson.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "serbia-arms-2024.json"));
    private static readonly LocalDate ArticleDay = new(2024, 7, 8);
    private static readonly ActorId Russia = "RUS";
    private static readonly ActorId Serbia = "SRB";
    private static readonly ActorId Ukraine = "UKR";

    private static IReadOnlyList<Section> Sections(Chronicle chronicle) => Questions.All(chronicle, ArticleDay).ToArray();

    private static Section SectionOf(Chronicle chronicle, string question) => Assert.Single(Sections(chronicle), s => s.Question == question);

    private static Section SectionStartingWith(Chronicle chronicle, string start) =>
        Assert.Single(Sections(chronicle), s => s.Question.StartsWith(start, StringComparison.Ordinal));

    private static string Cell(Section section, IReadOnlyList<string> row, string column) => row[section.Columns.ToList().IndexOf(column)];

    private static ArmsTransfer[] SerbianTransfers() =>
        [.. Seed.EventsOf<ArmsTransfer>().Where(t => t.Supplier == Serbia || Seed.GetActor(t.Supplier) is Organization { HomeState: { } home } && home == Serbia)];

    [Fact]
    public void The_seed_holds_every_actor_the_questions_are_about_and_another_data_set_is_told_which_it_lacks()
    {
        var other = new ChronicleBuilder().AddActors(Seed.Actors.Where(a => a is State && a.Id != Serbia)).Build();

        Assert.Empty(Questions.MissingActors(Seed));
        Assert.Equal([Serbia, (ActorId)"aleksandar-vulin"], Questions.MissingActors(other));
    }

    [Fact]
    public void The_authorities_section_lists_every_confirmation_and_denial_of_Serbian_exports_by_Serbias_side()
    {
        var exports = SerbianTransfers().Select(t => t.Id).ToHashSet();
        var expected = Seed.EventsOf<PublicReaction>()
            .Where(r => r.Tone is ReactionTone.Confirmation or ReactionTone.Denial && r.InResponseTo.Any(exports.Contains))
            .ToArray();
        var section = SectionOf(Seed, Questions.AuthoritiesKnowQuestion);

        Assert.NotEmpty(expected);
        Assert.All(expected, r => Assert.Contains(r, section.Evidence));
        Assert.All(section.Rows, row => Assert.Contains(Cell(section, row, "tone"), new[] { nameof(ReactionTone.Confirmation), nameof(ReactionTone.Denial) }));
        Assert.All(section.Rows, row => Assert.Contains(Seed.Actors, a => a.Name == Cell(section, row, "speaker") && (a.Id == Serbia || a is Person { Nationality: { } n } && n == Serbia)));
    }

    [Fact]
    public void The_authorities_section_quotes_the_end_user_source_and_counts_confirmations_against_denials()
    {
        var section = SectionOf(Seed, Questions.AuthoritiesKnowQuestion);
        var source = Assert.Single(section.Evidence.OfType<PublicReaction>(), r => r.Speaker == "vreme-defence-source");
        Assert.Contains(section.Rows, row => Cell(section, row, "what").Contains(source.Quote!, StringComparison.Ordinal));

        var confirmations = section.Rows.Count(row => Cell(section, row, "tone") == nameof(ReactionTone.Confirmation));
        Assert.StartsWith(confirmations.ToString(CultureInfo.InvariantCulture) + " confirmation", section.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_figures_section_sets_each_sources_figure_beside_the_value_with_who_confirmed_it()
    {
        var section = SectionOf(Seed, Questions.FiguresQuestion);
        var valued = Seed.ArmsFlows(Serbia, Ukraine).SelectMany(r => r.Transfers).Where(t => t.Value is not null).Distinct().ToArray();

        Assert.Equal(valued.Sum(t => t.Citations.Count), section.Rows.Count);
        foreach (var transfer in valued)
        {
            var confirmers = Seed.EventsOf<PublicReaction>()
                .Where(r => r.Tone == ReactionTone.Confirmation && r.InResponseTo.Contains(transfer.Id))
                .Select(r => Seed.GetActor(r.Speaker).Name)
                .ToArray();
            var rows = section.Rows.Where(row => Cell(section, row, "deliveries") == transfer.Id.Value).ToArray();
            foreach (var citation in transfer.Citations)
            {
                var figure = citation.Quote is { } quote ? $"\"{quote}\"" : transfer.Value!.Value.ToString();
                Assert.Contains(rows, row => Cell(section, row, "source") == Seed.GetActor(citation.Source).Name && Cell(section, row, "figure") == figure);
            }

            Assert.All(rows, row => Assert.All(confirmers, name => Assert.Contains(name, Cell(section, row, "confirmed by"), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_why_section_puts_together_the_trade_offs_the_silence_and_the_channels_the_queries_found()
    {
        var section = SectionOf(Seed, Questions.WhyQuestion);
        var text = string.Join("\n", section.Rows.Select(r => Cell(section, r, "from the record")));
        var reactions = Seed.ReactionsTo(Russia, EventSet.Of(Seed.ArmsFlows(Serbia, Ukraine).SelectMany(r => r.Transfers).Select(t => t.Id)));
        var channels = Seed.Contacts(Serbia, Russia);

        Assert.All(Seed.TradeOffs(Russia), t => Assert.Contains(Seed.GetActor(t.Partner).Name, text, StringComparison.Ordinal));
        Assert.Contains($"{reactions.Count} Russian reactions", text, StringComparison.Ordinal);
        Assert.Contains($"{reactions.Count(r => r.Tone.IsHostile())} hostile", text, StringComparison.Ordinal);
        Assert.Contains($"{channels.Sum(c => c.Count)} meetings", text, StringComparison.Ordinal);
        Assert.Contains($"{channels.Sum(c => c.WithoutOffice)} of them while he held no office", text, StringComparison.Ordinal);
        Assert.StartsWith("Together:", section.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_why_section_says_so_when_the_record_does_not_bear_the_explanation_out()
    {
        var section = SectionOf(Seed.AsKnownAt(new LocalDate(2022, 12, 31)), Questions.WhyQuestion);
        Assert.DoesNotContain("Together", section.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_reactions_table_gets_no_note_about_criticism()
    {
        var section = SectionStartingWith(Seed.AsKnownAt(new LocalDate(2022, 12, 31)), "How did Russia react");
        Assert.Empty(section.Rows);
        Assert.Null(section.Note);
    }

    [Fact]
    public void Reactions_without_a_quote_show_their_summary()
    {
        var section = SectionStartingWith(Seed, "How did Russia react");
        var unquoted = section.Evidence.OfType<PublicReaction>().Where(r => r.Quote is null && r.Summary is not null && r.Speaker != Serbia).ToArray();
        Assert.NotEmpty(unquoted);
        Assert.All(unquoted, r => Assert.Contains(section.Rows, row => Cell(section, row, "what") == r.Summary));
    }

    [Fact]
    public void Each_meeting_of_a_channel_shows_its_own_place()
    {
        var section = SectionStartingWith(Seed, "Which personal channels");
        var channels = Seed.Contacts(Serbia, Russia);
        Assert.Equal(channels.Count, section.Rows.Count);
        foreach (var (channel, row) in channels.Zip(section.Rows))
        {
            var places = Cell(section, row, "where (per meeting)").Split("; ");
            Assert.Equal(channel.Count, places.Length);
            Assert.All(channel.Meetings.Zip(places), p => Assert.StartsWith(p.First.Place?.Name ?? "place not given", p.Second, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_known_at_table_counts_routes_not_transfer_legs()
    {
        var section = SectionStartingWith(Seed, "What was publicly known");
        foreach (var row in section.Rows)
        {
            var day = LocalDate.FromDateTime(DateTime.Parse(row[0], CultureInfo.InvariantCulture));
            Assert.Equal(Seed.AsKnownAt(day).ArmsFlows(Serbia, Ukraine).Count.ToString(CultureInfo.InvariantCulture), Cell(section, row, "routes of Serbian arms to Ukraine"));
        }
    }

    [Fact]
    public void The_routes_table_prints_each_routes_weakest_basis()
    {
        var section = SectionStartingWith(Seed, "Along which routes");
        var routes = Seed.ArmsFlows(Serbia, Ukraine);
        Assert.Equal(routes.Select(r => r.WeakestBasis?.ToString()), section.Rows.Select(row => Cell(section, row, "basis")));
    }

    [Fact]
    public void The_json_report_has_the_new_sections_and_the_basis_of_each_evidence_event()
    {
        var json = JsonNode.Parse(Report.AsJson(Seed, "test", Sections(Seed)))!;
        var sections = json["sections"]!.AsArray();
        var questions = sections.Select(s => s!["question"]!.GetValue<string>()).ToArray();
        Assert.Contains(Questions.AuthoritiesKnowQuestion, questions);
        Assert.Contains(Questions.FiguresQuestion, questions);
        Assert.Contains(Questions.WhyQuestion, questions);
        Assert.All(
            sections.SelectMany(s => s!["evidence"]!.AsArray()),
            e => Assert.Equal(Seed.GetEvent(e!["id"]!.GetValue<string>()).Basis.ToString(), e["basis"]!.GetValue<string>()));
    }
}
