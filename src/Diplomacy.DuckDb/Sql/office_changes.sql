-- Every office change of $person, in timeline order: the spells of each office (same title, trimmed) run from an
-- appointment or reinstatement to the next removal or resignation; "office held on day D" keeps the spells that
-- may include D (see docs/queries.md for the rule and its certainty).
SELECT e.event_id, e.earliest, e.latest, e.date_order, trim(o.office) AS office, o.change, o.body
FROM office_changes AS o
JOIN events AS e ON e.event_id = o.event_id
WHERE o.person = $person
  AND (CAST($as_of AS DATE) IS NULL OR (e.latest <= CAST($as_of AS DATE) AND NOT e.open_end))
  AND (CAST($known_at AS DATE) IS NULL OR e.first_known <= CAST($known_at AS DATE))
  AND (CAST($released_by AS DATE) IS NULL OR coalesce(e.first_released, e.first_known) <= CAST($released_by AS DATE))
ORDER BY e.open_start DESC, e.earliest, e.latest, e.date_order, e.event_id
