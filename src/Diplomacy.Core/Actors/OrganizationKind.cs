namespace Diplomacy;

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
