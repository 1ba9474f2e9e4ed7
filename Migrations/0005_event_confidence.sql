-- 0005_event_confidence.sql: how likely an event is right, for the listings' min_confidence filter.
-- An event's confidence is its most confident report's when the extractor read every report of it
-- (each source then has a confidence: docs/api.md); it is NULL when any report was recorded by hand,
-- or when it has none, and such events pass every filter. Events stored before are given theirs
-- from their bodies.

ALTER TABLE events ADD COLUMN confidence REAL;

UPDATE events SET confidence = (
    SELECT CASE WHEN count(*) > 0 AND count(*) = count(json_extract(s.value, '$.confidence'))
        THEN max(json_extract(s.value, '$.confidence')) END
    FROM json_each(events.body, '$.sources') s
);
