-- The timeline filter: every criterion left NULL keeps everything; set ones must all hold.
-- $kinds is a comma-framed list of event kinds, e.g. ',Meeting,PublicReaction,'.
SELECT e.event_id, e.earliest, e.latest, e.date_order
FROM events AS e
WHERE (CAST($actor AS VARCHAR) IS NULL
       OR e.event_id IN (SELECT a.event_id FROM event_actors AS a WHERE a.actor = CAST($actor AS VARCHAR)))
  AND (CAST($counterpart AS VARCHAR) IS NULL
       OR e.event_id IN (SELECT c.event_id FROM event_actors AS c WHERE c.actor = CAST($counterpart AS VARCHAR)))
  AND (CAST($kinds AS VARCHAR) IS NULL OR instr(CAST($kinds AS VARCHAR), ',' || e.kind || ',') > 0)
  AND (CAST($quad_class AS INTEGER) IS NULL OR e.quad_class = CAST($quad_class AS INTEGER))
  AND (CAST($period_start AS DATE) IS NULL
       OR (e.earliest <= CAST($period_end AS DATE) AND e.latest >= CAST($period_start AS DATE)))
  AND (CAST($as_of AS DATE) IS NULL OR (e.latest <= CAST($as_of AS DATE) AND NOT e.open_end))
  AND (CAST($known_at AS DATE) IS NULL OR e.first_known <= CAST($known_at AS DATE))
  AND (CAST($released_by AS DATE) IS NULL OR coalesce(e.first_released, e.first_known) <= CAST($released_by AS DATE))
ORDER BY e.open_start DESC, e.earliest, e.latest, e.date_order, e.event_id
