namespace Diplomacy.TestKit.Synthetic;

/// <summary>
/// The shape of a synthetic chronicle: how many events and actors, over which years, from which seed. The same
/// options always give the same chronicle.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20_240_708;

    /// <summary>The seed of the pseudo-random sequence; the same seed gives the same records.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>How many events to make.</summary>
    public int EventCount { get; init; } = 10_000;

    /// <summary>How many states (ISO-like three-letter codes; the first few are real ones).</summary>
    public int StateCount { get; init; } = 250;

    /// <summary>How many persons (officials, with a nationality).</summary>
    public int PersonCount { get; init; } = 4_000;

    /// <summary>How many organisations that act in events (ministries, agencies, companies, bodies).</summary>
    public int OrganizationCount { get; init; } = 2_000;

    /// <summary>How many news outlets events cite (organisations too, but they rarely act).</summary>
    public int NewsOutletCount { get; init; } = 150;

    /// <summary>The first year events fall in.</summary>
    public int FirstYear { get; init; } = 1995;

    /// <summary>How many years events span, from 1 January of <see cref="FirstYear"/>.</summary>
    public int Years { get; init; } = 30;

    /// <summary>
    /// When set, the actors are made from this seed rather than <see cref="Seed"/>: chunks made with different seeds
    /// and the same actor seed share their actors, so they can be streamed one after another as one data set.
    /// </summary>
    public int? ActorSeed { get; init; }

    /// <summary>
    /// The persons whose office changes this chronicle records, as a range of person indexes (most active first);
    /// by default the first third. Chunks of one data set that share their actors must be given disjoint ranges, or
    /// their office changes contradict one another (a person appointed twice to the same office).
    /// </summary>
    public Range? OfficeHolders { get; init; }

    /// <summary>The prefix of event ids (<c>e0</c>, <c>e1</c>, ... by default); give each chunk its own.</summary>
    public string IdPrefix { get; init; } = "e";

    /// <summary>
    /// Event ids padded with zeros to ten digits (<c>e0000000123</c>), as many data sets write them (POLECAT's ids
    /// do not end in a plain number either): a chronicle keeps such ids as text, not as a prefix and a number.
    /// </summary>
    public bool PaddedIds { get; init; }

    /// <summary>Options for <paramref name="eventCount"/> events with the default shape.</summary>
    public static SyntheticOptions For(int eventCount, int seed = DefaultSeed) => new() { EventCount = eventCount, Seed = seed };
}
