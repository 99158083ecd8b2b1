namespace Diplomacy.Cli;

/// <summary>The tool's exit codes, as a Unix user expects them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (for <c>validate</c>: the file is valid).</summary>
    public const int Success = 0;

    /// <summary>The input was wrong: a file that cannot be read, is not valid, or holds no such actor.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong, or the command is not available in this build.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Interrupted = 130;
}
