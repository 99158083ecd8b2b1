using System.Text.Json.Serialization;
using Diplomacy.Serialization.Json.Converters;

namespace Diplomacy.Serialization.Json;

/// <summary>The converters for the model's value types: ids, dates, codes, money, coding and every enum.</summary>
internal static class DiplomacyConverters
{
    public static IReadOnlyList<JsonConverter> All { get; } =
    [
        new ActorIdConverter(),
        new EventIdConverter(),
        new CameoCodeConverter(),
        new FuzzyDateConverter(),
        new MoneyConverter(),
        new CodingConverter(),
        new AllianceObligationsConverter(),
        new CamelCaseEnumConverter<OrganizationKind>(),
        new CamelCaseEnumConverter<WeaponCategory>(),
        new CamelCaseEnumConverter<TransferTerms>(),
        new CamelCaseEnumConverter<EndUserClause>(),
        new CamelCaseEnumConverter<ReactionTone>(),
        new CamelCaseEnumConverter<SanctionsActionKind>(),
        new CamelCaseEnumConverter<RelationshipKind>(),
        new CamelCaseEnumConverter<RelationshipChangeKind>(),
        new CamelCaseEnumConverter<ConsiderationKind>(),
        new CamelCaseEnumConverter<OfficeChangeKind>(),
        new CamelCaseEnumConverter<MembershipChangeKind>(),
        new CamelCaseEnumConverter<DisclosureMethod>(),
        new CamelCaseEnumConverter<CommitmentDecision>(),
        new CamelCaseEnumConverter<QuadClass>(),
        new CamelCaseEnumConverter<PloverCategory>(),
        new CamelCaseEnumConverter<EventKind>(),
        new CamelCaseEnumConverter<DatePrecision>(),
        new CamelCaseEnumConverter<Season>(),
        new CamelCaseEnumConverter<ChronicleProblemKind>(),
        new CamelCaseEnumConverter<EvidenceBasis>(),
    ];
}
