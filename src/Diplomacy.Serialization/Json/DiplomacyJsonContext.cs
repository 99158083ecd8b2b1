using System.Text.Json.Serialization;

namespace Diplomacy.Serialization.Json;

/// <summary>
/// Source-generated contracts for the model. Names, polymorphism, property order and what is omitted are set by
/// <see cref="DiplomacyContracts"/> at run time, and the value types (ids, dates, codes, money, coding, enums) use
/// the converters in <see cref="DiplomacyConverters"/>, so the model needs no JSON attributes.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(State))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(Alliance))]
[JsonSerializable(typeof(DiplomaticEvent))]
[JsonSerializable(typeof(ArmsTransfer))]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(PublicReaction))]
[JsonSerializable(typeof(SanctionsAction))]
[JsonSerializable(typeof(RelationshipChange))]
[JsonSerializable(typeof(OfficeChange))]
[JsonSerializable(typeof(MembershipChange))]
[JsonSerializable(typeof(Disclosure))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(CodedEvent))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(ArmsItem))]
[JsonSerializable(typeof(Consideration))]
internal sealed partial class DiplomacyJsonContext : JsonSerializerContext;
