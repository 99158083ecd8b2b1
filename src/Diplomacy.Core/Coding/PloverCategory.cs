namespace Diplomacy;

/// <summary>
/// The sixteen event categories of PLOVER (Political Language Ontology for Verifiable Event Records, from the
/// Open Event Data Alliance), in the order of its manual: cooperation first, then conflict.
/// </summary>
public enum PloverCategory
{
    /// <summary>AGREE: agree to, or sign, an agreement or to do something.</summary>
    Agree,

    /// <summary>CONSULT: meet, visit, talk or mediate.</summary>
    Consult,

    /// <summary>SUPPORT: praise, endorse or defend verbally.</summary>
    Support,

    /// <summary>CONCEDE: yield, ease sanctions, apologise, release.</summary>
    Concede,

    /// <summary>COOPERATE: cooperate materially (economic, military, judicial, intelligence).</summary>
    Cooperate,

    /// <summary>AID: give economic, military or humanitarian aid.</summary>
    Aid,

    /// <summary>RETREAT: withdraw, demobilise, release.</summary>
    Retreat,

    /// <summary>REQUEST: ask, appeal, demand.</summary>
    Request,

    /// <summary>ACCUSE: criticise, accuse, denounce, investigate.</summary>
    Accuse,

    /// <summary>REJECT: refuse, reject, defy.</summary>
    Reject,

    /// <summary>THREATEN: threaten, issue an ultimatum.</summary>
    Threaten,

    /// <summary>PROTEST: demonstrate, strike, boycott.</summary>
    Protest,

    /// <summary>SANCTION: cut relations or aid, impose sanctions, expel.</summary>
    Sanction,

    /// <summary>MOBILIZE: put forces on alert, mobilise.</summary>
    Mobilize,

    /// <summary>COERCE: seize, arrest, repress, blockade.</summary>
    Coerce,

    /// <summary>ASSAULT: attack, fight, use weapons.</summary>
    Assault,
}
