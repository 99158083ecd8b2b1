namespace Diplomacy.Cli;

/// <summary>
/// A problem the user can fix (a missing file, a bad value, an invalid chronicle): the tool prints its message as
/// one line on standard error, without a stack trace, and exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where, as one sentence.</param>
    /// <param name="exitCode"><see cref="ExitCodes.Failure"/> for bad data, <see cref="ExitCodes.Usage"/> for a bad command line.</param>
    public CliException(string message, int exitCode = ExitCodes.Failure)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>Creates the exception with the failure exit code.</summary>
    public CliException()
        : this("The command failed.")
    {
    }

    /// <summary>Creates the exception with the failure exit code and a cause.</summary>
    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Failure;
    }

    /// <summary>The process's exit code.</summary>
    public int ExitCode { get; }
}
