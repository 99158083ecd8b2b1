namespace Diplomacy;

/// <summary>Broad weapon categories, after SIPRI's arms-transfer categories plus the ammunition and small arms that SIPRI leaves out.</summary>
public enum WeaponCategory
{
    /// <summary>Anything not in another category, or military goods left unclassified by the source.</summary>
    Other = 0,

    /// <summary>Guns, howitzers, mortars and multiple rocket launchers.</summary>
    Artillery,

    /// <summary>Unguided rockets.</summary>
    Rockets,

    /// <summary>Guided missiles.</summary>
    Missiles,

    /// <summary>Artillery shells and other large-calibre ammunition.</summary>
    Ammunition,

    /// <summary>Small-calibre rounds (bullets).</summary>
    SmallCalibreAmmunition,

    /// <summary>Rifles, machine guns and other small arms and light weapons.</summary>
    SmallArms,

    /// <summary>Tanks, armoured personnel carriers and other armoured vehicles.</summary>
    ArmouredVehicles,

    /// <summary>Crewed aircraft and helicopters.</summary>
    Aircraft,

    /// <summary>Uncrewed aerial vehicles, including loitering munitions.</summary>
    Drones,

    /// <summary>Air-defence systems.</summary>
    AirDefenceSystems,

    /// <summary>Ships and naval weapons.</summary>
    Naval,

    /// <summary>Radars and other sensors.</summary>
    Sensors,
}
