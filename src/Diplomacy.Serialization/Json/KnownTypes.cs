namespace Diplomacy.Serialization.Json;

/// <summary>
/// The fixed table of <c>type</c> discriminators: the only types the format ever instantiates. Nothing from the
/// input names a .NET type.
/// </summary>
internal static class KnownTypes
{
    public static readonly (Type Type, string Name)[] Actors =
    [
        (typeof(State), "state"),
        (typeof(Person), "person"),
        (typeof(Organization), "organization"),
        (typeof(Alliance), "alliance"),
    ];

    /// <summary>The event kinds' names, as <see cref="EventCatalog"/> states them.</summary>
    public static readonly (Type Type, string Name)[] Events = [.. EventCatalog.Kinds.Select(k => (k.Type, k.Name))];

    public const string Discriminator = "type";

    /// <summary>The discriminators of a base type, for messages: <c>state, person, organization, alliance</c>.</summary>
    public static string Describe(bool events) => string.Join(", ", (events ? Events : Actors).Select(t => t.Name));

    public static bool IsKnown(bool events, string name) => (events ? Events : Actors).Any(t => t.Name == name);
}
