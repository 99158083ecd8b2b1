-- The sanctions steps $imposer (with, for a state, its government bodies and agencies) took toward $target, in
-- timeline order: the steps to replay. The replay stops at the first step, in its order, that cannot have been taken
-- by $at (earliest day after it); every step is read because where two steps' order is open the replay may put an
-- earlier-dated one after a later one. certainly_taken says whether the step was certainly taken by then.
-- Replay (docs/queries.md): impose, extend and join make the posture imposing and add their measures; lift removes
-- the measures it names (all when none) and makes it lifted when that ends an imposition, leaving any other posture
-- as it was; refuse and delay set their posture.
-- Where two steps' dates overlap, a lift or extension goes after a step that put something in force (Order).
SELECT e.event_id, e.earliest, e.latest, e.date_order, s.action, s.measures,
       (e.latest <= CAST($at AS DATE)) AS certainly_taken
FROM sanctions_actions AS s
JOIN events AS e ON e.event_id = s.event_id
WHERE (s.imposer = $imposer
       OR s.imposer IN (SELECT o.actor_id FROM actors AS o JOIN actors AS h ON h.actor_id = o.home_state
                        WHERE o.home_state = $imposer AND h.kind = 'State'
                          AND o.organization_kind IN ('GovernmentBody', 'Agency')))
  AND s.target = $target
  AND (CAST($as_of AS DATE) IS NULL OR (e.latest <= CAST($as_of AS DATE) AND NOT e.open_end))
  AND (CAST($known_at AS DATE) IS NULL OR e.first_known <= CAST($known_at AS DATE))
  AND (CAST($released_by AS DATE) IS NULL OR coalesce(e.first_released, e.first_known) <= CAST($released_by AS DATE))
ORDER BY e.open_start DESC, e.earliest, e.latest, e.date_order, e.event_id
