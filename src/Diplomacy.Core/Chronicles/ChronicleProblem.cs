namespace Diplomacy;

/// <summary>One problem found while validating a chronicle: what is wrong, and where.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Subject">What the problem is in: <c>event 'x'</c> or <c>actor 'y'</c>.</param>
/// <param name="Field">The field, when the problem is in one (e.g. <c>Participants[1]</c>, <c>Citations[0].Source</c>).</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
public sealed record ChronicleProblem(ChronicleProblemKind Kind, string Subject, string? Field, string Message)
{
    /// <summary>E.g. <c>event 'vulin-meets-patrushev-1', Participants[1]: unknown actor 'nikolai-patrusev'.</c></summary>
    public override string ToString() => $"{Subject}{(Field is null ? string.Empty : ", " + Field)}: {Message}";
}
