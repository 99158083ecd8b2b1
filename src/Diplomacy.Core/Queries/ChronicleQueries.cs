namespace Diplomacy;

/// <summary>
/// The analyst's questions, asked of a <see cref="Chronicle"/>: trade-offs, sanctions stances, arms routes,
/// reactions, tolerated acts, divergence of words and deeds, personal channels, offices, alliance members and
/// timelines. Every answer is an immutable record whose <see cref="QueryResult.Evidence"/> names the events behind it.
/// </summary>
/// <remarks>
/// <para><b>Views.</b> Every query works on any chronicle, including the views made by
/// <see cref="Chronicle.AsOf"/> and <see cref="Chronicle.AsKnownAt"/>: "what did the public know on day D" is
/// <c>chronicle.AsKnownAt(D).Query(...)</c>. Answers only ever cite events visible in the chronicle queried.</para>
/// <para><b>Periods.</b> A <see cref="NodaTime.DateInterval"/> includes both its ends; an event is in a period when its
/// possible days overlap it.</para>
/// <para><b>Certainty.</b> Where fuzzy dates leave an answer open, results say <see cref="Certainty.Possible"/>
/// (see <see cref="Certainty"/>).</para>
/// <para><b>Cost.</b> Queries that name an actor or a pair read the chronicle's indexes, never every event. The
/// first query of a kind on a chronicle builds an index of that kind of event by actor, once, in time linear in the
/// number of events of that kind; it is shared by the chronicle and all its views. Each query's remarks give its cost
/// after that, for a chronicle of n events.</para>
/// <para><b>Unknown actors.</b> An actor the chronicle does not hold has no events: the answer is empty.</para>
/// </remarks>
public static partial class ChronicleQueries
{
}
