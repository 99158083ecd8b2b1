// The diplomacy tool's entry point; everything else is in DiplomacyCli.
using Diplomacy.Cli;

return await DiplomacyCli.RunAsync(args, CliConsole.FromSystem());
