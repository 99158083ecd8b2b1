-- The events in which $actor takes part in any role (event_actors), whose possible days overlap the period
-- [$period_start, $period_end] (both NULL: any time), in timeline order.
-- View: $as_of keeps what had certainly occurred by then; $known_at what some report had certainly published by then;
-- $released_by what the data sets had released by then (first_released, else first_known).
SELECT e.event_id, e.earliest, e.latest, e.date_order
FROM events AS e
WHERE e.event_id IN (SELECT a.event_id FROM event_actors AS a WHERE a.actor = $actor)
  AND (CAST($period_start AS DATE) IS NULL
       OR (e.earliest <= CAST($period_end AS DATE) AND e.latest >= CAST($period_start AS DATE)))
  AND (CAST($as_of AS DATE) IS NULL OR (e.latest <= CAST($as_of AS DATE) AND NOT e.open_end))
  AND (CAST($known_at AS DATE) IS NULL OR e.first_known <= CAST($known_at AS DATE))
  AND (CAST($released_by AS DATE) IS NULL OR coalesce(e.first_released, e.first_known) <= CAST($released_by AS DATE))
ORDER BY e.open_start DESC, e.earliest, e.latest, e.date_order, e.event_id
