using System.Text.Json;

namespace Diplomacy.Cli.Tests;

public sealed class AskTests
{
    [Fact]
    public async Task Trade_offs_for_Russia_name_Israel_and_South_Korea_with_evidence()
    {
        var run = await CliRun.Of("ask", "trade-offs", "RUS", "--for", "materiel", "--data", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Israel", run.Out);
        Assert.Contains("South Korea", run.Out);
        Assert.Contains("russia-sacrifices-israel", run.Out);
        Assert.Contains("russia-sacrifices-south-korea", run.Out);
        Assert.Contains("Vreme, 2024-07-08", run.Out);
        Assert.DoesNotContain("Armenia", run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Json_answers_carry_each_evidence_event_with_its_citations()
    {
        var run = await CliRun.Of("ask", "trade-offs", "RUS", "--data", CliRun.Seed, "--json");

        using var json = JsonDocument.Parse(run.Out);
        var partners = json.RootElement.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("partner").GetProperty("name").GetString() ?? string.Empty).ToArray();
        Assert.Equal(["Armenia", "Israel", "South Korea"], partners);
        var israel = json.RootElement.GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "russia-sacrifices-israel");
        Assert.Contains(israel.GetProperty("citations").EnumerateArray(), c => c.GetProperty("source").GetString() == "vreme" && c.GetProperty("published").GetString() == "2024-07-08");
    }

    [Fact]
    public async Task Evidence_says_how_each_event_is_known_so_an_inference_is_not_shown_as_a_report()
    {
        var json = await CliRun.Of("ask", "flows", "SRB", "UKR", "--data", CliRun.Seed, "--json");
        var table = await CliRun.Of("ask", "flows", "SRB", "UKR", "--data", CliRun.Seed);

        using var document = JsonDocument.Parse(json.Out);
        var basis = document.RootElement.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("basis").GetString());
        Assert.Equal("inferred", basis["us-importers-pass-serbian-arms-on"]);
        Assert.Equal("reported", basis["serbia-to-us-importers"]);
        Assert.Matches(@"us-importers-pass-serbian-arms-on\s*│[^\n]*│\s*inferred\s*│", table.Out);
    }

    [Fact]
    public async Task Json_gives_null_for_a_missing_value()
    {
        var run = await CliRun.Of("ask", "stance", "SRB", "RUS", "--on", "2024-07-08", "--data", CliRun.Seed, "--json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("answers")[0].GetProperty("measures").ValueKind);
    }

    [Fact]
    public async Task Json_carries_a_reaction_s_quote_as_recorded_and_the_table_puts_it_in_quote_marks()
    {
        var json = await CliRun.Of("ask", "reactions", "RUS", "--by", "SRB", "--kind", "arms-transfer", "--data", CliRun.Seed, "--json");
        var table = await CliRun.Of("ask", "reactions", "RUS", "--by", "SRB", "--kind", "arms-transfer", "--data", CliRun.Seed);

        using var document = JsonDocument.Parse(json.Out);
        var quotes = document.RootElement.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("quote").GetString()).ToArray();
        Assert.Contains("our Serbian friends", quotes);
        Assert.Contains("│ \"our Serbian friends\" ", table.Out);
    }

    [Fact]
    public async Task A_stance_includes_the_measures_of_the_imposer_s_blocs_only_when_asked()
    {
        var own = await CliRun.Of("ask", "stance", "HUN", "RUS", "--on", "2022-06-03", "--data", CliRun.Fixture("bloc-sanctions.json"), "--json");
        var withBlocs = await CliRun.Of("ask", "stance", "HUN", "RUS", "--on", "2022-06-03", "--include-blocs", "--data", CliRun.Fixture("bloc-sanctions.json"), "--json");

        Assert.Equal(0, withBlocs.ExitCode);
        using var ownJson = JsonDocument.Parse(own.Out);
        using var blocsJson = JsonDocument.Parse(withBlocs.Out);
        var ownStance = ownJson.RootElement.GetProperty("answers")[0];
        var blocsStance = blocsJson.RootElement.GetProperty("answers")[0];
        Assert.Equal("none", ownStance.GetProperty("posture").GetString());
        Assert.Equal(JsonValueKind.Null, ownStance.GetProperty("bound-by").ValueKind);
        Assert.Equal("imposing", blocsStance.GetProperty("posture").GetString());
        Assert.Equal(["asset freeze", "travel ban"], blocsStance.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["European Union"], blocsStance.GetProperty("bound-by").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Contains(blocsJson.RootElement.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("id").GetString() == "eu-crimea-sanctions");
    }

    [Fact]
    public async Task As_known_at_answers_from_what_was_published_by_that_day()
    {
        var run = await CliRun.Of("ask", "trade-offs", "RUS", "--as-known-at", "2024-01-01", "--data", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(no answer in the record)", run.Out);
        Assert.DoesNotContain("Israel", run.Out);
    }

    [Fact]
    public async Task As_of_answers_from_what_had_occurred_by_that_day()
    {
        var run = await CliRun.Of("ask", "timeline", "--actor", "SRB", "--counterpart", "RUS", "--kind", "sanctions-action", "--as-of", "2023-01-01", "--data", CliRun.Seed);

        Assert.Contains("serbia-refuses-sanctions-2022", run.Out);
        Assert.DoesNotContain("serbia-still-refuses-sanctions-2024", run.Out);
    }

    [Theory]
    [InlineData("stance SRB RUS --on 2024-07-08", "refusing")]
    [InlineData("flows SRB UKR", "Serbia → Czech Republic → Ukraine")]
    [InlineData("reactions RUS --by SRB --kind arms-transfer", "\"our Serbian friends\"")]
    [InlineData("reactions RUS --to serbian-arms-to-ukraine", "Dmitry Peskov")]
    [InlineData("tolerated RUS --window 90", "serbian-shells-via-czechia")]
    [InlineData("divergence SRB RUS", "gap (words minus deeds)")]
    [InlineData("contacts SRB RUS --from 2023-11-01 --until 2024-05-31", "Nikolai Patrushev")]
    [InlineData("role aleksandar-vulin --on 2023-06-01", "Director of the Security Information Agency")]
    [InlineData("holders --body russian-security-council --on 2024-06-01", "Sergei Shoigu")]
    [InlineData("holders --body russian-security-council --on 2024-05-01", "Nikolai Patrushev")]
    [InlineData("members csto --on 2024-07-08", "Armenia")]
    [InlineData("timeline --actor SRB --counterpart RUS --kind meeting --include-affiliated --acts-between", "Nikolai Patrushev")]
    [InlineData("timeline --actor SRB --counterpart RUS --kind sanctions-action", "serbia-still-refuses-sanctions-2024")]
    [InlineData("spells sanctions SRB RUS", "refusing")]
    [InlineData("spells membership csto", "armenia-freezes-csto")]
    [InlineData("spells offices aleksandar-vulin", "Deputy Prime Minister for Cooperation with BRICS Countries")]
    public async Task Every_question_answers_from_the_seed_with_evidence(string question, string expected)
    {
        var run = await CliRun.Of(["ask", .. question.Split(' '), "--data", CliRun.Seed]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Out);
        Assert.Contains("Evidence:", run.Out);
    }

    [Fact]
    public async Task Reactions_by_an_actor_with_affiliated_also_answer_what_its_state_owned_company_did()
    {
        static async Task<string[]> RespondsTo(params string[] extra)
        {
            var run = await CliRun.Of(["ask", "reactions", "SRB", "--by", "SRB", "--kind", "arms-transfer", "--json", "--data", CliRun.Seed, .. extra]);
            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Out);
            return [.. json.RootElement.GetProperty("answers").EnumerateArray().SelectMany(a => a.GetProperty("responds-to").EnumerateArray().Select(e => e.GetString()!))];
        }

        // Yugoimport is Serbia's state-owned arms company: its transfer is Serbia's only when affiliation is read.
        Assert.DoesNotContain("yugoimport-rounds-to-us-importers", await RespondsTo());
        Assert.Contains("yugoimport-rounds-to-us-importers", await RespondsTo("--include-affiliated"));
        var alone = await CliRun.Of("ask", "reactions", "SRB", "--kind", "arms-transfer", "--include-affiliated", "--data", CliRun.Seed);
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains("--include-affiliated needs --by", alone.Error);
    }

    [Fact]
    public async Task A_tolerance_window_of_zero_days_is_taken_as_the_api_takes_it()
    {
        var zero = await CliRun.Of("ask", "tolerated", "RUS", "--window", "0", "--data", CliRun.Seed);

        Assert.Equal(0, zero.ExitCode);
        Assert.Contains("Evidence:", zero.Out);
    }

    [Fact]
    public async Task Membership_spells_run_from_the_change_that_began_each_to_the_one_that_ended_it()
    {
        var run = await CliRun.Of("ask", "spells", "membership", "csto", "--data", CliRun.Seed, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var spells = json.RootElement.GetProperty("answers").EnumerateArray()
            .Select(a => string.Join(' ', a.GetProperty("member").GetProperty("name").GetString(), a.GetProperty("suspended").GetBoolean() ? "yes" : "no", a.GetProperty("since").GetString(), a.GetProperty("until").GetString() ?? "lasting"))
            .ToArray();
        Assert.Equal(["Armenia no 2002-10-07 2024-02", "Armenia yes 2024-02 lasting"], spells);
    }

    [Fact]
    public async Task Spells_answer_from_what_had_occurred_by_the_as_of_day()
    {
        var run = await CliRun.Of("ask", "spells", "offices", "aleksandar-vulin", "--as-of", "2021-01-01", "--data", CliRun.Seed, "--json");

        using var json = JsonDocument.Parse(run.Out);
        var offices = json.RootElement.GetProperty("answers").EnumerateArray().Select(a => $"{a.GetProperty("office").GetString()} {a.GetProperty("until").GetString() ?? "lasting"}").ToArray();
        Assert.Equal(["Minister of Defence 2020-10", "Minister of Interior lasting"], offices);
    }

    [Theory]
    [InlineData("spells", "say which spells: sanctions <imposer> <target>, membership <organization> or offices <person> (see 'diplomacy ask spells --help')")]
    [InlineData("spells sanctions SRB", "Required argument 'target' missing for command: 'sanctions'")]
    [InlineData("spells offices Aleksandar_Vulin!", "<person> takes an actor id such as RUS or aleksandar-vulin, not 'Aleksandar_Vulin!'")]
    [InlineData("spells office aleksandar-vulin", "'office' is not a command of 'diplomacy ask spells'; the commands are sanctions, membership, offices")]
    public async Task Spells_need_a_kind_and_its_actors_and_say_so_in_one_line_with_exit_code_2(string question, string expected)
    {
        var run = await CliRun.Of(["ask", .. question.Split(' '), "--data", CliRun.Seed]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.ErrorLines));
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Reactions_need_to_be_told_what_was_reacted_to()
    {
        var run = await CliRun.Of("ask", "reactions", "RUS", "--data", CliRun.Seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["diplomacy: say what was reacted to: --to <event-id>, --by <actor> or --kind <kind> (see 'diplomacy ask reactions --help')"], run.ErrorLines);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("40000")]
    [InlineData("2147483647")]
    public async Task A_negative_window_or_one_over_a_hundred_years_is_one_line_naming_the_option_and_exit_code_2(string days)
    {
        var run = await CliRun.Of("ask", "tolerated", "RUS", "--window", days, "--data", CliRun.Seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"diplomacy: --window takes a number of days from 0 to 100 years, not {days}"], run.ErrorLines);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task A_missing_data_file_is_one_line_and_exit_code_1()
    {
        var run = await CliRun.Of("ask", "trade-offs", "RUS", "--data", "no-such-file.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["diplomacy: no-such-file.json: no such file"], run.ErrorLines);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task A_malformed_date_is_one_line_naming_the_option_and_exit_code_2()
    {
        var run = await CliRun.Of("ask", "stance", "SRB", "RUS", "--on", "8 July 2024", "--data", CliRun.Seed);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("--on takes a date such as 2024-07-08, not '8 July 2024'", line);
    }

    [Fact]
    public async Task A_bad_actor_id_is_one_line_naming_the_argument()
    {
        var run = await CliRun.Of("ask", "trade-offs", "not an id", "--data", CliRun.Seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("<actor> takes an actor id", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task An_actor_the_chronicle_does_not_hold_is_warned_of_and_the_answer_still_given()
    {
        var run = await CliRun.Of("ask", "stance", "srb", "XYZ", "--on", "2024-07-08", "--data", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.Contains("no actor 'srb' (ids are case-sensitive: did you mean 'SRB'?)", run.ErrorLines[0]);
        Assert.Contains("no actor 'XYZ'; what follows", run.ErrorLines[1]);
        Assert.Contains("│ none ", run.Out);
    }

    [Fact]
    public async Task An_event_reacted_to_that_the_chronicle_does_not_hold_is_warned_of()
    {
        var run = await CliRun.Of("ask", "reactions", "RUS", "--to", "no-such-event", "--to", "serbian-arms-to-ukraine", "--data", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["warning: the chronicle holds no event 'no-such-event'; nothing can have answered it."], run.ErrorLines);
        Assert.Contains("Dmitry Peskov", run.Out);
    }

    [Fact]
    public async Task Acts_between_without_both_sides_is_one_line_and_exit_code_2()
    {
        var run = await CliRun.Of("ask", "timeline", "--actor", "SRB", "--acts-between", "--data", CliRun.Seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--acts-between needs both --actor and --counterpart", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task An_actor_option_the_chronicle_does_not_hold_is_warned_of_too()
    {
        var run = await CliRun.Of("ask", "timeline", "--actor", "SRB", "--counterpart", "ZZZ", "--data", CliRun.Seed);

        Assert.Contains("no actor 'ZZZ'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Output_to_a_file_or_pipe_has_no_ansi_escapes()
    {
        var run = await CliRun.Of("ask", "flows", "SRB", "UKR", "--data", CliRun.Seed);

        Assert.DoesNotContain('\u001b', run.Out);
    }
}
