namespace Diplomacy;

/// <summary>Broad weapon categories, after SIPRI's arms-transfer categories plus the ammunition and small arms that SIPRI leaves out.</summary>
public enum WeaponCategory
{
    /// <summary>Anything not in another category, or military goods left unclassified by the source.</summary>
    Other = 0,

    /// <summary>Guns, howitzers, mortars and multiple rocket launchers.</summary>
    Artillery,

    /// <summary>Unguided rockets.</summary>
    Rockets,

    /// <summary>Guided missiles.</summary>
    Missiles,

    /// <summary>Artillery shells and other large-calibre ammunition.</summary>
    Ammunition,

    /// <summary>Small-calibre rounds (bullets).</summary>
    SmallCalibreAmmunition,

    /// <summary>Rifles, machine guns and other small arms and light weapons.</summary>
    SmallArms,

    /// <summary>Tanks, armoured personnel carriers and other armoured vehicles.</summary>
    ArmouredVehicles,

    /// <summary>Crewed aircraft and helicopters.</summary>
    Aircraft,

    /// <summary>Uncrewed aerial vehicles, including loitering munitions.</summary>
    Drones,

    /// <summary>Air-defence systems.</summary>
    AirDefenceSystems,

    /// <summary>Ships and naval weapons.</summary>
    Naval,

    /// <summary>Radars and other sensors.</summary>
    Sensors,
}

/// <summary>Whether a transfer was sold or given.</summary>
public enum TransferTerms
{
    /// <summary>The source does not say.</summary>
    Unknown = 0,

    /// <summary>Sold (a commercial deal).</summary>
    Commercial,

    /// <summary>Given as military aid.</summary>
    Aid,
}

/// <summary>Whether a transfer carried an end-user clause (the buyer may not pass the goods on) and whether it held.</summary>
public enum EndUserClause
{
    /// <summary>The source does not say.</summary>
    Unknown = 0,

    /// <summary>There was no such clause.</summary>
    None,

    /// <summary>There was a clause and it was respected.</summary>
    Respected,

    /// <summary>There was a clause and the goods went on to someone else anyway.</summary>
    NotRespected,
}

/// <summary>One line of a transfer: a category of weapon, how many, and which.</summary>
/// <param name="Category">The broad category.</param>
/// <param name="Quantity">How many units (systems, rounds, vehicles), if known; never negative.</param>
/// <param name="Designation">The model or calibre, if known (e.g. <c>155 mm</c>, <c>Shahed-136</c>).</param>
public sealed record ArmsItem(WeaponCategory Category, long? Quantity = null, string? Designation = null)
{
    /// <summary>True when the source gives the quantity as approximate ("about 16 million").</summary>
    public bool IsApproximate { get; init; }

    /// <summary>E.g. <c>~16,000,000 SmallCalibreAmmunition</c>.</summary>
    public override string ToString() =>
        $"{(IsApproximate ? "~" : string.Empty)}{(Quantity is { } q ? q.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + " " : string.Empty)}{Category}{(Designation is null ? string.Empty : " (" + Designation + ")")}";
}

/// <summary>
/// Arms passing from a supplier to a recipient (the buyer), possibly on through intermediaries to an end user.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the transfer took place; a range for deliveries over a period.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Supplier">Who supplied the arms (a state or a company).</param>
/// <param name="Recipient">Who bought or received them first.</param>
/// <remarks>
/// <para>The route is <see cref="Supplier"/>, <see cref="Recipient"/>, the <see cref="Intermediaries"/> in order, then
/// <see cref="EndUser"/>. Where the onward step is a separate transfer (B sells on what it bought from A), record
/// it as its own event and set its <see cref="Continues"/> to the first; route queries join such chains.</para>
/// <para>Default coding: CAMEO <c>072</c> (provide military aid) when <see cref="Terms"/> is
/// <see cref="TransferTerms.Aid"/>, else <c>062</c> (cooperate militarily).</para>
/// </remarks>
public sealed record ArmsTransfer(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Supplier, ActorId Recipient)
    : DiplomaticEvent(Id, When, Citations)
{
    private readonly IReadOnlyList<ActorId> _intermediaries = ValueList<ActorId>.Empty;
    private readonly IReadOnlyList<ArmsItem> _items = ValueList<ArmsItem>.Empty;

    /// <summary>Who passed the arms on after the recipient, in order, before the end user; never null.</summary>
    public IReadOnlyList<ActorId> Intermediaries
    {
        get => _intermediaries;
        init => _intermediaries = ValueList<ActorId>.From(value, nameof(Intermediaries));
    }

    /// <summary>Who finally used the arms, if stated.</summary>
    public ActorId? EndUser { get; init; }

    /// <summary>What was transferred; never null.</summary>
    public IReadOnlyList<ArmsItem> Items
    {
        get => _items;
        init => _items = ValueList<ArmsItem>.From(value, nameof(Items));
    }

    /// <summary>The transfer's value, if reported.</summary>
    public Money? Value { get; init; }

    /// <summary>Sold or given.</summary>
    public TransferTerms Terms { get; init; }

    /// <summary>Whether an end-user clause bound the recipient, and whether it held.</summary>
    public EndUserClause EndUserClause { get; init; }

    /// <summary>The earlier transfer whose goods this one passes on, if any.</summary>
    public EventId? Continues { get; init; }

    /// <summary>The route: supplier, recipient, intermediaries, end user (when stated and not already last).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<ActorId> Route
    {
        get
        {
            var route = new List<ActorId>(3 + _intermediaries.Count) { Supplier, Recipient };
            route.AddRange(_intermediaries);
            if (EndUser is { } endUser && route[^1] != endUser)
            {
                route.Add(endUser);
            }

            return route;
        }
    }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.ArmsTransfer;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo(Terms == TransferTerms.Aid ? "072" : "062");

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => Route;

    internal override IEnumerable<(string Field, ActorId Actor)> ActorReferences()
    {
        yield return (nameof(Supplier), Supplier);
        yield return (nameof(Recipient), Recipient);
        foreach (var reference in Indexed(nameof(Intermediaries), _intermediaries))
        {
            yield return reference;
        }

        if (EndUser is { } endUser)
        {
            yield return (nameof(EndUser), endUser);
        }
    }

    internal override IEnumerable<(string Field, EventId Event)> EventReferences() =>
        Continues is { } previous ? [(nameof(Continues), previous)] : [];
}
