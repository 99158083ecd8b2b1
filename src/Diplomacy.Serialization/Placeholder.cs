namespace Diplomacy.Serialization;

/// <summary>Marker type; removed when the core model lands.</summary>
internal static class Placeholder;
