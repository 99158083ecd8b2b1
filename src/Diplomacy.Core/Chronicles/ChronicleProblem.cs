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

/// <summary>One problem found while validating a chronicle: what is wrong, and where.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Subject">What the problem is in: <c>event 'x'</c> or <c>actor 'y'</c>.</param>
/// <param name="Field">The field, when the problem is in one (e.g. <c>Participants[1]</c>, <c>Citations[0].Source</c>).</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
public sealed record ChronicleProblem(ChronicleProblemKind Kind, string Subject, string? Field, string Message)
{
    /// <summary>E.g. <c>event 'vulin-meets-patrushev-1', Participants[1]: unknown actor 'nikolai-patrusev'.</c></summary>
    public override string ToString() => $"{Subject}{(Field is null ? string.Empty : ", " + Field)}: {Message}";
}

/// <summary>
/// Thrown when a chronicle cannot be built because its contents are inconsistent. <see cref="Problems"/> lists every
/// problem found, not only the first; nothing is built.
/// </summary>
public sealed class ChronicleValidationException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception for the problems found.</summary>
    public ChronicleValidationException(IReadOnlyList<ChronicleProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only (for serialization frameworks); prefer the other constructor.</summary>
    public ChronicleValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that takes problems.</summary>
    public ChronicleValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and an inner exception; prefer the constructor that takes problems.</summary>
    public ChronicleValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem found, in the order of the input.</summary>
    public IReadOnlyList<ChronicleProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ChronicleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = problems.Take(ProblemsInMessage).Select(p => "  - " + p);
        var more = problems.Count > ProblemsInMessage ? $"{Environment.NewLine}  … and {problems.Count - ProblemsInMessage} more (see Problems)." : string.Empty;
        return $"The chronicle is not valid: {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}.{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
