-- 0001_initial.sql: Entente's schema.
-- Dates: start_date/end_date are partial dates as text ('2018', '2018-05', '2018-05-31');
-- sort_key orders them (first day YYYYMMDD, then precision 0/1/2, then local time; '~' when
-- undated), see docs/dates.md. Every API query drives from an index on sort_key.

CREATE TABLE countries (
    alpha2 TEXT PRIMARY KEY,
    alpha3 TEXT UNIQUE,
    numeric TEXT,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    official_name_en TEXT
) STRICT;

-- The open lists: kinds, statuses and participant roles are rows, not strings in code.
CREATE TABLE event_kinds (
    kind TEXT PRIMARY KEY,
    description TEXT NOT NULL
) STRICT;
INSERT INTO event_kinds (kind, description) VALUES
    ('visit', 'A person or delegation travelling to a country'),
    ('meeting', 'An in-person encounter of two or more named people'),
    ('talks', 'A named dialogue format (strategic dialogue, high-level dialogue)'),
    ('summit', 'A named bilateral or multilateral summit'),
    ('phone_call', 'A call between named people'),
    ('invitation', 'An invitation to visit: inviter, invitee, destination'),
    ('cancellation', 'The announcement that an event is called off or postponed');

CREATE TABLE event_statuses (status TEXT PRIMARY KEY) STRICT;
INSERT INTO event_statuses (status) VALUES ('held'), ('planned'), ('cancelled'), ('postponed');

CREATE TABLE participant_roles (role TEXT PRIMARY KEY) STRICT;
INSERT INTO participant_roles (role) VALUES ('visitor'), ('host'), ('participant'), ('inviter'), ('invitee');

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    country TEXT REFERENCES countries (alpha2),
    wikidata_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Every name an actor goes by, per language; `normalized` is folded for lookup.
CREATE TABLE actor_names (
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    normalized TEXT NOT NULL,
    PRIMARY KEY (actor_id, language, name)
) STRICT;
CREATE INDEX actor_names_by_normalized ON actor_names (normalized);

-- Search terms for actors: each normalized name and each of its word suffixes ("lavrov").
CREATE TABLE actor_search (
    term TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    PRIMARY KEY (term, actor_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE actor_offices (
    id INTEGER PRIMARY KEY,
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    office TEXT NOT NULL,
    country TEXT REFERENCES countries (alpha2),
    start_date TEXT,
    end_date TEXT
) STRICT;
CREATE INDEX actor_offices_by_actor ON actor_offices (actor_id);
CREATE INDEX actor_offices_by_office ON actor_offices (office, country);

CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL REFERENCES event_kinds (kind),
    status TEXT NOT NULL REFERENCES event_statuses (status),
    title TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    sort_key TEXT NOT NULL,
    host_country TEXT REFERENCES countries (alpha2),
    parent_id TEXT REFERENCES events (id),
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- The event's row in events_fts: chronological, so text search pages in date order without sorting.
    text_rowid INTEGER NOT NULL,
    -- The event exactly as the API serves it, kept ready so pages are spliced, not re-encoded.
    body TEXT NOT NULL
) STRICT;
CREATE INDEX events_by_time ON events (deleted, sort_key, seq);
CREATE INDEX events_by_kind ON events (deleted, kind, sort_key, seq);
CREATE INDEX events_by_host ON events (deleted, host_country, kind, sort_key, seq);
CREATE INDEX events_by_parent ON events (parent_id);

CREATE TABLE event_participants (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors (id),
    country TEXT REFERENCES countries (alpha2),
    role TEXT NOT NULL REFERENCES participant_roles (role),
    -- Copies of the event's kind and sort key, so "events of this actor/country" is one index range.
    kind TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (event_seq, position),
    UNIQUE (event_seq, actor_id)
) STRICT;
CREATE INDEX participants_by_actor ON event_participants (actor_id, sort_key, event_seq);
CREATE INDEX participants_by_country ON event_participants (country, kind, sort_key, event_seq);

-- Every country an event involves (host, location, participants'), for the timeline's country filter.
CREATE TABLE event_countries (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    country TEXT NOT NULL REFERENCES countries (alpha2),
    kind TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (event_seq, country)
) STRICT;
CREATE INDEX event_countries_by_country ON event_countries (country, sort_key, event_seq);
CREATE INDEX event_countries_by_country_kind ON event_countries (country, kind, sort_key, event_seq);

-- One row per (visit, visiting country): the outbound and bilateral views and the visit statistics.
CREATE TABLE visit_legs (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    visitor_country TEXT NOT NULL REFERENCES countries (alpha2),
    host_country TEXT NOT NULL REFERENCES countries (alpha2),
    sort_key TEXT NOT NULL,
    PRIMARY KEY (event_seq, visitor_country)
) STRICT;
CREATE INDEX visit_legs_by_visitor ON visit_legs (visitor_country, sort_key, event_seq);
CREATE INDEX visit_legs_by_pair ON visit_legs (visitor_country, host_country, sort_key, event_seq);
CREATE INDEX visit_legs_by_time ON visit_legs (sort_key);

CREATE TABLE event_sources (
    id INTEGER PRIMARY KEY,
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    url TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT,
    evidence TEXT
) STRICT;
CREATE INDEX event_sources_by_event ON event_sources (event_seq);

-- Corrections never destroy history: each change keeps who, when, what, and the event as it became.
CREATE TABLE event_revisions (
    id INTEGER PRIMARY KEY,
    event_seq INTEGER NOT NULL REFERENCES events (seq),
    version INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'merge', 'delete')),
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT,
    body TEXT,
    UNIQUE (event_seq, version)
) STRICT;

-- Full text over titles, summaries and evidence. The rowid is events.text_rowid:
-- (day number << 41) | (precision << 39) | seq, so FTS5's own rowid order is the timeline's.
CREATE VIRTUAL TABLE events_fts USING fts5 (title, summary, evidence, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE api_tokens (
    name TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
) STRICT;

-- Idempotency-Key: the first answer to a key is replayed to retries with the same body.
CREATE TABLE idempotency_keys (
    key TEXT NOT NULL,
    principal TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    location TEXT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (principal, key)
) STRICT;
