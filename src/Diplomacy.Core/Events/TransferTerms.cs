namespace Diplomacy;

/// <summary>Whether a transfer was sold or given.</summary>
public enum TransferTerms
{
    /// <summary>The source does not say.</summary>
    Unknown = 0,

    /// <summary>Sold (a commercial deal).</summary>
    Commercial,

    /// <summary>Given as military aid.</summary>
    Aid,
}
