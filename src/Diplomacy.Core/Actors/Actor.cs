namespace Diplomacy;

/// <summary>
/// Anything that acts or is acted upon: a <see cref="State"/>, a <see cref="Person"/>, an
/// <see cref="Organization"/> or an <see cref="Alliance"/>.
/// </summary>
/// <remarks>
/// Actors are immutable records with value equality (lists compare by their contents). What an actor
/// <em>was</em> at a date (an office held, a membership) is not stored on it: it is derived from the
/// chronicle's events, so it cannot disagree with the record.
/// </remarks>
public abstract record Actor
{
    private readonly IReadOnlyList<string> _aliases = ValueList<string>.Empty;

    /// <summary>Creates an actor.</summary>
    /// <param name="id">The actor's id.</param>
    /// <param name="name">The name it is best known by, in English (e.g. <c>Aleksandar Vučić</c>).</param>
    protected Actor(ActorId id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The actor's id, unique within a chronicle.</summary>
    public ActorId Id { get; init; }

    /// <summary>The name the actor is best known by.</summary>
    public string Name { get; init; }

    /// <summary>Other names and spellings the actor goes by (e.g. <c>Russian Federation</c>); never null.</summary>
    public IReadOnlyList<string> Aliases
    {
        get => _aliases;
        init => _aliases = ValueList<string>.From(value, nameof(Aliases));
    }

    /// <summary>The id and name, e.g. <c>SRB (Serbia)</c>.</summary>
    public sealed override string ToString() => $"{Id} ({Name})";
}

/// <summary>A sovereign state (or a state-like entity that data sets treat as one), identified by its ISO 3166-1 alpha-3 code.</summary>
/// <param name="Id">The state's ISO 3166-1 alpha-3 code, e.g. <c>SRB</c>; the chronicle checks that it has that form.</param>
/// <param name="Name">The state's English short name, e.g. <c>Serbia</c>.</param>
public sealed record State(ActorId Id, string Name) : Actor(Id, Name)
{
    /// <summary>The ISO 3166-1 alpha-3 code, which is the state's <see cref="Actor.Id"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string IsoCode => Id.Value;
}

/// <summary>A person: an official, a journalist, a researcher.</summary>
/// <param name="Id">A slug id, e.g. <c>aleksandar-vulin</c>.</param>
/// <param name="Name">The person's name, e.g. <c>Aleksandar Vulin</c>.</param>
/// <param name="Nationality">The state the person is a national of, if known; offices held are events (see <see cref="OfficeChange"/>).</param>
public sealed record Person(ActorId Id, string Name, ActorId? Nationality = null) : Actor(Id, Name)
{}

/// <summary>What kind of body an <see cref="Organization"/> is.</summary>
public enum OrganizationKind
{
    /// <summary>Not one of the kinds below.</summary>
    Other = 0,

    /// <summary>A ministry, cabinet, presidency, parliament or embassy: part of a state's government.</summary>
    GovernmentBody,

    /// <summary>A state agency, such as an intelligence or security service (BIA, SVR, FSB).</summary>
    Agency,

    /// <summary>A company the state owns, such as an arms exporter (Yugoimport).</summary>
    StateOwnedCompany,

    /// <summary>A private company, such as an arms importer or wholesaler.</summary>
    Company,

    /// <summary>A newspaper, magazine, broadcaster or news agency (Financial Times, Vreme, Reuters).</summary>
    NewsOutlet,

    /// <summary>A research institute or think tank (SIPRI, Carnegie Europe).</summary>
    ResearchInstitute,

    /// <summary>A body whose members are states (NATO, the EU, CSTO, BRICS, the UN).</summary>
    IntergovernmentalBody,
}

/// <summary>An organisation: a government body, agency, company, news outlet, research institute or intergovernmental body.</summary>
/// <param name="Id">A slug id, e.g. <c>yugoimport</c>.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="HomeState">The state it belongs to or is based in, if any; for a government body or agency, the state it serves.</param>
public sealed record Organization(ActorId Id, string Name, OrganizationKind Kind, ActorId? HomeState = null) : Actor(Id, Name)
{}

/// <summary>
/// The obligations a formal alliance places on its members, after the Alliance Treaty Obligations and Provisions
/// (ATOP) project; an alliance may carry several.
/// </summary>
[Flags]
public enum AllianceObligations
{
    /// <summary>No obligation recorded.</summary>
    None = 0,

    /// <summary>To defend a member that is attacked (ATOP defense; COW defense pact).</summary>
    Defense = 1,

    /// <summary>To join a member's offensive war (ATOP offense).</summary>
    Offense = 2,

    /// <summary>To stay out of a war against a member (ATOP neutrality).</summary>
    Neutrality = 4,

    /// <summary>Not to attack a member (ATOP non-aggression).</summary>
    NonAggression = 8,

    /// <summary>To consult in a crisis (ATOP consultation; COW entente).</summary>
    Consultation = 16,
}

/// <summary>
/// A named grouping of states with obligations toward each other (CSTO, NATO). Its membership over time comes from
/// <see cref="MembershipChange"/> events.
/// </summary>
/// <param name="Id">A slug id, e.g. <c>csto</c>.</param>
/// <param name="Name">The alliance's name, e.g. <c>Collective Security Treaty Organization</c>.</param>
/// <param name="Obligations">What members owe each other.</param>
public sealed record Alliance(ActorId Id, string Name, AllianceObligations Obligations) : Actor(Id, Name)
{}
