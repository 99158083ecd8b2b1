namespace Diplomacy;

/// <summary>How a person's hold on an office changed.</summary>
public enum OfficeChangeKind
{
    /// <summary>Took up the office.</summary>
    Appointed,

    /// <summary>Was removed from it.</summary>
    Removed,

    /// <summary>Left it of their own accord.</summary>
    Resigned,

    /// <summary>Took up again an office held before.</summary>
    Reinstated,
}
