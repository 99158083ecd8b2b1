using System.Text.Json.Nodes;

namespace Diplomacy.Serialization.Documents;

/// <summary>
/// Turns a chronicle document of format version <see cref="FromVersion"/> into one of version
/// <see cref="FromVersion"/> + 1. The reader applies migrations in sequence, then reads the result as the current
/// version, so each migration only knows two adjacent versions.
/// </summary>
internal interface IFormatMigration
{
    /// <summary>The version this migration reads.</summary>
    int FromVersion { get; }

    /// <summary>
    /// Rewrites the document in place (the reader sets <c>formatVersion</c> afterwards). Throw
    /// <see cref="ChronicleFormatException"/> or <see cref="InvalidOperationException"/> for a document that cannot
    /// be migrated.
    /// </summary>
    void Migrate(JsonObject document);
}

/// <summary>The migrations the library ships. Version 1 is the first published format, so there are none yet.</summary>
internal static class FormatMigrations
{
    public static IReadOnlyList<IFormatMigration> All { get; } = [];
}
