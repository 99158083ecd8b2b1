using System.Text.Json.Serialization;

#pragma warning disable CA1812 // The row classes are instantiated by Parquet.Net's serializer.

namespace Diplomacy.Parquet.Tables;

// The rows of each table, one class per table, column names as docs/parquet.md gives them. Event-keyed tables carry
// no year column: the year is the Hive partition (events/year=2024/part-0.parquet), which readers add back.

/// <summary>A row of <c>events</c>: one per event.</summary>
internal sealed class EventRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("earliest")] public DateOnly Earliest { get; set; }
    [JsonPropertyName("latest")] public DateOnly Latest { get; set; }
    [JsonPropertyName("date_order")] public int DateOrder { get; set; }
    [JsonPropertyName("edtf")] public string Edtf { get; set; } = "";
    [JsonPropertyName("precision")] public string Precision { get; set; } = "";
    [JsonPropertyName("approximate")] public bool Approximate { get; set; }
    [JsonPropertyName("uncertain")] public bool Uncertain { get; set; }
    [JsonPropertyName("open_start")] public bool OpenStart { get; set; }
    [JsonPropertyName("open_end")] public bool OpenEnd { get; set; }
    [JsonPropertyName("first_known")] public DateOnly FirstKnown { get; set; }
    [JsonPropertyName("first_released")] public DateOnly? FirstReleased { get; set; }
    [JsonPropertyName("cameo")] public string? Cameo { get; set; }
    [JsonPropertyName("quad_class")] public int QuadClass { get; set; }
    [JsonPropertyName("goldstein")] public double? Goldstein { get; set; }
    [JsonPropertyName("plover_category")] public string? PloverCategory { get; set; }
    [JsonPropertyName("plover_mode")] public string? PloverMode { get; set; }
    [JsonPropertyName("plover_contexts")] public List<string>? PloverContexts { get; set; }
    [JsonPropertyName("coding_is_default")] public bool CodingIsDefault { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("basis")] public string Basis { get; set; } = nameof(EvidenceBasis.Reported);
}

/// <summary>A row of <c>event_actors</c>: one per actor in a role of an event (the event's <c>Actors</c>).</summary>
internal sealed class EventActorRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("actor")] public string Actor { get; set; } = "";
    [JsonPropertyName("role")] public string Role { get; set; } = "";
    [JsonPropertyName("position")] public int Position { get; set; }
}

/// <summary>A row of <c>event_links</c>: one per reference from an event to another.</summary>
internal sealed class EventLinkRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("role")] public string Role { get; set; } = "";
    [JsonPropertyName("position")] public int Position { get; set; }
    [JsonPropertyName("target_event_id")] public string TargetEventId { get; set; } = "";
}

/// <summary>A row of <c>citations</c>: one per citation of an event.</summary>
internal sealed class CitationRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("position")] public int Position { get; set; }
    [JsonPropertyName("source")] public string Source { get; set; } = "";
    [JsonPropertyName("published_earliest")] public DateOnly PublishedEarliest { get; set; }
    [JsonPropertyName("published_latest")] public DateOnly PublishedLatest { get; set; }
    [JsonPropertyName("published_edtf")] public string PublishedEdtf { get; set; } = "";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("quote")] public string? Quote { get; set; }
    [JsonPropertyName("basis")] public string? Basis { get; set; }
    [JsonPropertyName("release_data_set")] public string? ReleaseDataSet { get; set; }
    [JsonPropertyName("release_name")] public string? ReleaseName { get; set; }
    [JsonPropertyName("release_published")] public DateOnly? ReleasePublished { get; set; }
}

/// <summary>A row of <c>arms_transfers</c>.</summary>
internal sealed class ArmsTransferRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("supplier")] public string Supplier { get; set; } = "";
    [JsonPropertyName("recipient")] public string Recipient { get; set; } = "";
    [JsonPropertyName("end_user")] public string? EndUser { get; set; }
    [JsonPropertyName("value_amount")] public decimal? ValueAmount { get; set; }
    [JsonPropertyName("value_currency")] public string? ValueCurrency { get; set; }
    [JsonPropertyName("value_approximate")] public bool? ValueApproximate { get; set; }
    [JsonPropertyName("terms")] public string Terms { get; set; } = "";
    [JsonPropertyName("end_user_clause")] public string EndUserClause { get; set; } = "";
    [JsonPropertyName("continues")] public string? Continues { get; set; }
}

/// <summary>A row of <c>arms_items</c>: one per item of a transfer.</summary>
internal sealed class ArmsItemRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("position")] public int Position { get; set; }
    [JsonPropertyName("category")] public string Category { get; set; } = "";
    [JsonPropertyName("quantity")] public long? Quantity { get; set; }
    [JsonPropertyName("designation")] public string? Designation { get; set; }
    [JsonPropertyName("approximate")] public bool Approximate { get; set; }
}

/// <summary>A row of <c>meetings</c> (participants are in <c>event_actors</c>).</summary>
internal sealed class MeetingRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("host")] public string? Host { get; set; }
    [JsonPropertyName("place_name")] public string? PlaceName { get; set; }
    [JsonPropertyName("place_country")] public string? PlaceCountry { get; set; }
    [JsonPropertyName("place_latitude")] public double? PlaceLatitude { get; set; }
    [JsonPropertyName("place_longitude")] public double? PlaceLongitude { get; set; }
    [JsonPropertyName("place_geonames_id")] public long? PlaceGeoNamesId { get; set; }
}

/// <summary>A row of <c>public_reactions</c> (what they respond to is in <c>event_links</c>).</summary>
internal sealed class PublicReactionRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("speaker")] public string Speaker { get; set; } = "";
    [JsonPropertyName("tone")] public string Tone { get; set; } = "";
    [JsonPropertyName("about")] public string? About { get; set; }
    [JsonPropertyName("quote")] public string? Quote { get; set; }
}

/// <summary>A row of <c>sanctions_actions</c>.</summary>
internal sealed class SanctionsActionRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("imposer")] public string Imposer { get; set; } = "";
    [JsonPropertyName("target")] public string Target { get; set; } = "";
    [JsonPropertyName("action")] public string Action { get; set; } = "";
    [JsonPropertyName("programme")] public string? Programme { get; set; }
    [JsonPropertyName("measures")] public List<string>? Measures { get; set; }
}

/// <summary>A row of <c>relationship_changes</c>.</summary>
internal sealed class RelationshipChangeRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("actor")] public string Actor { get; set; } = "";
    [JsonPropertyName("partner")] public string Partner { get; set; } = "";
    [JsonPropertyName("relationship")] public string Relationship { get; set; } = "";
    [JsonPropertyName("change")] public string Change { get; set; } = "";
    [JsonPropertyName("gained_kind")] public string? GainedKind { get; set; }
    [JsonPropertyName("gained_from")] public string? GainedFrom { get; set; }
    [JsonPropertyName("gained_description")] public string? GainedDescription { get; set; }
}

/// <summary>A row of <c>office_changes</c>.</summary>
internal sealed class OfficeChangeRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("person")] public string Person { get; set; } = "";
    [JsonPropertyName("office")] public string Office { get; set; } = "";
    [JsonPropertyName("change")] public string Change { get; set; } = "";
    [JsonPropertyName("body")] public string? Body { get; set; }
}

/// <summary>A row of <c>membership_changes</c>.</summary>
internal sealed class MembershipChangeRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("member")] public string Member { get; set; } = "";
    [JsonPropertyName("organization")] public string Organization { get; set; } = "";
    [JsonPropertyName("change")] public string Change { get; set; } = "";
    [JsonPropertyName("decided_by")] public string? DecidedBy { get; set; }
}

/// <summary>A row of <c>disclosures</c> (what they are about is in <c>event_links</c>, whom in <c>event_actors</c>).</summary>
internal sealed class DisclosureRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("discloser")] public string Discloser { get; set; } = "";
    [JsonPropertyName("method")] public string Method { get; set; } = "";
}

/// <summary>A row of <c>commitments</c>.</summary>
internal sealed class CommitmentRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("actor")] public string Actor { get; set; } = "";
    [JsonPropertyName("decision")] public string Decision { get; set; } = "";
    [JsonPropertyName("undertaking")] public string Undertaking { get; set; } = "";
    [JsonPropertyName("toward")] public string? Toward { get; set; }
}

/// <summary>A row of <c>coded_events</c>.</summary>
internal sealed class CodedEventRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("source")] public string Source { get; set; } = "";
    [JsonPropertyName("target")] public string? Target { get; set; }
    [JsonPropertyName("location_name")] public string? LocationName { get; set; }
    [JsonPropertyName("location_country")] public string? LocationCountry { get; set; }
    [JsonPropertyName("location_latitude")] public double? LocationLatitude { get; set; }
    [JsonPropertyName("location_longitude")] public double? LocationLongitude { get; set; }
    [JsonPropertyName("location_geonames_id")] public long? LocationGeoNamesId { get; set; }
}

/// <summary>A row of <c>actors</c>: one per actor, in the chronicle's order.</summary>
internal sealed class ActorRow
{
    [JsonPropertyName("actor_id")] public string ActorId { get; set; } = "";
    [JsonPropertyName("position")] public int Position { get; set; }
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("aliases")] public List<string>? Aliases { get; set; }
    [JsonPropertyName("nationality")] public string? Nationality { get; set; }
    [JsonPropertyName("private")] public bool? Private { get; set; }
    [JsonPropertyName("organization_kind")] public string? OrganizationKind { get; set; }
    [JsonPropertyName("home_state")] public string? HomeState { get; set; }
    [JsonPropertyName("obligations")] public List<string>? Obligations { get; set; }
}
