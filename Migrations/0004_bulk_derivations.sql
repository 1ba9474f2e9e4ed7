-- 0004_bulk_derivations.sql: the rows a bulk load derives at the end rather than event by event.
-- During a bulk load (docs/ingestion.md, "Bulk import") each new event writes only its own row,
-- participants, sources and revision; its countries, visit legs and full-text entry follow from
-- those and are written for all new events in one pass when the load finishes. This records from
-- which event on (every seq greater than from_seq), in the transaction that starts the load, so an
-- interrupted load is completed on the next open.

CREATE TABLE bulk_derivations (
    from_seq INTEGER NOT NULL
) STRICT;
