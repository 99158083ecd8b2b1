namespace Diplomacy.Parquet.Tables;

/// <summary>The tables' names, which are also their folders under the root (docs/parquet.md).</summary>
internal static class Tables
{
    public const string Events = "events";
    public const string EventActors = "event_actors";
    public const string EventLinks = "event_links";
    public const string Citations = "citations";
    public const string ArmsTransfers = "arms_transfers";
    public const string ArmsItems = "arms_items";
    public const string Meetings = "meetings";
    public const string PublicReactions = "public_reactions";
    public const string SanctionsActions = "sanctions_actions";
    public const string RelationshipChanges = "relationship_changes";
    public const string OfficeChanges = "office_changes";
    public const string MembershipChanges = "membership_changes";
    public const string Disclosures = "disclosures";
    public const string Commitments = "commitments";
    public const string CodedEvents = "coded_events";
    public const string Actors = "actors";

    /// <summary>The tables keyed by event, partitioned by year.</summary>
    public static IReadOnlyList<string> EventKeyed { get; } =
    [
        Events, EventActors, EventLinks, Citations, ArmsTransfers, ArmsItems, Meetings, PublicReactions, SanctionsActions,
        RelationshipChanges, OfficeChanges, MembershipChanges, Disclosures, Commitments, CodedEvents,
    ];
}
