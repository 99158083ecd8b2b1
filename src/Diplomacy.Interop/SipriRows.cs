using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Interop;

/// <summary>Turns rows of the SIPRI trade register into arms transfers.</summary>
internal sealed class SipriRows
{
    private const string IdPrefix = "sipri-";

    /// <summary>The citation's source: the Stockholm International Peace Research Institute.</summary>
    public static readonly Organization Sipri = new("sipri", "Stockholm International Peace Research Institute", OrganizationKind.ResearchInstitute) { Aliases = ["SIPRI"] };

    /// <summary>Keywords of SIPRI's weapon descriptions, in the order they are tried, and the category each implies.</summary>
    private static readonly (string Word, WeaponCategory Category)[] Categories =
    [
        ("UAV", WeaponCategory.Drones), ("UCAV", WeaponCategory.Drones), ("loitering", WeaponCategory.Drones), ("drone", WeaponCategory.Drones),
        ("SAM system", WeaponCategory.AirDefenceSystems), ("air defence", WeaponCategory.AirDefenceSystems), ("AD system", WeaponCategory.AirDefenceSystems), ("anti-aircraft", WeaponCategory.AirDefenceSystems),
        ("radar", WeaponCategory.Sensors), ("sonar", WeaponCategory.Sensors), ("sensor", WeaponCategory.Sensors),
        ("naval", WeaponCategory.Naval), ("frigate", WeaponCategory.Naval), ("corvette", WeaponCategory.Naval), ("destroyer", WeaponCategory.Naval),
        ("submarine", WeaponCategory.Naval), ("ship", WeaponCategory.Naval), ("patrol craft", WeaponCategory.Naval), ("torpedo", WeaponCategory.Naval),
        ("missile", WeaponCategory.Missiles), ("SAM", WeaponCategory.Missiles), ("AAM", WeaponCategory.Missiles), ("ASM", WeaponCategory.Missiles),
        ("SSM", WeaponCategory.Missiles), ("ATGM", WeaponCategory.Missiles), ("guided", WeaponCategory.Missiles),
        ("helicopter", WeaponCategory.Aircraft), ("aircraft", WeaponCategory.Aircraft), ("transport ac", WeaponCategory.Aircraft), ("trainer", WeaponCategory.Aircraft),
        ("tank", WeaponCategory.ArmouredVehicles), ("APC", WeaponCategory.ArmouredVehicles), ("IFV", WeaponCategory.ArmouredVehicles), ("APV", WeaponCategory.ArmouredVehicles),
        ("armoured", WeaponCategory.ArmouredVehicles), ("armored", WeaponCategory.ArmouredVehicles),
        ("MRL", WeaponCategory.Artillery), ("howitzer", WeaponCategory.Artillery), ("mortar", WeaponCategory.Artillery), ("gun", WeaponCategory.Artillery),
        ("rocket", WeaponCategory.Rockets),
    ];

    private static readonly LocalDatePattern GeneratedPattern = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    private readonly RecordBuilder _builder;
    private readonly FuzzyDate? _published;
    private readonly long _headerLine;
    private readonly Columns _columns;
    private readonly Dictionary<string, ActorId?> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private ActorId? _sipri;

    public SipriRows(ImportOptions? options, FuzzyDate? published, long headerLine, Columns columns)
    {
        _builder = new RecordBuilder(options);
        _published = published;
        _headerLine = headerLine;
        _columns = columns;
    }

    /// <summary>The date of a preamble line <c>Information generated: 10 March 2025</c>, or null.</summary>
    public static FuzzyDate? GeneratedDate(string line)
    {
        var at = line.IndexOf("generated:", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var text = line[(at + "generated:".Length)..].Trim().Trim('"', ',', ' ');
        // The pattern's absolute year also reads year 0 and years before it, which no FuzzyDate holds: those say no date.
        return GeneratedPattern.Parse(text) is { Success: true, Value.Year: >= 1 } result ? FuzzyDate.FromDate(result.Value) : null;
    }

    /// <summary>The record a row becomes, or null for a blank row.</summary>
    public ImportRecord? Read(SepReader.Row row)
    {
        var c = _columns;
        var line = _headerLine + SepRows.HeaderlessLine(row);
        if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
        {
            return null;
        }

        if (row.ColCount < c.Width)
        {
            return ImportIssues.Reject(line, null, ImportIssueKind.Malformed, $"the row has {row.ColCount} columns; the header has {c.Width}.");
        }

        var supplierName = row[c.Supplier].ToString();
        var recipientName = row[c.Recipient].ToString();
        if (supplierName.Length == 0 || recipientName.Length == 0)
        {
            return ImportIssues.Reject(line, null, ImportIssueKind.MissingValue, $"the deal has no {(supplierName.Length == 0 ? "Supplier" : "Recipient")}.");
        }

        if (!int.TryParse(row[c.OrderYear].Span.Trim('?'), NumberStyles.None, CultureInfo.InvariantCulture, out var orderYear) || orderYear is < 1900 or > 9999)
        {
            return ImportIssues.Reject(line, null, ImportIssueKind.InvalidValue, $"the Year of order '{row[c.OrderYear].Span}' is not a year.");
        }

        var orderUncertain = row[c.OrderYear].Span.Contains('?') || (c.OrderYearMarker >= 0 && row[c.OrderYearMarker].Span.Contains('?'));
        var deliveries = new List<int>();
        foreach (var part in (Text(row, c.DeliveryYears) ?? string.Empty).Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part.Trim('?', '(', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 9999)
            {
                return ImportIssues.Reject(line, null, ImportIssueKind.InvalidValue, $"the Year(s) of delivery '{row[c.DeliveryYears].Span}' are not years.");
            }

            deliveries.Add(year);
        }

        var when = deliveries.Count == 0
            ? FuzzyDate.FromYear(orderYear)
            : deliveries.Min() == deliveries.Max()
                ? FuzzyDate.FromYear(deliveries[0])
                : FuzzyDate.Between(new LocalDate(deliveries.Min(), 1, 1), new LocalDate(deliveries.Max(), 12, 31));
        if (orderUncertain && deliveries.Count == 0)
        {
            when = when.AsUncertain();
        }

        var supplier = Actor(supplierName);
        var recipient = Actor(recipientName);
        if (supplier is null || recipient is null || supplier == recipient)
        {
            return ImportIssues.Reject(line, null, ImportIssueKind.InvalidValue, supplier == recipient && supplier is not null
                ? $"the Supplier '{supplierName}' and the Recipient '{recipientName}' are the same actor."
                : $"the {(supplier is null ? "Supplier '" + supplierName : "Recipient '" + recipientName)}' names no actor.");
        }

        var delivered = Number(row, c.Delivered, c.DeliveredMarker);
        var ordered = Number(row, c.Ordered, c.OrderedMarker);
        var designation = Text(row, c.Designation);
        var description = Text(row, c.Description);
        var (quantity, approximate) = delivered.Value is { } ? delivered : ordered;
        var item = new ArmsItem(CategoryOf(description), quantity, designation) { IsApproximate = approximate };

        var key = $"{IdPrefix}{supplier.Value}-{recipient.Value}-{orderYear}";
        var n = _ids[key] = _ids.GetValueOrDefault(key) + 1;
        var id = new EventId(n == 1 ? key : $"{key}-{n}");
        var published = _published ?? FuzzyDate.FromYear(Math.Max(orderYear, deliveries.Count == 0 ? orderYear : deliveries.Max()));
        _sipri ??= _builder.Actors.Add(Sipri);
        var transfer = new ArmsTransfer(id, when, _builder.Cite(_sipri.Value, published), supplier.Value, recipient.Value)
        {
            Items = [item],
            Summary = Summary(row, orderYear, orderUncertain, ordered, delivered, designation, description),
        };
        return ImportRecord.Imported(line, id.Value, [transfer], _builder.Actors.TakeNew());
    }

    /// <summary>The weapon category a SIPRI description implies (its first keyword in <see cref="Categories"/>'s order), else Other.</summary>
    public static WeaponCategory CategoryOf(string? description)
    {
        if (description is null)
        {
            return WeaponCategory.Other;
        }

        foreach (var (word, category) in Categories)
        {
            var at = description.IndexOf(word, word.All(char.IsUpper) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(description[at - 1])))
            {
                return category;
            }
        }

        return WeaponCategory.Other;
    }

    private ActorId? Actor(string name)
    {
        if (_actors.TryGetValue(name, out var id))
        {
            return id;
        }

        var stars = name.Length - name.TrimEnd('*').Length;
        var bare = name.TrimEnd('*').Trim();
        var description = new ActorDescription(EventDataFormat.Sipri, bare, null, null, []);
        id = _builder.Actors.Resolve(description, () =>
            stars == 0 && ActorRules.Country(bare) is { } country ? country.ToState()
            : ActorRules.Slug(bare) is { } slug ? new Organization(slug, bare, stars >= 2 ? OrganizationKind.IntergovernmentalBody : OrganizationKind.Other)
            : null);
        _actors.Add(name, id);
        return id;
    }

    private static (long? Value, bool Approximate) Number(SepReader.Row row, int column, int marker)
    {
        if (column < 0)
        {
            return (null, false);
        }

        var text = row[column].Span;
        var bracketed = text.StartsWith("(") && text.EndsWith(")");
        var digits = text.Trim("()?");
        var approximate = bracketed || text.Contains('?') || (marker >= 0 && row[marker].Span.Contains('?'));
        return long.TryParse(digits, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0 ? (value, approximate) : (null, false);
    }

    private static string? Text(SepReader.Row row, int column) => column >= 0 && !row[column].Span.IsWhiteSpace() ? row[column].ToString() : null;

    private string Summary(SepReader.Row row, int orderYear, bool orderUncertain, (long? Value, bool Approximate) ordered, (long? Value, bool Approximate) delivered, string? designation, string? description)
    {
        var c = _columns;
        static string Count((long? Value, bool Approximate) n) => n.Value is { } v ? (n.Approximate ? "about " : string.Empty) + v.ToString(CultureInfo.InvariantCulture) : "an unknown number of";
        var text = new System.Text.StringBuilder()
            .Append("SIPRI trade register: ").Append(Count(ordered)).Append(' ').Append(designation ?? "items")
            .Append(description is null ? string.Empty : " (" + description + ")")
            .Append(" ordered in ").Append(orderYear).Append(orderUncertain ? "?" : string.Empty)
            .Append("; ").Append(Count(delivered)).Append(" delivered");
        if (Text(row, c.DeliveryYears) is { } years)
        {
            text.Append(" in ").Append(years);
        }

        if (Text(row, c.Status) is { } status)
        {
            text.Append("; status: ").Append(status);
        }

        if (Text(row, c.Comments) is { } comments)
        {
            text.Append("; ").Append(comments);
        }

        foreach (var (column, label) in (ReadOnlySpan<(int, string)>)[(c.TivPerUnit, "per unit"), (c.TivOrder, "for the order"), (c.TivDelivered, "delivered")])
        {
            if (Text(row, column) is { } tiv)
            {
                text.Append("; TIV ").Append(label).Append(": ").Append(tiv);
            }
        }

        return text.Append(" (TIV is SIPRI's trend-indicator value, a measure of military capability, not money)").ToString();
    }

    /// <summary>The positions of the trade register's columns; the unnamed column after a value holds its uncertainty marker.</summary>
    internal sealed record Columns(
        int Recipient, int Supplier, int OrderYear, int OrderYearMarker, int Ordered, int OrderedMarker, int Designation, int Description,
        int Delivered, int DeliveredMarker, int DeliveryYears, int Status, int Comments, int TivPerUnit, int TivOrder, int TivDelivered, int Width)
    {
        public static Columns From(string header)
        {
            var names = header.Split(',').Select(n => n.Trim().Trim('"').Trim()).ToArray();
            int Find(string name) => Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            int Require(string name) => Find(name) is var i and >= 0
                ? i
                : throw new InvalidDataException($"This is not a SIPRI trade-register export: its header has no '{name}' column (it has: {string.Join(", ", names)}).");
            int MarkerAfter(int i) => i >= 0 && i + 1 < names.Length && names[i + 1].Length == 0 ? i + 1 : -1;
            var orderYear = Require("Year of order");
            var ordered = Find("Number ordered");
            var delivered = Find("Number delivered");
            return new Columns(
                Require("Recipient"), Require("Supplier"), orderYear, MarkerAfter(orderYear), ordered, MarkerAfter(ordered),
                Find("Weapon designation"), Find("Weapon description"), delivered, MarkerAfter(delivered), Find("Year(s) of delivery"),
                Find("status"), Find("Comments"), Find("SIPRI TIV per unit"), Find("SIPRI TIV for total order"), Find("SIPRI TIV of delivered weapons"),
                names.Length);
        }
    }
}
