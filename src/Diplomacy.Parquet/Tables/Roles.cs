namespace Diplomacy.Parquet.Tables;

/// <summary>The values of the <c>role</c> columns of <c>event_actors</c> and <c>event_links</c> (docs/parquet.md).</summary>
internal static class Roles
{
    public const string Supplier = "supplier";
    public const string Recipient = "recipient";
    public const string Intermediary = "intermediary";
    public const string EndUser = "end_user";
    public const string Participant = "participant";
    public const string Host = "host";
    public const string Speaker = "speaker";
    public const string About = "about";
    public const string Imposer = "imposer";
    public const string Target = "target";
    public const string Actor = "actor";
    public const string Partner = "partner";
    public const string GainedFrom = "gained_from";
    public const string Person = "person";
    public const string Body = "body";
    public const string Member = "member";
    public const string Organization = "organization";
    public const string DecidedBy = "decided_by";
    public const string Discloser = "discloser";
    public const string Concerning = "concerning";
    public const string Toward = "toward";
    public const string Source = "source";
    public const string Continues = "continues";
    public const string InResponseTo = "in_response_to";
}
