using Diplomacy.Interop;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class SipriReaderTests
{
    private static Task<ImportResult> ImportAsync(FuzzyDate? published = null) =>
        Fixtures.ImportAsync(Fixtures.Sipri, s => ChronicleImporter.ImportSipriAsync(s, published));

    [Fact]
    public async Task A_bad_first_deal_is_reported_at_its_own_line()
    {
        // The fixture's last row (line 11, a year of order '20x8') put first, on line 6, under the header on line 5.
        var lines = File.ReadAllLines(Fixtures.PathTo(Fixtures.Sipri));
        lines[5] = lines[10];
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var (_, summary) = await ChronicleImporter.ImportSipriAsync(stream);

        Assert.Equal([6L, 11L], summary.Rejections.Select(r => r.Line));
    }

    [Fact]
    public async Task Each_deal_becomes_an_arms_transfer_and_a_bad_row_is_reported_with_its_line()
    {
        var (chronicle, summary) = await ImportAsync();

        Assert.Equal((6L, 5L, 1L), (summary.Read, summary.Imported, summary.Rejected));
        var rejection = Assert.Single(summary.Rejections);
        Assert.Equal((11L, ImportIssueKind.InvalidValue), (rejection.Line, rejection.Kind));
        Assert.Contains("'20x8'", rejection.Message, StringComparison.Ordinal);
        Assert.Equal(5, chronicle.EventsOf<ArmsTransfer>().Count);
    }

    [Fact]
    public async Task A_deal_is_dated_by_its_delivery_years_and_holds_its_item()
    {
        var (chronicle, _) = await ImportAsync();

        var s400 = Assert.IsType<ArmsTransfer>(chronicle.GetEvent("sipri-RUS-IND-2018"));
        Assert.Equal(("RUS", "IND"), (s400.Supplier.Value, s400.Recipient.Value));
        Assert.Equal(FuzzyDate.Between(new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31)), s400.When);
        Assert.Equal(new ArmsItem(WeaponCategory.AirDefenceSystems, 3, "S-400"), Assert.Single(s400.Items));
        Assert.Null(s400.Value);
    }

    [Fact]
    public async Task Further_deals_of_the_same_pair_and_year_are_numbered_in_file_order()
    {
        var (chronicle, _) = await ImportAsync();

        var frigate = Assert.IsType<ArmsTransfer>(chronicle.GetEvent("sipri-RUS-IND-2018-2"));
        Assert.Equal(WeaponCategory.Naval, frigate.Items[0].Category);
        Assert.Equal(FuzzyDate.FromYear(2024), frigate.When);
    }

    [Fact]
    public async Task SIPRIs_uncertainty_markers_make_items_approximate()
    {
        var (chronicle, _) = await ImportAsync();

        var drones = Assert.IsType<ArmsTransfer>(chronicle.GetEvent("sipri-CHN-SRB-2020"));
        Assert.Equal(new ArmsItem(WeaponCategory.Drones, 6, "Example-92") { IsApproximate = true }, drones.Items[0]);
    }

    [Fact]
    public async Task An_undelivered_deal_is_dated_by_its_order_year_and_counts_what_was_ordered()
    {
        var (chronicle, _) = await ImportAsync();

        var tanks = Assert.IsType<ArmsTransfer>(chronicle.GetEvent("sipri-CZE-UKR-2022"));
        Assert.Equal(FuzzyDate.FromYear(2022), tanks.When);
        Assert.Equal(new ArmsItem(WeaponCategory.ArmouredVehicles, 10, "T-72M"), tanks.Items[0]);
    }

    [Fact]
    public async Task TIV_is_kept_as_an_indicator_in_the_summary_not_as_money()
    {
        var (chronicle, _) = await ImportAsync();

        var s400 = Assert.IsType<ArmsTransfer>(chronicle.GetEvent("sipri-RUS-IND-2018"));
        Assert.Contains("TIV for the order: 2000", s400.Summary, StringComparison.Ordinal);
        Assert.Contains("not money", s400.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_marked_with_a_star_is_a_non_state_actor()
    {
        var (chronicle, _) = await ImportAsync();

        var hezbollah = chronicle.GetActor<Organization>("hezbollah-lebanon");
        Assert.Equal("Hezbollah (Lebanon)", hezbollah.Name);
    }

    [Fact]
    public async Task Every_transfer_cites_SIPRI_on_the_date_the_export_was_generated()
    {
        var (chronicle, _) = await ImportAsync();

        Assert.All(chronicle.Events, e => Assert.Equal(new Citation("sipri", FuzzyDate.FromDate(new LocalDate(2025, 3, 10))), Assert.Single(e.Citations)));
    }

    [Fact]
    public async Task A_file_without_the_header_row_is_not_a_trade_register()
    {
        using var stream = new MemoryStream("a,b,c\n1,2,3\n"u8.ToArray());

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ChronicleImporter.ImportSipriAsync(stream));

        Assert.Contains("Recipient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_gigabyte_line_before_the_header_is_refused_after_reading_little_of_it()
    {
        var stream = new Diplomacy.TestKit.GeneratedStream("Transfers of major weapons: "u8.ToArray(), "x"u8.ToArray(), 4L << 30);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ChronicleImporter.ImportSipriAsync(stream));

        Assert.Contains("ImportOptions.MaxRecordLength", error.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < 4L * ImportOptions.DefaultMaxRecordLength, $"Read {stream.BytesRead} bytes.");
    }

    [Fact]
    public async Task A_multi_gigabyte_deal_row_is_refused_with_its_line_after_reading_little_of_it()
    {
        var header = "Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description\n"u8.ToArray();
        var stream = new Diplomacy.TestKit.GeneratedStream([.. header, .. "India,Russia,2018,,5,,"u8], "x"u8.ToArray(), 4L << 30);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ChronicleImporter.ImportSipriAsync(stream));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < 4L * ImportOptions.DefaultMaxRecordLength, $"Read {stream.BytesRead} bytes.");
    }
}
