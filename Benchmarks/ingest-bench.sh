#!/usr/bin/env bash
# ingest-bench.sh [--build] — extraction throughput (articles/s on one core) and bulk import
# rate (events/s) of Entente's release build. Loopback only; cleans up after itself.
#   extraction: the dev corpus's articles, copied COPIES times (default 30), through `entente extract`
#   import:     an NDJSON export of EVENTS synthetic events (default 20000) through `entente import`
#               (a bulk load: listing indexes and full text built once at the end)
#   references: the same rows replayed by the sqlite3 shell into an empty copy of the schema, in one
#               transaction, (a) with every index maintained and the full text built at the end, and
#               (b) with the bulk load's strategy: the suspended indexes dropped first and built after;
#               (c) the floor: the same rows copied table to table by SQLite itself, with strategy (b).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPIES="${COPIES:-30}"
EVENTS="${EVENTS:-20000}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus/dev}"
cd "$ROOT"
if [ "${1:-}" = "--build" ]; then
    swift build -c release --product entente
    swift build -c release --product entente-bench
fi
BIN="$ROOT/.build/release/entente"
# WORK=DIR keeps the generated dataset and its export there for the next run (a million events take minutes to make).
KEEP="${WORK:-}"
WORK="${WORK:-$(mktemp -d)}"
mkdir -p "$WORK"
PID=""
# Only the server started here is stopped, by its own PID (never `kill 0`).
trap 'if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi; if [ -z "$KEEP" ]; then rm -rf "$WORK"; else rm -rf "$WORK/articles" "$WORK/out" "$WORK"/target.db* "$WORK"/reference.db* "$WORK"/*.sql; fi' EXIT

rm -rf "$WORK/articles" "$WORK/out" "$WORK"/target.db*
mkdir -p "$WORK/articles"
for copy in $(seq 1 "$COPIES"); do
    for file in "$CORPUS"/articles/*.txt; do cp "$file" "$WORK/articles/$copy-$(basename "$file")"; done
done
count=$(ls "$WORK/articles" | wc -l)
start=$(date +%s.%N)
taskset -c 0 "$BIN" extract "$WORK"/articles/*.txt --out "$WORK/out" >/dev/null
end=$(date +%s.%N)
echo "extraction: $count articles in $(echo "$end - $start" | bc) s = $(echo "$count / ($end - $start)" | bc) articles/s (one core)"

if [ ! -s "$WORK/export-$EVENTS.ndjson" ]; then
    rm -f "$WORK"/source.db*
    "$ROOT/.build/release/entente-bench" generate --events "$EVENTS" --db "$WORK/source.db" --migrations "$ROOT/Migrations" >/dev/null 2>&1
    port=18790
    "$BIN" serve --port $port --db "$WORK/source.db" --migrations "$ROOT/Migrations" --log-level warning --no-sample &
    PID=$!
    for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
    curl -sf "http://127.0.0.1:$port/v1/timeline?format=ndjson" > "$WORK/export-$EVENTS.ndjson"
    kill $PID; wait $PID 2>/dev/null || true; PID=
    rm -f "$WORK"/source.db*
fi
cp "$WORK/export-$EVENTS.ndjson" "$WORK/export.ndjson"
lines=$(wc -l < "$WORK/export.ndjson")
start=$(date +%s.%N)
"$BIN" import "$WORK/export.ndjson" --db "$WORK/target.db" --migrations "$ROOT/Migrations" | tail -2
end=$(date +%s.%N)
import_rate=$(echo "$lines / ($end - $start)" | bc)
echo "import: $lines events in $(echo "$end - $start" | bc) s = $import_rate events/s (decoding on a second thread; WAL, synchronous=FULL; indexes and full text built at the end)"

if command -v sqlite3 >/dev/null; then
    # The references: the rows the import wrote, as SQL, replayed into an empty schema by the sqlite3 shell.
    for table in actors actor_names actor_search actor_offices events event_participants event_countries visit_legs event_sources event_revisions; do
        sqlite3 "$WORK/target.db" ".mode insert $table" "SELECT * FROM $table"
    done > "$WORK/rows.sql"
    fts="INSERT INTO events_fts (rowid, title, summary, evidence) SELECT e.text_rowid, e.title, coalesce(json_extract(e.body, '$.summary'), ''), coalesce((SELECT group_concat(s.evidence, char(10)) FROM event_sources s WHERE s.event_seq = e.seq), '') FROM events e ORDER BY e.text_rowid;"
    # The indexes a bulk load suspends: the event tables' secondary indexes not led by event_seq.
    suspended=$(sqlite3 "$WORK/target.db" "SELECT m.name || char(9) || m.sql FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL AND m.tbl_name IN ('events', 'event_participants', 'event_countries', 'visit_legs', 'event_sources') AND (SELECT i.name FROM pragma_index_info(m.name) i WHERE i.seqno = 0) IS NOT 'event_seq'")
    drops=$(echo "$suspended" | cut -f1 | sed 's/^/DROP INDEX /; s/$/;/')
    creates=$(echo "$suspended" | cut -f2 | sed 's/$/;/')
    # Times one reference: SQL_FILE run by the sqlite3 shell into an empty copy of the schema; prints its rate and the ratio.
    reference() {
        rm -f "$WORK/reference.db"*
        cat "$ROOT"/Migrations/*.sql | sqlite3 "$WORK/reference.db" >/dev/null
        start=$(date +%s.%N)
        sqlite3 "$WORK/reference.db" < "$2" >/dev/null
        end=$(date +%s.%N)
        rate=$(echo "$lines / ($end - $start)" | bc)
        echo "reference ($1): $rate events/s; import/reference = $(echo "scale=2; $import_rate / $rate" | bc)"
    }
    for variant in maintained bulk; do
        {
            echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; BEGIN;"
            if [ $variant = bulk ]; then echo "$drops"; fi
            cat "$WORK/rows.sql"
            if [ $variant = bulk ]; then echo "$creates"; fi
            echo "$fts COMMIT;"
        } > "$WORK/replay.sql"
        reference "$variant indexes: sqlite3 shell replaying the same rows" "$WORK/replay.sql"
    done
    # (c) SQLite's floor for this layout: the same rows copied table to table inside SQLite (no SQL text to parse, no
    # value to bind), with the bulk strategy and, like the import, one foreign-key check at the end instead of one per row.
    {
        echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; ATTACH '$WORK/target.db' AS src; BEGIN;"
        echo "$drops"
        for table in actors actor_names actor_search actor_offices events event_participants event_countries visit_legs event_sources event_revisions; do
            echo "INSERT INTO main.$table SELECT * FROM src.$table;"
        done
        echo "$creates"
        echo "$fts COMMIT; PRAGMA foreign_key_check;"
    } > "$WORK/copy.sql"
    reference "floor: SQLite copying the same rows table to table, bulk strategy" "$WORK/copy.sql"
fi
