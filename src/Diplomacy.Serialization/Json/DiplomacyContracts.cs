using System.Text.Json.Serialization.Metadata;
using Diplomacy.Serialization.Json.Converters;

namespace Diplomacy.Serialization.Json;

/// <summary>
/// Shapes the generated contracts into the documented format, without JSON attributes on the model: the <c>type</c>
/// discriminators, a stable property order, and what is left out (empty optional lists, false flags, a default
/// coding).
/// </summary>
internal static class DiplomacyContracts
{
    // Common properties go first (id, then when/name) and last (summary, citations, coding; aliases), with each kind's
    // own properties in declaration order between them.
    private static readonly Dictionary<string, int> EventOrder = new(StringComparer.Ordinal)
    {
        ["id"] = -30, ["when"] = -20, ["summary"] = 100, ["basis"] = 105, ["citations"] = 110, ["coding"] = 120,
    };

    private static readonly Dictionary<string, int> ActorOrder = new(StringComparer.Ordinal)
    {
        ["id"] = -30, ["name"] = -20, ["aliases"] = 100,
    };

    public static void Modify(JsonTypeInfo info)
    {
        if (info.Type == typeof(Actor))
        {
            info.PolymorphismOptions = Polymorphism(KnownTypes.Actors);
        }
        else if (info.Type == typeof(DiplomaticEvent))
        {
            info.PolymorphismOptions = Polymorphism(KnownTypes.Events);
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var isEvent = typeof(DiplomaticEvent).IsAssignableFrom(info.Type);
        if (isEvent && !info.Type.IsAbstract)
        {
            AddCoding(info);
            AddBasis(info);
        }

        var order = isEvent ? EventOrder : typeof(Actor).IsAssignableFrom(info.Type) ? ActorOrder : null;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            // Computed properties (Kind, Route, IsoCode, ...) cannot be read back, so they are never written.
            var property = info.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }

        foreach (var property in info.Properties)
        {
            if (info.Type == typeof(ArmsItem) && property.Name == "isApproximate")
            {
                property.Name = "approximate";
            }

            if (info.Type == typeof(Person) && property.Name == "isPrivate")
            {
                property.Name = "private";
            }

            if (order is not null && order.TryGetValue(property.Name, out var position))
            {
                property.Order = position;
            }

            if (property.PropertyType == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
            else if (property.AssociatedParameter is null or { IsMemberInitializer: true } && IsList(property.PropertyType))
            {
                // Optional lists are left out when empty; lists the constructor requires are always written.
                property.ShouldSerialize = static (_, value) => value switch
                {
                    IReadOnlyCollection<object> objects => objects.Count > 0,
                    IReadOnlyCollection<ActorId> actors => actors.Count > 0,
                    IReadOnlyCollection<EventId> events => events.Count > 0,
                    _ => value is not null,
                };
            }
        }
    }

    /// <summary>
    /// The model's <see cref="DiplomaticEvent.Coding"/> always has a value (the kind's default when unset), so the
    /// generated contract would always write it. Here it is written only when the author replaced the default (always,
    /// for a coded event, whose constructor takes it). An absent property reaches the model as null, which is the
    /// kind's default; an explicit JSON <c>null</c> is refused once the event is complete.
    /// </summary>
    private static void AddCoding(JsonTypeInfo info)
    {
        var coding = info.Properties.FirstOrDefault(p => p.Name == "coding")
            ?? throw new InvalidOperationException($"The generated contract of {info.Type.Name} has no Coding property.");

        coding.ShouldSerialize = static (owner, _) => !((DiplomaticEvent)owner).HasDefaultCoding;
        info.OnDeserialized = static owner =>
        {
            if (ReferenceEquals(((DiplomaticEvent)owner).Coding, CodingConverter.ExplicitNull))
            {
                throw new System.Text.Json.JsonException("The coding cannot be null; leave it out for the kind's default coding.");
            }
        };
    }

    /// <summary>
    /// <see cref="DiplomaticEvent.Basis"/> is a version 1 addition: written only when it is not
    /// <see cref="EvidenceBasis.Reported"/>, and set only when present, so files without it read as before (the model's
    /// own default is <see cref="EvidenceBasis.Reported"/>).
    /// </summary>
    private static void AddBasis(JsonTypeInfo info)
    {
        var basis = info.Properties.FirstOrDefault(p => p.Name == "basis")
            ?? throw new InvalidOperationException($"The generated contract of {info.Type.Name} has no Basis property.");

        basis.ShouldSerialize = static (owner, _) => ((DiplomaticEvent)owner).Basis != EvidenceBasis.Reported;
    }

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    private static JsonPolymorphismOptions Polymorphism((Type Type, string Name)[] types)
    {
        var options = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = KnownTypes.Discriminator,
            UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
            IgnoreUnrecognizedTypeDiscriminators = false,
        };
        foreach (var (type, name) in types)
        {
            options.DerivedTypes.Add(new JsonDerivedType(type, name));
        }

        return options;
    }
}
