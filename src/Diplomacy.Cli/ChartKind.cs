using Diplomacy.Charts;

namespace Diplomacy.Cli;

/// <summary>A kind of chart <c>diplomacy chart</c> draws. A new chart is one entry in <see cref="ChartCommand.Kinds"/>.</summary>
/// <param name="Name">The name on the command line (<c>dyad</c>).</param>
/// <param name="Description">What the chart shows, for the help text.</param>
/// <param name="Example">The actors of the help text's example, on the seed.</param>
/// <param name="Least">The fewest actors it takes.</param>
/// <param name="Most">The most actors it takes.</param>
/// <param name="Draw">Draws the chart of a chronicle for the actors given (as many as <paramref name="Least"/> to <paramref name="Most"/>, each an actor of the chronicle).</param>
internal sealed record ChartKind(string Name, string Description, string Example, int Least, int Most, Func<Chronicle, IReadOnlyList<ActorId>, ChartOptions, Chart> Draw);
