namespace Diplomacy;

/// <summary>What kind of entity a <see cref="Country"/> is.</summary>
public enum CountryStatus
{
    /// <summary>A member state of the United Nations.</summary>
    UnMember,

    /// <summary>A non-member observer state of the United Nations (the Holy See, Palestine).</summary>
    UnObserverState,

    /// <summary>A state recognised by some states but not a UN member or observer (Kosovo, Taiwan, Western Sahara as the Sahrawi Republic).</summary>
    PartiallyRecognized,

    /// <summary>A dependent territory or special area with its own ISO 3166-1 code (Hong Kong, Puerto Rico, Greenland).</summary>
    Territory,

    /// <summary>A state that no longer exists but that data sets still name (the Soviet Union, Yugoslavia).</summary>
    Former,
}
