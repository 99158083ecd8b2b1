namespace Diplomacy.Reliability.Fuzzing;

/// <summary>
/// One reader under fuzzing: its name, where its seed inputs are, how to run it on bytes, and the exceptions that
/// count as its own typed refusal. Any other exception, a hang or runaway memory is a crash.
/// </summary>
/// <param name="Name">A short name (<c>icews</c>); also the folder of its crash corpus, <c>Corpus/NAME/</c>.</param>
/// <param name="Seeds">Files to mutate, as <c>folder/pattern</c> relative to the repository root (<c>tests/X/Fixtures/*.tab</c>).</param>
/// <param name="Run">Reads the bytes to the end, as a user would (a reader's records into a chronicle, say).</param>
/// <param name="Refusals">The exception types that are the reader's own answer to bad input (subclasses included).</param>
public sealed record FuzzTarget(string Name, IReadOnlyList<string> Seeds, Action<byte[]> Run, IReadOnlyList<Type> Refusals)
{
    /// <summary>
    /// Seed inputs made in memory when the run starts, for binary formats whose valid files the library itself writes
    /// (Parquet tables); they come before the <see cref="Seeds"/> files. Null for none.
    /// </summary>
    public Func<IReadOnlyList<byte[]>>? MadeSeeds { get; init; }

    /// <summary>Whether an exception is one of the reader's typed refusals.</summary>
    public bool IsRefusal(Exception exception) => Refusals.Any(t => t.IsInstanceOfType(exception));
}
