namespace Diplomacy.Serialization;

/// <summary>Saves the store's chronicle to its file, one save at a time.</summary>
internal sealed class ChronicleFile(string path, ChronicleFileOptions options, IChronicleStore store) : IChronicleFile, IDisposable
{
    private readonly SemaphoreSlim _saving = new(1, 1);

    public string Path { get; } = path;

    public static Chronicle LoadInitial(string path, ChronicleFileOptions options) =>
        options.StartEmptyIfMissing && !File.Exists(path) ? Chronicle.Empty : ChronicleJson.Load(path, options.Format);

    public async Task<Chronicle> SaveAsync(CancellationToken cancellationToken = default)
    {
        await _saving.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var chronicle = store.Current;
            await ChronicleJson.SaveAsync(chronicle, Path, options.Format, cancellationToken).ConfigureAwait(false);
            return chronicle;
        }
        finally
        {
            _saving.Release();
        }
    }

    public void Dispose() => _saving.Dispose();
}
