namespace Diplomacy;

/// <summary>
/// Holds an application's current <see cref="Chronicle"/> and changes it atomically: readers see the old chronicle or
/// the new one, never a mix, and never wait.
/// </summary>
public interface IChronicleStore
{
    /// <summary>The current chronicle. Keep the reference for a consistent reading across several queries.</summary>
    Chronicle Current { get; }

    /// <summary>Adds events (and any new actors) and makes the result current.</summary>
    /// <returns>The new current chronicle.</returns>
    /// <exception cref="ChronicleValidationException">The result would not be valid; the current chronicle is unchanged.</exception>
    Chronicle Append(IEnumerable<DiplomaticEvent> events, IEnumerable<Actor>? actors = null);

    /// <summary>
    /// Replaces the current chronicle with <c>change(current)</c>. If another writer changed it meanwhile,
    /// <paramref name="change"/> runs again on the newer chronicle, so it must have no side effects.
    /// </summary>
    /// <returns>The new current chronicle.</returns>
    Chronicle Update(Func<Chronicle, Chronicle> change);
}
