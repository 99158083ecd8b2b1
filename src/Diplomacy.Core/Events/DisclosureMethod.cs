namespace Diplomacy;

/// <summary>How something came to light.</summary>
public enum DisclosureMethod
{
    /// <summary>Reported by an outlet or researcher from its own investigation (the FT's revelation).</summary>
    Report,

    /// <summary>Leaked: a confidential document or data made public without consent (the Pentagon document).</summary>
    Leak,

    /// <summary>Released by an official source (trade statistics, a register).</summary>
    OfficialRelease,
}
