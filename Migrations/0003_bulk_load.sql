-- 0003_bulk_load.sql: what a bulk load leaves to finish, so an interrupted one is completed on the next open.
-- A bulk load (docs/ingestion.md, "Bulk import") drops the event tables' secondary indexes and
-- writes new events' full-text rows to a staging table; it rebuilds both at the end. Each dropped
-- index's definition is recorded here in the same transaction that drops it, so a crash leaves a
-- database that knows exactly what to recreate.

CREATE TABLE suspended_indexes (
    name TEXT PRIMARY KEY,
    sql TEXT NOT NULL
) STRICT;

-- Full-text rows waiting to be indexed, keyed by event: appended in seq order during the load and
-- moved into events_fts in text_rowid order at the end (FTS5 builds far faster from sorted rows in one pass).
CREATE TABLE fulltext_staging (
    seq INTEGER PRIMARY KEY,
    text_rowid INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    evidence TEXT NOT NULL
) STRICT;
