namespace Diplomacy;

/// <summary>
/// One kind of event as the <see cref="EventCatalog"/> states it: its <see cref="EventKind"/>, its sealed type, its
/// name in the chronicle's JSON format, its roles, and who acts toward whom.
/// </summary>
public sealed class EventKindInfo
{
    private readonly Func<DiplomaticEvent, EventActs> _acts;

    internal EventKindInfo(EventKind kind, Type type, string name, IReadOnlyList<string> roles, string directions, Func<DiplomaticEvent, EventActs> acts)
    {
        Kind = kind;
        Type = type;
        Name = name;
        Roles = roles;
        Directions = directions;
        _acts = acts;
    }

    /// <summary>The kind.</summary>
    public EventKind Kind { get; }

    /// <summary>The sealed <see cref="DiplomaticEvent"/> type of this kind.</summary>
    public Type Type { get; }

    /// <summary>The kind's <c>type</c> discriminator in the chronicle's JSON format, e.g. <c>armsTransfer</c>.</summary>
    public string Name { get; }

    /// <summary>The properties that name actors, in role order (those that <see cref="DiplomaticEvent.Actors"/> lists).</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Who acts toward whom, in words, e.g. <c>Supplier → Recipient; reaches Intermediaries, EndUser</c>.</summary>
    public string Directions { get; }

    /// <summary>E.g. <c>ArmsTransfer (armsTransfer)</c>.</summary>
    public override string ToString() => $"{Kind} ({Name})";

    /// <summary>Who acts toward whom in <paramref name="e"/>, an event of this kind.</summary>
    internal EventActs ActsOf(DiplomaticEvent e) => _acts(e);
}
