using NodaTime;

namespace Diplomacy;

/// <summary>One actor's posture on sanctions toward another on a day.</summary>
public enum SanctionsPosture
{
    /// <summary>No sanctions step recorded by then.</summary>
    None,

    /// <summary>Sanctions imposed, extended or joined, and not all lifted.</summary>
    Imposing,

    /// <summary>Refused to impose or join sanctions (Serbia toward Russia).</summary>
    Refusing,

    /// <summary>Put off joining sanctions (South Korea toward Russia).</summary>
    Delaying,

    /// <summary>Lifted the sanctions it had imposed.</summary>
    Lifted,
}
