namespace Diplomacy;

/// <summary>
/// One kind of event as the <see cref="EventCatalog"/> states it: its <see cref="EventKind"/>, its sealed type, its
/// name in the chronicle's JSON format, its roles, and who acts toward whom.
/// </summary>
public sealed class EventKindInfo
{
    private readonly Func<DiplomaticEvent, EventActs> _acts;

    internal EventKindInfo(
        EventKind kind, Type type, string name, IReadOnlyList<string> roles, string directions, Func<DiplomaticEvent, EventActs> acts,
        IReadOnlyDictionary<string, IReadOnlyList<Type>> requiredActorTypes)
    {
        RequiredActorTypes = requiredActorTypes;
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

    /// <summary>
    /// The roles only some kinds of actor can fill, each with the actor types allowed in it (e.g. <c>Organization</c>:
    /// <see cref="Organization"/> or <see cref="Alliance"/>); a role not listed takes any actor. The
    /// chronicle's validation reports an actor of another type in such a role as <see cref="ChronicleProblemKind.InvalidValue"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Type>> RequiredActorTypes { get; }

    /// <summary>Who acts toward whom, in words, e.g. <c>Supplier → Recipient; reaches Intermediaries, EndUser</c>.</summary>
    public string Directions { get; }

    /// <summary>E.g. <c>ArmsTransfer (armsTransfer)</c>.</summary>
    public override string ToString() => $"{Kind} ({Name})";

    /// <summary>
    /// The actor types allowed in the role a reference's field names (<c>Person</c>; an index such as
    /// <c>Intermediaries[2]</c> names the role <c>Intermediaries</c>); null when the role takes any actor.
    /// </summary>
    internal IReadOnlyList<Type>? AllowedActorTypes(string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var role = bracket < 0 ? field : field[..bracket] + field[(field.IndexOf(']', bracket) + 1)..];
        return RequiredActorTypes.TryGetValue(role, out var allowed) ? allowed : null;
    }

    /// <summary>Who acts toward whom in <paramref name="e"/>, an event of this kind.</summary>
    internal EventActs ActsOf(DiplomaticEvent e) => _acts(e);
}
