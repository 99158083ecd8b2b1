using NodaTime;

namespace Diplomacy;

/// <summary>
/// One release of an event data set: a published version of its files (a POLECAT weekly release, an ICEWS yearly
/// file, a GDELT 15-minute update). A <see cref="Citation"/> names the release that carried it in
/// <see cref="Citation.Release"/>, so that a chronicle can answer "what did the data set contain on day D"
/// (<see cref="Chronicle.AsKnownAt(LocalDate, KnownBy)"/> with <see cref="KnownBy.Release"/>), which is not "what had
/// been published by D".
/// </summary>
/// <param name="DataSet">The data set, e.g. <c>POLECAT</c>, <c>ICEWS</c>, <c>GDELT 2.0</c>.</param>
/// <param name="Name">The release's name within the data set, e.g. <c>Release 603</c> or <c>2023</c>.</param>
/// <param name="Published">The day the release was published: from then on the data set contained what it carries.</param>
/// <remarks>Releases are equal by value; <paramref name="DataSet"/> and <paramref name="Name"/> are checked when set,
/// by the constructor or by <c>with</c>.</remarks>
/// <exception cref="ArgumentException"><paramref name="DataSet"/> or <paramref name="Name"/> is empty or white space.</exception>
public sealed record DataRelease(string DataSet, string Name, LocalDate Published)
{
    /// <summary>The data set, e.g. <c>POLECAT</c>; never empty.</summary>
    public string DataSet { get; init => field = Check(value, nameof(DataSet)); } = Check(DataSet, nameof(DataSet));

    /// <summary>The release's name within the data set, e.g. <c>Release 603</c>; never empty.</summary>
    public string Name { get; init => field = Check(value, nameof(Name)); } = Check(Name, nameof(Name));

    /// <summary>E.g. <c>POLECAT Release 603 (2023-01-03)</c>.</summary>
    public override string ToString() => $"{DataSet} {Name} ({Published:uuuu-MM-dd})";

    private static string Check(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
