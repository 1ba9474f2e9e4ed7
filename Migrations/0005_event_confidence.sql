-- 0005_event_confidence.sql: how likely an event is right, for the listings' min_confidence filter.
-- An event's confidence is its most confident report's when the extractor read every report of it
-- (each source then has a confidence: docs/api.md); it is NULL when any report was recorded by hand,
-- or when it has none, and such events pass every filter. Events stored before are given theirs
-- from their bodies; a body the service would not have written (sources that are no array, a
-- confidence that is no number from 0 to 1, text that is no JSON) gives none, as for a hand record.

ALTER TABLE events ADD COLUMN confidence REAL;

-- (Each source is read through the body and its own path: json_each gives a string element as plain
-- text, which no JSON function may be handed.)
UPDATE events SET confidence = (
    SELECT CASE WHEN count(*) > 0 AND count(*) = sum(
            s.type = 'object' AND json_type(events.body, s.fullkey || '.confidence') IN ('integer', 'real')
            AND json_extract(events.body, s.fullkey || '.confidence') BETWEEN 0 AND 1)
        THEN max(CASE WHEN s.type = 'object' THEN json_extract(events.body, s.fullkey || '.confidence') END) END
    FROM json_each(events.body, '$.sources') s
)
WHERE json_valid(body) AND json_type(body, '$.sources') = 'array';
