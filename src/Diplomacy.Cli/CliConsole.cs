using Spectre.Console;

namespace Diplomacy.Cli;

/// <summary>
/// Where a command writes: its answers to <see cref="Out"/>, its errors and progress to <see cref="Error"/>. When a
/// stream is redirected (to a file, a pipe or a test's buffer), nothing written to it carries ANSI colours and no
/// progress is animated.
/// </summary>
internal sealed class CliConsole
{
    /// <summary>The width tables are laid out to when the output is not a terminal.</summary>
    internal const int RedirectedWidth = 200;

    private CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        Out = output;
        Error = error;
        ErrorIsTerminal = errorIsTerminal;
        Tables = Create(output, outputIsTerminal);
        Progress = Create(error, errorIsTerminal);
    }

    /// <summary>The answers: tables, JSON, summaries.</summary>
    public TextWriter Out { get; }

    /// <summary>Error lines.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether errors go to a terminal, so that a progress bar may be drawn there.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The Spectre console over <see cref="Out"/>, for tables.</summary>
    public IAnsiConsole Tables { get; }

    /// <summary>The Spectre console over <see cref="Error"/>, for progress bars.</summary>
    public IAnsiConsole Progress { get; }

    /// <summary>The process's standard output and error, each treated as a terminal only when it is not redirected.</summary>
    public static CliConsole FromSystem() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    /// <summary>Writers that are not terminals (a test's buffers): plain text, no colours, no progress.</summary>
    public static CliConsole Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
            console.Profile.Capabilities.Unicode = true;
        }

        return console;
    }
}
