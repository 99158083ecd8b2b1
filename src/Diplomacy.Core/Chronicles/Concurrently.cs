namespace Diplomacy;

/// <summary>
/// Runs two independent parts of building storage side by side when the input is large enough to pay for a thread
/// pool hand-off and the machine has more than one core; otherwise one after the other on the calling thread.
/// </summary>
internal static class Concurrently
{
    /// <summary>Below this many events both parts run on the calling thread.</summary>
    public const int Threshold = 16_384;

    /// <summary>Whether work on <paramref name="size"/> events is split across threads.</summary>
    public static bool Pays(int size) => size >= Threshold && Environment.ProcessorCount > 1;

    /// <summary>
    /// Runs <paramref name="first"/> on this thread and <paramref name="second"/> on the thread pool (or both here,
    /// see <see cref="Pays"/>), and returns both results when both have finished. An exception from either is
    /// rethrown as it was thrown (the first part's if both fail), never wrapped.
    /// </summary>
    public static (T1 First, T2 Second) Run<T1, T2>(int size, Func<T1> first, Func<T2> second)
    {
        if (!Pays(size))
        {
            return (first(), second());
        }

        var other = Task.Run(second);
        T1 result;
        try
        {
            result = first();
        }
        catch
        {
            // Do not leave the other part running over state the caller is about to drop.
            ((IAsyncResult)other).AsyncWaitHandle.WaitOne();
            throw;
        }

        return (result, other.GetAwaiter().GetResult());
    }
}
