namespace Diplomacy;

/// <summary>The kinds of <see cref="DiplomaticEvent"/>, one per sealed event type.</summary>
public enum EventKind
{
    /// <summary>An <see cref="Diplomacy.ArmsTransfer"/>.</summary>
    ArmsTransfer,

    /// <summary>A <see cref="Diplomacy.Meeting"/> or visit.</summary>
    Meeting,

    /// <summary>A <see cref="Diplomacy.PublicReaction"/> or statement.</summary>
    PublicReaction,

    /// <summary>A <see cref="Diplomacy.SanctionsAction"/>.</summary>
    SanctionsAction,

    /// <summary>A <see cref="Diplomacy.RelationshipChange"/>.</summary>
    RelationshipChange,

    /// <summary>An <see cref="Diplomacy.OfficeChange"/>.</summary>
    OfficeChange,

    /// <summary>A <see cref="Diplomacy.MembershipChange"/>.</summary>
    MembershipChange,

    /// <summary>A <see cref="Diplomacy.Disclosure"/>.</summary>
    Disclosure,

    /// <summary>A <see cref="Diplomacy.Commitment"/> (decision).</summary>
    Commitment,

    /// <summary>A <see cref="Diplomacy.CodedEvent"/> carrying only standard codes.</summary>
    CodedEvent,
}
