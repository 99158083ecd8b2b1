using NodaTime;

namespace Diplomacy;

/// <summary>
/// The analyst's questions, asked of a <see cref="Chronicle"/>: trade-offs, sanctions stances, arms routes,
/// reactions, tolerated acts, divergence of words and deeds, personal channels, offices, alliance members and
/// timelines. Every answer is an immutable record whose <see cref="QueryResult.Evidence"/> names the events behind it.
/// </summary>
/// <remarks>
/// <para><b>Views.</b> Every query works on any chronicle, including the views made by
/// <see cref="Chronicle.AsOf"/> and <see cref="Chronicle.AsKnownAt(NodaTime.LocalDate)"/>: "what did the public know on day D" is
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
    /// <summary>
    /// The routes by which arms from <paramref name="origin"/> reached <paramref name="endUser"/>: each as the
    /// ordered chain of actors, with quantities summed per weapon category, values summed per currency, and the
    /// transfers behind it.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="origin">Where the arms came from: the actor, or any organisation based in it (its arms makers and exporters), as supplier.</param>
    /// <param name="endUser">Who the arms reached: the actor, or for a state any of its official bodies (government bodies, agencies, state-owned companies whose home state it is), as the last on the route; persons are not end users for a state.</param>
    /// <param name="period">Only routes whose first transfer (the one leaving the origin) is in this period; null for all.</param>
    /// <returns>The routes, in the timeline order of the first transfer to take each.</returns>
    /// <remarks>
    /// <para><b>Joining chains.</b> A transfer's own route is supplier, recipient, intermediaries in order, then the
    /// stated end user. A transfer whose <see cref="ArmsTransfer.Continues"/> names another takes that one's goods on
    /// from its supplier: the joined route is the earlier route cut after the last place that supplier appears on it,
    /// followed by the continuing transfer's recipient, intermediaries and end user; when the supplier does not appear
    /// on it, the earlier route is kept whole and the supplier comes next. Chains follow every continuation to its end; a chain reaches the end user when its joined route ends
    /// there or, for a state, at one of its official bodies (North Korean shells delivered to Russia's Ministry of
    /// Defence reached Russia; the route shows the ministry). So Serbia → Czech Republic continued by Czech Republic → Ukraine is the route Serbia, Czech Republic,
    /// Ukraine, as is one transfer Serbia → Czech Republic with Ukraine as stated end user.</para>
    /// <para><b>Sums.</b> What a route carried is what left the origin: the items and value of each chain's first
    /// transfer, counted once per route. Onward transfers pass the same goods on, so their items and values are not
    /// added again (they are listed in <see cref="ArmsRoute.Transfers"/>). A first transfer that re-exports goods from
    /// elsewhere and names no items of its own carries the categories of the goods it passes on, with no quantity, so
    /// they are flagged <see cref="ArmsQuantity.IsLowerBound"/>.</para>
    /// <para>Cost: O(log n + s + d) for the s transfers supplied by the origin and its organisations and the d
    /// transfers continuing them.</para>
    /// </remarks>
    /// <example><c>chronicle.ArmsFlows("SRB", "UKR")</c>: Serbia → United States → Ukraine and Serbia → Czech Republic → Ukraine.</example>
    public static IReadOnlyList<ArmsRoute> ArmsFlows(this Chronicle chronicle, ActorId origin, ActorId endUser, DateInterval? period = null) =>
        ArmsFlowsQuery.ArmsFlows(chronicle, origin, endUser, period);

    /// <summary>
    /// The personal channels between <paramref name="side"/>'s and <paramref name="otherSide"/>'s people: every pair
    /// of persons, one of each nationality, who took part in the same <see cref="Meeting"/> in the period; how often
    /// they met, when, where, and whether either held no office at the time (see <see cref="RoleOf"/>).
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="side">The first state; its nationals are each channel's <see cref="PersonalChannel.Person"/>.</param>
    /// <param name="otherSide">The other state.</param>
    /// <param name="period">Only meetings in this period; null for all.</param>
    /// <returns>
    /// The channels, most meetings first (then by first meeting, then by ids). Each channel's evidence is its meetings
    /// and the office changes that show whether each side held an office then.
    /// </returns>
    /// <remarks>
    /// Persons count by <see cref="Person.Nationality"/>. Cost: O(p + Σ(log n + m)) for the p nationals of both
    /// sides and the m meetings of each national of the side whose nationals have fewer meetings, plus O(log n + c)
    /// per person met for their c office changes.
    /// </remarks>
    /// <example>
    /// <c>chronicle.Contacts("SRB", "RUS", new DateInterval(new LocalDate(2023, 11, 1), new LocalDate(2024, 5, 31)))</c>:
    /// Vulin–Patrushev 2, Vulin–Naryshkin 2, Vulin–Bortnikov 1, all while Vulin held no office.
    /// </example>
    public static IReadOnlyList<PersonalChannel> Contacts(this Chronicle chronicle, ActorId side, ActorId otherSide, DateInterval? period = null) =>
        ContactsQuery.Contacts(chronicle, side, otherSide, period);

    /// <summary>
    /// The members of <paramref name="alliance"/> (an alliance or any organisation) on <paramref name="at"/>, with
    /// suspended ones flagged. Each member's changes are replayed in timeline order: joined makes it an active member,
    /// left ends membership, suspended keeps it a member but suspended, resumed makes it active again.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="alliance">The alliance or organisation.</param>
    /// <param name="at">The day.</param>
    /// <returns>The members, ordered by id, each with its membership changes up to that day as evidence.</returns>
    /// <remarks>
    /// A member appears when it is one with every change that may have taken effect by the day counted, or with only
    /// those that certainly had; it is <see cref="Certainty.Possible"/> when the two readings differ.
    /// Cost: O(log n + k) for the k membership changes involving the organisation. For a bloc that imposes sanctions,
    /// the members listed (and not suspended) on a day are those bound by its measures that day: the reading
    /// <see cref="SanctionsStanceOptions.IncludeBlocs"/> uses.
    /// </remarks>
    /// <example><c>chronicle.MembersOf("csto", new LocalDate(2024, 7, 8))</c>: Russia, Belarus, and Armenia (suspended).</example>
    public static IReadOnlyList<AllianceMember> MembersOf(this Chronicle chronicle, ActorId alliance, LocalDate at) =>
        MembersOfQuery.MembersOf(chronicle, alliance, at);

    /// <summary>
    /// The public reactions of <paramref name="reactor"/> to a set of events: every <see cref="PublicReaction"/>
    /// (pointed silences included) by the reactor or someone who counts for it, whose
    /// <see cref="PublicReaction.InResponseTo"/> names one of the events, or names a report (a
    /// <see cref="Disclosure"/> whose <see cref="Disclosure.About"/> names one) or another reaction that leads back
    /// to one.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="reactor">
    /// Who reacted. A state counts with its official bodies (government bodies, agencies and state-owned companies
    /// based in it), its nationals (except while they hold an office elsewhere, such as at an international body, and
    /// none of the state's), and anyone while holding an office of the state or of those bodies; an organisation or
    /// alliance counts with anyone while holding one of its offices.
    /// </param>
    /// <param name="events">The events reacted to.</param>
    /// <param name="period">Only reactions in this period; null for all.</param>
    /// <returns>
    /// The reactions in timeline order; each one's evidence is the reaction, the events of the set it answers, and the
    /// reports and reactions through which it answers them.
    /// </returns>
    /// <remarks>
    /// Cost: O(b log n + Σ(log n + r)) for the b official bodies of the reactor and the r reactions by each actor who
    /// counts for it, plus O(log n) per event a reaction refers to.
    /// </remarks>
    /// <example>
    /// <c>chronicle.ReactionsTo("RUS", EventSet.Of(serbianArms))</c>: the promise to investigate, Peskov's evasive
    /// answer, Zakharova's and Grushko's silence; no criticism.
    /// </example>
    public static IReadOnlyList<Reaction> ReactionsTo(this Chronicle chronicle, ActorId reactor, EventSet events, DateInterval? period = null) =>
        ReactionsToQuery.ReactionsTo(chronicle, reactor, events, period);

    /// <summary>
    /// The offices <paramref name="person"/> held on <paramref name="at"/>: each spell from an appointment or
    /// reinstatement to the next removal or resignation of the same office (same title) that may include that day.
    /// A change takes effect on its day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="person">Whose offices.</param>
    /// <param name="at">The day.</param>
    /// <returns>
    /// The offices, ordered by start, each with its start and end changes as evidence; empty when the person held
    /// none, or when the chronicle records none.
    /// </returns>
    /// <remarks>Cost: O(log n + k) for the k office changes involving the person.</remarks>
    /// <example><c>chronicle.RoleOf("aleksandar-vulin", new LocalDate(2024, 1, 15))</c>: empty (a private citizen then).</example>
    public static IReadOnlyList<OfficeHeld> RoleOf(this Chronicle chronicle, ActorId person, LocalDate at) =>
        RoleOfQuery.RoleOf(chronicle, person, at);

    /// <summary>
    /// Who held an office on <paramref name="at"/>: the spells, read as <see cref="RoleOf"/> reads them, of every person
    /// in <paramref name="office"/> (its title, compared ignoring case and surrounding spaces) and, when
    /// <paramref name="body"/> is given, of that body (a change's <see cref="OfficeChange.Body"/>).
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="at">The day.</param>
    /// <param name="office">The office's title; null for every office of <paramref name="body"/>.</param>
    /// <param name="body">The body the office belongs to; null for the office in any body, or none.</param>
    /// <returns>
    /// One <see cref="OfficeHeld"/> per spell that may include the day, ordered by office, start and person:
    /// <see cref="Certainty.Certain"/> when the spell certainly covers the day, else <see cref="Certainty.Possible"/>
    /// (so an outgoing and an incoming minister dated "May 2024" are both possible then). Empty when nobody is
    /// recorded in the office that day.
    /// </returns>
    /// <exception cref="ArgumentException">Neither an office nor a body is given, the office is blank, or the body is <c>default(ActorId)</c>.</exception>
    /// <remarks>Cost: O(log n + k) for the k changes of the body; O(n_o) for the chronicle's office changes when only an office is named.</remarks>
    /// <example><c>chronicle.HoldersOf(new LocalDate(2024, 6, 1), "Minister of Defence")</c>: Belousov, who followed Shoigu in May 2024.</example>
    public static IReadOnlyList<OfficeHeld> HoldersOf(this Chronicle chronicle, LocalDate at, string? office = null, ActorId? body = null) =>
        HoldersOfQuery.HoldersOf(chronicle, at, office, body);

    /// <summary>The events that meet <paramref name="filter"/>, in timeline order.</summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="filter">Which events to keep; null keeps every event.</param>
    /// <returns>The events, in timeline order (by date, then id), exactly those <see cref="TimelineFilter.Matches(DiplomaticEvent, Chronicle)"/> accepts.</returns>
    /// <remarks>
    /// Cost: O(log n + k) where k is the number of events under the most selective index the filter allows: the pair
    /// (actor and counterpart), the actor, or the kinds (whichever holds fewest events), else every event in the
    /// period. With <see cref="TimelineFilter.IncludeAffiliated"/>, the actor's index is that of everyone who may count
    /// for it (for a state, its bodies, nationals and office holders).
    /// </remarks>
    /// <exception cref="ArgumentException">The filter's actor or counterpart is <c>default(ActorId)</c>, or it sets <see cref="TimelineFilter.ActsBetween"/> with only one side.</exception>
    /// <example><c>chronicle.Timeline(new TimelineFilter { Actor = "SRB", Counterpart = "RUS", QuadClass = QuadClass.VerbalCooperation })</c>.</example>
    public static IReadOnlyList<DiplomaticEvent> Timeline(this Chronicle chronicle, TimelineFilter? filter = null) =>
        TimelineQuery.Timeline(chronicle, filter);

    /// <summary>
    /// Acts hostile to <paramref name="actor"/> that drew no reaction from it at criticism or beyond within a window:
    /// material conflict toward it or anyone who counts for it (as in <see cref="Divergence"/>: its official bodies,
    /// nationals and office holders; possible when the target may not have held its office at the time), and arms or aid that reached an actor it was at war or in open conflict with
    /// (per <see cref="RelationshipChange"/> events of kind war or conflict in force at the time), or one of that
    /// enemy's official bodies.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="actor">Who tolerated (or not); its officials and bodies react for it as in <see cref="ReactionsTo"/>.</param>
    /// <param name="period">
    /// Only acts that may have happened in this period (by the act's own date, not by when it became known: sabotage in
    /// 2022 first reported in 2024 is an act of 2022); null for all.
    /// </param>
    /// <param name="options">The window; null for <see cref="ToleranceOptions.Default"/> (180 days).</param>
    /// <returns>The tolerated acts in timeline order; each one's evidence is the act, the reactions seen and the relationship changes that make the recipient an enemy.</returns>
    /// <remarks>
    /// <para>An act draws a reaction when, between its earliest possible day and the window's end, someone who counts
    /// for the actor reacts to it (as <see cref="ReactionsTo"/> finds, not only through what a third party, counting for
    /// neither side, said about it) or speaks about the doer (or the doer's
    /// official bodies and nationals), or someone who counts for the actor does something coded as verbal or
    /// material conflict toward the doer (or those): a ministry's charges against a saboteur. A doer that is a state's
    /// official body (a ministry, an agency, a state-owned company) answers with its state: its side is the state's, so
    /// criticism of the state, an answer to what the state's officials said, or conflict toward the state counts. It is
    /// tolerated when none of those was criticism, condemnation, a threat or conflict. An act
    /// whose doer (or the enemy it counts for) was at war or in open conflict with the actor on some day from the
    /// act to the window's end is not tolerated: the war is the answer, whether it was under way, opened by the act
    /// or followed it; when that enmity only possibly held then, the act is listed as possible.</para>
    /// <para>The doer of an arms transfer is its supplier; every transfer along a chain that ends with the enemy
    /// counts, each for its own supplier. Acts by the actor or those who count for it are not listed.</para>
    /// <para>Cost: O(b log n + k) for the k events involving the b actors who may count for it, plus O(log n + t) per enemy and
    /// per official body of an enemy for its t arms transfers and the events involving it in the period, plus the reactions of those who count for the actor.</para>
    /// </remarks>
    /// <example><c>chronicle.Tolerated("RUS")</c>: the Serbian ammunition that reached Ukraine via the United States and the Czech Republic.</example>
    public static IReadOnlyList<ToleratedAct> Tolerated(this Chronicle chronicle, ActorId actor, DateInterval? period = null, ToleranceOptions? options = null) =>
        ToleratedQuery.Tolerated(chronicle, actor, period, options);

    /// <summary>
    /// The relationship changes <paramref name="actor"/> made in exchange for something, optionally only those traded
    /// for one kind of consideration: the <see cref="RelationshipChange"/> events in which it is the actor and
    /// <see cref="RelationshipChange.InExchangeFor"/> is set. Most give a relationship up (Russia sacrificing its
    /// friendship with South Korea for North Korean ammunition); a concession (Turkey forming an alliance with Sweden by
    /// ratifying its accession, for US F-16s) is a trade-off too. Keep those whose
    /// <see cref="TradeOff.Change"/> <see cref="RelationshipChangeKindExtensions.IsGivingUp"/> to ask only what was
    /// traded away.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="actor">Who made the changes.</param>
    /// <param name="kind">Only trades for this kind of gain; null for all.</param>
    /// <returns>The trade-offs in timeline order; each one's evidence is its relationship change.</returns>
    /// <remarks>Cost: O(log n + k) for the k relationship changes the actor made in exchange for something (an index of them is built on first use).</remarks>
    /// <example><c>chronicle.TradeOffs("RUS", ConsiderationKind.Materiel)</c>: Israel (drones from Iran), South Korea (ammunition from North Korea).</example>
    public static IReadOnlyList<TradeOff> TradeOffs(this Chronicle chronicle, ActorId actor, ConsiderationKind? kind = null) =>
        TradeOffsQuery.TradeOffs(chronicle, actor, kind);

    /// <summary>
    /// Where <paramref name="actor"/>'s words and deeds toward <paramref name="toward"/> diverge: the mean Goldstein
    /// score of its verbal events toward it, that of its material events, and the gap, with the events behind each.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="actor">Whose words and deeds; its officials and bodies count for it as in <see cref="ReactionsTo"/>.</param>
    /// <param name="toward">Toward whom; its officials and bodies count as it.</param>
    /// <param name="period">Only events in this period; null for all.</param>
    /// <returns>
    /// The divergence; its evidence is every event scored, the relationship changes that make arms recipients enemies,
    /// and the onward transfers that carried arms on to the recipient they were scored for.
    /// </returns>
    /// <remarks>
    /// <para>Events are read as acts from some actors toward others (a reaction from its speaker toward whom it is
    /// about, a sanctions step from imposer to target, a meeting between all its participants, and so on). An event
    /// counts when someone who counts for the actor acts and someone who counts for <paramref name="toward"/> is acted
    /// toward. Its quad class says whether it is verbal or material; its Goldstein score how warm. Events without a
    /// Goldstein score are left out.</para>
    /// <para>Two readings override the coding: a refusal to sanction counts as verbal cooperation (with its coding's
    /// score, +3.5 by default); and arms that reach an enemy of <paramref name="toward"/> (an actor at war or in open
    /// conflict with it at the time, per <see cref="RelationshipChange"/> events) or one of the enemy's official bodies,
    /// other than those who count for <paramref name="actor"/>, along the transfer's route or a
    /// chain of transfers continuing it (see <see cref="ArmsFlows"/>), count as material conflict toward it, scored as
    /// the transfer's own Goldstein score made negative. Arms that reach someone who counts for
    /// <paramref name="toward"/> along such a chain count as the transfer's own material cooperation toward it. Either
    /// way the answer rests on the onward transfers too: they join the evidence (so an inferred resale makes
    /// <see cref="QueryResult.WeakestBasis"/> inferred), and a view that drops them scores nothing for the chain. A
    /// transfer is its supplier's act: a recipient or intermediary who counts for <paramref name="actor"/> and passes
    /// the goods on acts only through a transfer of its own.</para>
    /// <para>Cost: for a actors counting for <paramref name="actor"/> and b for <paramref name="toward"/>, the smaller of
    /// O(a·b + Σ(log n + k)) over the pairs, for the k events between each pair plus the arms transfers of the a, and
    /// O(Σ(log n + k)) over the a, for the k events involving each; plus O(t log n) for following t transfers
    /// onward.</para>
    /// </remarks>
    /// <example><c>chronicle.Divergence("SRB", "RUS")</c>: warm words (refusing sanctions, praise, meetings), hostile deeds (shells for Ukraine).</example>
    /// <exception cref="ArgumentException">An actor is <c>default(ActorId)</c>, or <paramref name="actor"/> and <paramref name="toward"/> are the same.</exception>
    public static Divergence Divergence(this Chronicle chronicle, ActorId actor, ActorId toward, DateInterval? period = null) =>
        DivergenceQuery.Divergence(chronicle, actor, toward, period);

    /// <summary>
    /// <paramref name="imposer"/>'s sanctions stance toward <paramref name="target"/> on <paramref name="at"/>: the
    /// posture (none, imposing, refusing, delaying, lifted), since when, the measures in force, and the steps that led
    /// there. Works the same for persons and organisations as targets and for blocs as imposers.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="imposer">Who takes the stance.</param>
    /// <param name="target">Toward whom.</param>
    /// <param name="at">The day.</param>
    /// <returns>The stance; <see cref="SanctionsPosture.None"/> with no evidence when no step may have been taken by then.</returns>
    /// <remarks>
    /// Steps whose possible days all fall on or before <paramref name="at"/> count as taken; steps that may fall
    /// either side make the answer <see cref="Certainty.Possible"/> if they change it (see
    /// <see cref="SanctionsStance.Certainty"/>). Cost: O(log n + k) for the k sanctions steps between the two actors
    /// (in either direction) that may have been taken by the day.
    /// </remarks>
    /// <example><c>chronicle.SanctionsStance("SRB", "RUS", new LocalDate(2024, 7, 8))</c>: refusing, since March 2022.</example>
    public static SanctionsStance SanctionsStance(this Chronicle chronicle, ActorId imposer, ActorId target, LocalDate at) =>
        SanctionsStanceQuery.SanctionsStance(chronicle, imposer, target, at);

    /// <summary>
    /// <paramref name="imposer"/>'s sanctions stance toward <paramref name="target"/> on <paramref name="at"/>, as
    /// <see cref="SanctionsStance(Chronicle, ActorId, ActorId, LocalDate)"/>, with options; with
    /// <see cref="SanctionsStanceOptions.IncludeBlocs"/> a member state's stance includes what its blocs bind it to.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="imposer">Who takes the stance.</param>
    /// <param name="target">Toward whom.</param>
    /// <param name="at">The day.</param>
    /// <param name="options">The options; null for <see cref="SanctionsStanceOptions.Default"/>.</param>
    /// <returns>The stance; with blocs included, the blocs that bind the imposer are in <see cref="Diplomacy.SanctionsStance.BoundBy"/>.</returns>
    /// <remarks>
    /// A member is bound by a bloc on the day when <see cref="MembersOf"/> lists it as a member of the bloc on that day
    /// and not suspended, and the bloc's own stance toward the target that day has measures in force: it is
    /// <see cref="SanctionsPosture.Imposing"/>, or it refuses or delays more while earlier measures stay in force
    /// (<see cref="SanctionsSpell.InForce"/>).
    /// The bloc's measures are then added to the member's own (after them, each once), the posture becomes imposing
    /// (since the later of the bloc's posture and the member's joining, unless the member was already imposing), and
    /// the bloc's steps and the member's membership changes join the evidence. The answer is
    /// <see cref="Certainty.Possible"/> when the membership or the bloc's stance is only possible on the day: a member
    /// is certainly bound only while certainly a member. A member that joined after the day, or a non-member, is not
    /// bound. Cost: that of the member's own stance plus, per bloc, <see cref="MembersOf"/> and the bloc's stance.
    /// </remarks>
    /// <example><c>chronicle.SanctionsStance("CZE", "RUS", new LocalDate(2024, 7, 8), new SanctionsStanceOptions { IncludeBlocs = true })</c>: imposing, bound by the EU.</example>
    public static SanctionsStance SanctionsStance(this Chronicle chronicle, ActorId imposer, ActorId target, LocalDate at, SanctionsStanceOptions? options) =>
        SanctionsStanceQuery.SanctionsStance(chronicle, imposer, target, at, options);

    /// <summary>
    /// <paramref name="imposer"/>'s sanctions spells toward <paramref name="target"/>: its visible sanctions steps
    /// replayed in timeline order into runs of one posture (see <see cref="SanctionsSpell"/>), the same replay
    /// <see cref="SanctionsStance(Chronicle, ActorId, ActorId, LocalDate)"/> reads on a day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="imposer">Who takes the stance.</param>
    /// <param name="target">Toward whom.</param>
    /// <returns>The spells in timeline order; empty when no step is recorded.</returns>
    /// <remarks>Cost: O(log n + k) for the k sanctions steps between the two actors.</remarks>
    /// <example><c>chronicle.SanctionsSpells("USA", "RUS")</c>: imposing since 24 February 2022.</example>
    public static IReadOnlyList<SanctionsSpell> SanctionsSpells(this Chronicle chronicle, ActorId imposer, ActorId target) =>
        PositionSpellsQuery.SanctionsSpells(chronicle, imposer, target);

    /// <summary>
    /// Every imposer's sanctions spells toward every target (see <see cref="SanctionsSpells(Chronicle, ActorId, ActorId)"/>),
    /// ordered by imposer, target and time: what a dyad-year table or a Gantt chart of sanctions draws.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <returns>The spells; empty when the chronicle records no sanctions step.</returns>
    /// <remarks>Cost: O(s log s) for the s visible sanctions steps.</remarks>
    public static IReadOnlyList<SanctionsSpell> SanctionsSpells(this Chronicle chronicle) =>
        PositionSpellsQuery.SanctionsSpells(chronicle);

    /// <summary>
    /// The membership spells in <paramref name="organization"/> (an alliance or any organisation): each member's
    /// visible changes replayed in timeline order (see <see cref="MembershipSpell"/>), the same replay
    /// <see cref="MembersOf"/> reads on a day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="organization">The alliance or organisation.</param>
    /// <returns>The spells, ordered by member and time.</returns>
    /// <remarks>Cost: O(log n + k) for the k membership changes involving the organisation.</remarks>
    /// <example><c>chronicle.MembershipSpells("csto")</c>: Armenia active, then suspended from February 2024.</example>
    public static IReadOnlyList<MembershipSpell> MembershipSpells(this Chronicle chronicle, ActorId organization) =>
        PositionSpellsQuery.MembershipSpells(chronicle, organization);

    /// <summary>
    /// Every membership spell in every alliance and organisation (see <see cref="MembershipSpells(Chronicle, ActorId)"/>),
    /// ordered by organisation, member and time.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <returns>The spells; empty when the chronicle records no membership change.</returns>
    /// <remarks>Cost: O(m log m) for the m visible membership changes.</remarks>
    public static IReadOnlyList<MembershipSpell> MembershipSpells(this Chronicle chronicle) =>
        PositionSpellsQuery.MembershipSpells(chronicle);

    /// <summary>
    /// Every office spell of <paramref name="person"/>: each run from an appointment or reinstatement to the next
    /// removal or resignation of the same office (same title), the same spells <see cref="RoleOf"/> reads on a day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="person">Whose offices.</param>
    /// <returns>
    /// The spells, ordered by start then office, each with its start and end changes as evidence;
    /// <see cref="OfficeHeld.Certainty"/> is <see cref="Certainty.Certain"/> (it speaks of a day, and none is asked).
    /// </returns>
    /// <remarks>Cost: O(log n + k) for the k office changes involving the person.</remarks>
    /// <example><c>chronicle.OfficeSpells("aleksandar-vulin")</c>: minister, intelligence chief, deputy prime minister.</example>
    public static IReadOnlyList<OfficeHeld> OfficeSpells(this Chronicle chronicle, ActorId person) =>
        PositionSpellsQuery.OfficeSpells(chronicle, person);
}
