namespace Diplomacy.Cli;

/// <summary>What a command whose implementation is not part of this build says.</summary>
internal static class NotAvailable
{
    /// <summary>Prints one line on standard error and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int Fail(CliConsole console, string command)
    {
        console.Error.WriteLine($"diplomacy: {command} is not available in this build (it needs the Diplomacy.Charts package)");
        return ExitCodes.Usage;
    }
}
