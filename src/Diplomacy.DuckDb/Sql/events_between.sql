-- The events in which both $first and $second take part (in any roles, either direction), whose possible days
-- overlap the period [$period_start, $period_end] (both NULL: any time), in timeline order.
SELECT e.event_id, e.earliest, e.latest, e.date_order
FROM events AS e
WHERE e.event_id IN (SELECT a.event_id FROM event_actors AS a WHERE a.actor = $first)
  AND e.event_id IN (SELECT b.event_id FROM event_actors AS b WHERE b.actor = $second)
  AND (CAST($period_start AS DATE) IS NULL
       OR (e.earliest <= CAST($period_end AS DATE) AND e.latest >= CAST($period_start AS DATE)))
  AND (CAST($as_of AS DATE) IS NULL OR (e.latest <= CAST($as_of AS DATE) AND NOT e.open_end))
  AND (CAST($known_at AS DATE) IS NULL OR e.first_known <= CAST($known_at AS DATE))
  AND (CAST($released_by AS DATE) IS NULL OR coalesce(e.first_released, e.first_known) <= CAST($released_by AS DATE))
ORDER BY e.open_start DESC, e.earliest, e.latest, e.date_order, e.event_id
