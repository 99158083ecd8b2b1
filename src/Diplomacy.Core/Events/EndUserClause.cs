namespace Diplomacy;

/// <summary>Whether a transfer carried an end-user clause (the buyer may not pass the goods on) and whether it held.</summary>
public enum EndUserClause
{
    /// <summary>The source does not say.</summary>
    Unknown = 0,

    /// <summary>There was no such clause.</summary>
    None,

    /// <summary>There was a clause and it was respected.</summary>
    Respected,

    /// <summary>There was a clause and the goods went on to someone else anyway.</summary>
    NotRespected,
}
