namespace Diplomacy;

/// <summary>The codebook's rows. For now, the codes that the typed events use by default.</summary>
internal static class CameoCodebookData
{
    internal static IEnumerable<CameoEventType> Load() =>
    [
        new("010", "Make statement", 0.0, PloverCategory.Consult),
        new("011", "Decline comment", -0.1),
        new("015", "Acknowledge or claim responsibility", 0.0, PloverCategory.Concede),
        new("016", "Deny responsibility", -5.0, PloverCategory.Reject),
        new("019", "Express accord", 3.4, PloverCategory.Agree),
        new("030", "Express intent to cooperate", 4.0, PloverCategory.Agree),
        new("040", "Consult", 1.0, PloverCategory.Consult),
        new("050", "Engage in diplomatic cooperation", 3.5, PloverCategory.Support),
        new("051", "Praise or endorse", 3.4, PloverCategory.Support),
        new("057", "Sign formal agreement", 8.0, PloverCategory.Agree),
        new("062", "Cooperate militarily", 7.4, PloverCategory.Cooperate, "military"),
        new("072", "Provide military aid", 8.3, PloverCategory.Aid, "military"),
        new("085", "Ease economic sanctions, boycott, embargo", 7.0, PloverCategory.Concede),
        new("111", "Criticize or denounce", -2.0, PloverCategory.Accuse),
        new("120", "Reject", -4.0, PloverCategory.Reject),
        new("130", "Threaten", -4.4, PloverCategory.Threaten),
        new("160", "Reduce relations", -4.0, PloverCategory.Sanction),
        new("161", "Reduce or break diplomatic relations", -4.0, PloverCategory.Sanction),
        new("163", "Impose embargo, boycott, or sanctions", -8.0, PloverCategory.Sanction),
        new("190", "Use conventional military force", -10.0, PloverCategory.Assault),
    ];
}
