-- The relationship changes $actor made in exchange for something (given up, or formed, strengthened or restored as
-- a concession), optionally only those traded for one kind of gain ($gained_kind NULL: all), in timeline order.
SELECT e.event_id, e.earliest, e.latest, e.date_order,
       r.partner, r.relationship, r.change, r.gained_kind, r.gained_from, r.gained_description
FROM relationship_changes AS r
JOIN events AS e ON e.event_id = r.event_id
WHERE r.actor = $actor
  AND r.gained_kind IS NOT NULL
  AND (CAST($gained_kind AS VARCHAR) IS NULL OR r.gained_kind = CAST($gained_kind AS VARCHAR))
  AND (CAST($as_of AS DATE) IS NULL OR (e.latest <= CAST($as_of AS DATE) AND NOT e.open_end))
  AND (CAST($known_at AS DATE) IS NULL OR e.first_known <= CAST($known_at AS DATE))
  AND (CAST($released_by AS DATE) IS NULL OR coalesce(e.first_released, e.first_known) <= CAST($released_by AS DATE))
ORDER BY e.open_start DESC, e.earliest, e.latest, e.date_order, e.event_id
