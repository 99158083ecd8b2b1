using System.Text.Json.Serialization;

namespace Diplomacy.Benchmarks.Build;

// The floor for loading the format: the same JSON read by System.Text.Json's source generator into plain classes with
// a property per field the synthetic records use (strings for ids, dates and enums; no validation, no parsing of
// dates or codes, no interning, no chronicle).

/// <summary>A chronicle document.</summary>
public sealed class DocumentDto
{
    /// <summary>The format version.</summary>
    public int FormatVersion { get; set; }

    /// <summary>The actors.</summary>
    public List<ActorDto> Actors { get; set; } = [];

    /// <summary>The events.</summary>
    public List<EventDto> Events { get; set; } = [];
}

/// <summary>An actor, any type.</summary>
public sealed class ActorDto
{
    /// <summary>state, person, organization, alliance.</summary>
    public string? Type { get; set; }

    /// <summary>The id.</summary>
    public string? Id { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>Other names.</summary>
    public List<string>? Aliases { get; set; }

    /// <summary>A person's nationality.</summary>
    public string? Nationality { get; set; }

    /// <summary>An organisation's kind.</summary>
    public string? Kind { get; set; }

    /// <summary>An organisation's home state.</summary>
    public string? HomeState { get; set; }

    /// <summary>An alliance's obligations.</summary>
    public List<string>? Obligations { get; set; }
}

/// <summary>An event, any kind: one flat class with every kind's properties.</summary>
public sealed class EventDto
{
    /// <summary>The kind.</summary>
    public string? Type { get; set; }

    /// <summary>The id.</summary>
    public string? Id { get; set; }

    /// <summary>EDTF.</summary>
    public string? When { get; set; }

    /// <summary>A description.</summary>
    public string? Summary { get; set; }

    /// <summary>The reports.</summary>
    public List<CitationDto>? Citations { get; set; }

    /// <summary>The coding.</summary>
    public CodingDto? Coding { get; set; }

    /// <summary>Coded event: source.</summary>
    public string? Source { get; set; }

    /// <summary>Coded event: target.</summary>
    public string? Target { get; set; }

    /// <summary>Coded event: location.</summary>
    public PlaceDto? Location { get; set; }

    /// <summary>Meeting: participants.</summary>
    public List<string>? Participants { get; set; }

    /// <summary>Meeting: host.</summary>
    public string? Host { get; set; }

    /// <summary>Meeting: place.</summary>
    public PlaceDto? Place { get; set; }

    /// <summary>Reaction: speaker.</summary>
    public string? Speaker { get; set; }

    /// <summary>Reaction: tone.</summary>
    public string? Tone { get; set; }

    /// <summary>Reaction: about.</summary>
    public string? About { get; set; }

    /// <summary>Reaction: in response to.</summary>
    public List<string>? InResponseTo { get; set; }

    /// <summary>Reaction: quote.</summary>
    public string? Quote { get; set; }

    /// <summary>Arms: supplier.</summary>
    public string? Supplier { get; set; }

    /// <summary>Arms: recipient.</summary>
    public string? Recipient { get; set; }

    /// <summary>Arms: intermediaries.</summary>
    public List<string>? Intermediaries { get; set; }

    /// <summary>Arms: end user.</summary>
    public string? EndUser { get; set; }

    /// <summary>Arms: items.</summary>
    public List<ItemDto>? Items { get; set; }

    /// <summary>Arms: value.</summary>
    public MoneyDto? Value { get; set; }

    /// <summary>Arms: terms.</summary>
    public string? Terms { get; set; }

    /// <summary>Arms: end-user clause.</summary>
    public string? EndUserClause { get; set; }

    /// <summary>Arms: continues.</summary>
    public string? Continues { get; set; }

    /// <summary>Sanctions: imposer.</summary>
    public string? Imposer { get; set; }

    /// <summary>Sanctions: action.</summary>
    public string? Action { get; set; }

    /// <summary>Sanctions: programme.</summary>
    public string? Programme { get; set; }

    /// <summary>Sanctions: measures.</summary>
    public List<string>? Measures { get; set; }

    /// <summary>Relationship: actor.</summary>
    public string? Actor { get; set; }

    /// <summary>Relationship: partner.</summary>
    public string? Partner { get; set; }

    /// <summary>Relationship: kind.</summary>
    public string? Relationship { get; set; }

    /// <summary>Relationship or office: change.</summary>
    public string? Change { get; set; }

    /// <summary>Relationship: in exchange for.</summary>
    public ConsiderationDto? InExchangeFor { get; set; }

    /// <summary>Office: person.</summary>
    public string? Person { get; set; }

    /// <summary>Office: office.</summary>
    public string? Office { get; set; }

    /// <summary>Office: body.</summary>
    public string? Body { get; set; }
}

/// <summary>A citation.</summary>
public sealed class CitationDto
{
    /// <summary>Reporting actor.</summary>
    public string? Source { get; set; }

    /// <summary>EDTF.</summary>
    public string? Published { get; set; }

    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>URL.</summary>
    public string? Url { get; set; }

    /// <summary>Quote.</summary>
    public string? Quote { get; set; }
}

/// <summary>A coding.</summary>
public sealed class CodingDto
{
    /// <summary>CAMEO code.</summary>
    public string? Cameo { get; set; }

    /// <summary>Quad class.</summary>
    public string? QuadClass { get; set; }

    /// <summary>Goldstein score.</summary>
    public double? Goldstein { get; set; }

    /// <summary>PLOVER category.</summary>
    public string? PloverCategory { get; set; }

    /// <summary>PLOVER mode.</summary>
    public string? PloverMode { get; set; }

    /// <summary>PLOVER contexts.</summary>
    public List<string>? PloverContexts { get; set; }
}

/// <summary>A place.</summary>
public sealed class PlaceDto
{
    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>State id.</summary>
    public string? Country { get; set; }

    /// <summary>Degrees.</summary>
    public double? Latitude { get; set; }

    /// <summary>Degrees.</summary>
    public double? Longitude { get; set; }
}

/// <summary>An arms item.</summary>
public sealed class ItemDto
{
    /// <summary>Category.</summary>
    public string? Category { get; set; }

    /// <summary>Quantity.</summary>
    public long? Quantity { get; set; }

    /// <summary>Designation.</summary>
    public string? Designation { get; set; }

    /// <summary>Approximate quantity.</summary>
    public bool Approximate { get; set; }
}

/// <summary>Money.</summary>
public sealed class MoneyDto
{
    /// <summary>Amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>ISO 4217.</summary>
    public string? Currency { get; set; }

    /// <summary>Approximate.</summary>
    public bool Approximate { get; set; }
}

/// <summary>A consideration.</summary>
public sealed class ConsiderationDto
{
    /// <summary>Kind.</summary>
    public string? Kind { get; set; }

    /// <summary>From whom.</summary>
    public string? From { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }
}

/// <summary>The source-generated serializer context for the DTOs (camelCase, as the format).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(EventDto))]
internal sealed partial class DtoJsonContext : JsonSerializerContext;
