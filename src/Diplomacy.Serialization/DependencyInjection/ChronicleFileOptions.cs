namespace Diplomacy.Serialization;

/// <summary>Options for <see cref="ChronicleFileServiceCollectionExtensions.AddDiplomacyChronicleFile"/>.</summary>
public sealed class ChronicleFileOptions
{
    /// <summary>How the file is read and written; <see cref="ChronicleJsonOptions.Default"/> unless set.</summary>
    public ChronicleJsonOptions Format { get; set; } = ChronicleJsonOptions.Default;

    /// <summary>
    /// When true, a missing file gives an empty chronicle (the file is created at the first save); when false (the
    /// default), a missing file is an error, so a mistyped path is noticed.
    /// </summary>
    public bool StartEmptyIfMissing { get; set; }
}
