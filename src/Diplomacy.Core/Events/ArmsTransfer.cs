namespace Diplomacy;

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

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences()
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

    internal override IEnumerable<(FieldName Field, EventId Event)> EventReferences() =>
        Continues is { } previous ? [(nameof(Continues), previous)] : [];
}
