namespace Diplomacy;

/// <summary>What a <see cref="SanctionsAction"/> did.</summary>
public enum SanctionsActionKind
{
    /// <summary>Imposed sanctions of its own (the US sanctioning Vulin).</summary>
    Impose,

    /// <summary>Extended or widened sanctions already in force.</summary>
    Extend,

    /// <summary>Lifted sanctions.</summary>
    Lift,

    /// <summary>Refused to impose or join sanctions (Serbia toward Russia).</summary>
    Refuse,

    /// <summary>Put off joining sanctions (South Korea toward Russia).</summary>
    Delay,

    /// <summary>Joined sanctions that others imposed (an EU regime, a G7 price cap).</summary>
    Join,
}
