using NodaTime;

namespace Diplomacy.Core.Tests.Provenance;

/// <summary>How each fact is known: the basis on events, the basis view, and the weakest basis of an answer.</summary>
public class EvidenceBasisTests
{
    private static readonly Citation Report = new("vreme", FuzzyDate.Parse("2024-07-08"));

    private static Chronicle Build(params DiplomaticEvent[] events) =>
        new ChronicleBuilder()
            .AddActor(new State("SRB", "Serbia"))
            .AddActor(new State("UKR", "Ukraine"))
            .AddActor(new Organization("vreme", "Vreme", OrganizationKind.NewsOutlet, "SRB"))
            .AddActor(new Organization("importers", "Importers", OrganizationKind.Company))
            .AddEvents(events)
            .Build();

    private static ArmsTransfer Transfer(string id, ActorId supplier, ActorId recipient, EvidenceBasis basis) =>
        new(id, FuzzyDate.Parse("2023"), [Report], supplier, recipient) { Basis = basis };

    [Fact]
    public void An_event_is_reported_unless_its_basis_is_set() =>
        Assert.Equal(EvidenceBasis.Reported, new Meeting("m", FuzzyDate.Parse("2024"), [Report], ["SRB"]).Basis);

    [Fact]
    public void The_bases_are_ordered_from_inference_to_confirmation() =>
        Assert.Equal([EvidenceBasis.Inferred, EvidenceBasis.Background, EvidenceBasis.Reported, EvidenceBasis.Confirmed], Enum.GetValues<EvidenceBasis>().Order());

    [Fact]
    public void An_unnamed_basis_is_refused_where_it_is_set() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting("m", FuzzyDate.Parse("2024"), [Report], ["SRB"]) { Basis = (EvidenceBasis)7 });

    [Fact]
    public void At_least_reported_hides_inferences_and_background()
    {
        var chronicle = Build(
            Transfer("sold", "SRB", "importers", EvidenceBasis.Reported),
            Transfer("passed-on", "importers", "UKR", EvidenceBasis.Inferred) with { Continues = "sold" },
            Transfer("assumed", "SRB", "UKR", EvidenceBasis.Background));

        var view = chronicle.WithBasisAtLeast(EvidenceBasis.Reported);

        Assert.Equal(["sold"], view.Events.Select(e => e.Id.Value));
        Assert.True(view.IsView);
        Assert.Equal(EvidenceBasis.Reported, view.MinimumBasis);
        Assert.Contains("basis at least Reported", view.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_resting_on_an_inference_reads_as_one()
    {
        var chronicle = Build(
            Transfer("sold", "SRB", "importers", EvidenceBasis.Confirmed),
            Transfer("passed-on", "importers", "UKR", EvidenceBasis.Inferred) with { Continues = "sold" });

        var route = Assert.Single(chronicle.ArmsFlows("SRB", "UKR"));

        Assert.Equal(EvidenceBasis.Inferred, route.WeakestBasis);
        Assert.Empty(chronicle.WithBasisAtLeast(EvidenceBasis.Background).ArmsFlows("SRB", "UKR"));
    }

    [Fact]
    public void An_answer_without_evidence_has_no_weakest_basis() =>
        Assert.Null(Build().SanctionsStance("SRB", "UKR", new LocalDate(2024, 1, 1)).WeakestBasis);

    [Fact]
    public void An_unnamed_minimum_basis_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Build().WithBasisAtLeast((EvidenceBasis)(-1)));

    [Fact]
    public void A_citation_takes_the_events_basis_unless_it_says_otherwise() =>
        Assert.Null(Report.Basis);
}
