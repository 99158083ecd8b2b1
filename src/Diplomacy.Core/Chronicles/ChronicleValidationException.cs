namespace Diplomacy;

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
