-- 0005_event_confidence.sql: how likely an event is right, for the listings' min_confidence filter.
-- An event's confidence is its most confident report's when the extractor read every report of it
-- (each source then has a confidence: docs/api.md); it is NULL when any report was recorded by hand,
-- or when it has none, and such events pass every filter. Events stored before are given theirs
-- from their bodies; a body the service would not have written (sources that are no array, a
-- confidence that is no number from 0 to 1, text that is no JSON) gives none, as for a hand record.

ALTER TABLE events ADD COLUMN confidence REAL;

UPDATE events SET confidence = (
    SELECT CASE WHEN count(*) > 0 AND count(*) = sum(
            json_type(s.value) = 'object' AND json_type(s.value, '$.confidence') IN ('integer', 'real')
            AND json_extract(s.value, '$.confidence') BETWEEN 0 AND 1)
        THEN max(json_extract(s.value, '$.confidence')) END
    FROM json_each(events.body, '$.sources') s
)
WHERE json_valid(body) AND json_type(body, '$.sources') = 'array';
