using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.Core.Tests.Time;

/// <summary>
/// Arbitraries for the FuzzyDate properties: the TestKit's values mixed with values crowded into 2023..2024,
/// so that pairs and triples are often equal, adjacent or overlapping.
/// </summary>
public static class TimeArbitraries
{
    public static Arbitrary<FuzzyDate> FuzzyDates() => Arb.From(
        Gen.Frequency(
            (1, FuzzyDateGenerators.Any),
            (1, FuzzyDateGenerators.InYears(2023, 2024))),
        FuzzyDateGenerators.Shrink);

    public static Arbitrary<LocalDate> LocalDates() => Arb.From(
        Gen.Frequency(
            (1, FuzzyDateGenerators.Dates),
            (1, FuzzyDateGenerators.DatesIn(2023, 2024))));
}
