using System.Text.RegularExpressions;
using NodaTime;

namespace Diplomacy.Interop;

/// <summary>
/// The data set release a file's name says it is (see <see cref="ImportOptions.Release"/> and <c>docs/interop.md</c>),
/// or null when the name says none.
/// </summary>
internal static partial class ReleaseNames
{
    /// <summary>The name of the POLECAT data set in <see cref="DataRelease.DataSet"/>.</summary>
    public const string Polecat = "POLECAT";

    /// <summary>The name of the ICEWS data set in <see cref="DataRelease.DataSet"/>.</summary>
    public const string Icews = "ICEWS";

    /// <summary>The name of the GDELT 2.0 data set in <see cref="DataRelease.DataSet"/>.</summary>
    public const string Gdelt = "GDELT 2.0";

    /// <summary>
    /// A POLECAT weekly release, <c>ngecEvents.&lt;timestamp&gt;.Release&lt;N&gt;.DV.txt</c> (release N, published on the
    /// timestamp's day), or yearly file, <c>ngecEventsDV-&lt;year&gt;.txt</c> or <c>.txt.zip</c> (dated the year's last
    /// day, the earliest it can have been complete).
    /// </summary>
    public static DataRelease? OfPolecat(string? path)
    {
        var name = FileName(path);
        if (name is null)
        {
            return null;
        }

        if (PolecatWeekly().Match(name) is { Success: true } weekly && Day(weekly.Groups["day"].ValueSpan) is { } published)
        {
            return new DataRelease(Polecat, "Release " + weekly.Groups["n"].Value.TrimStart('0').PadLeft(1, '0'), published);
        }

        return PolecatYearly().Match(name) is { Success: true } yearly && int.TryParse(yearly.Groups["year"].ValueSpan, out var year) && year is >= 1 and <= 9999
            ? new DataRelease(Polecat, "yearly " + yearly.Groups["year"].Value, new LocalDate(year, 12, 31))
            : null;
    }

    /// <summary>
    /// An ICEWS yearly file, <c>events.&lt;year&gt;.&lt;timestamp&gt;.tab</c> (published on the timestamp's day), or weekly
    /// file, <c>&lt;yyyyMMdd&gt;-icews-events.tab</c>; either may end in <c>.zip</c>.
    /// </summary>
    public static DataRelease? OfIcews(string? path)
    {
        var name = FileName(path);
        if (name is null)
        {
            return null;
        }

        if (IcewsYearly().Match(name) is { Success: true } yearly && Day(yearly.Groups["day"].ValueSpan) is { } published)
        {
            return new DataRelease(Icews, $"events.{yearly.Groups["year"].Value}.{yearly.Groups["stamp"].Value}", published);
        }

        return IcewsWeekly().Match(name) is { Success: true } weekly && Day(weekly.Groups["day"].ValueSpan) is { } day
            ? new DataRelease(Icews, "weekly " + weekly.Groups["day"].Value, day)
            : null;
    }

    /// <summary>The GDELT 2.0 update a row's DATEADDED (<c>yyyyMMddHHmmss</c>) names, or null when it is not such a time.</summary>
    public static DataRelease? OfGdelt(ReadOnlySpan<char> dateAdded) =>
        Day(dateAdded) is { } day ? new DataRelease(Gdelt, dateAdded.ToString(), day) : null;

    /// <summary>The release of a stream that is a file, by its name and the reader's rule.</summary>
    public static DataRelease? OfStream(Stream stream, Func<string?, DataRelease?> rule) => stream is FileStream file ? rule(file.Name) : null;

    private static string? FileName(string? path) => string.IsNullOrWhiteSpace(path) ? null : Path.GetFileName(path);

    private static LocalDate? Day(ReadOnlySpan<char> stamp) => RecordBuilder.TryParseCompactDate(stamp, out var day) ? day : null;

    [GeneratedRegex(@"^ngecEvents\.(?<day>\d{8}\d{0,6})\.Release(?<n>\d{1,9})(\.DV)?\.txt(\.zip)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolecatWeekly();

    [GeneratedRegex(@"^ngecEventsDV-(?<year>\d{4})\.txt(\.zip)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolecatYearly();

    [GeneratedRegex(@"^events\.(?<year>\d{4})\.(?<stamp>(?<day>\d{8}\d{0,6}))\.tab(\.zip)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IcewsYearly();

    [GeneratedRegex(@"^(?<day>\d{8})-icews-events\.tab(\.zip)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IcewsWeekly();
}
