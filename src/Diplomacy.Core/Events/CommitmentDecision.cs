namespace Diplomacy;

/// <summary>Whether an actor agreed to do something or refused.</summary>
public enum CommitmentDecision
{
    /// <summary>Agreed, promised or committed.</summary>
    Agreed,

    /// <summary>Refused.</summary>
    Refused,
}
