namespace Diplomacy;

/// <summary>The kinds of problem a chronicle's validation reports.</summary>
public enum ChronicleProblemKind
{
    /// <summary>A reference to an actor the chronicle does not hold.</summary>
    UnknownActor,

    /// <summary>A reference to an event the chronicle does not hold.</summary>
    UnknownEvent,

    /// <summary>Two actors or two events with the same id.</summary>
    DuplicateId,

    /// <summary>An event with no citation.</summary>
    MissingCitation,

    /// <summary>A value that is missing, malformed or out of range.</summary>
    InvalidValue,

    /// <summary>Changes that cannot have happened in the order given (a removal from an office never taken up).</summary>
    OutOfOrder,
}
