#!/usr/bin/env bash
# ingest-bench.sh [--build] — extraction throughput (articles/s on one core) and bulk import
# rate (events/s) of Entente's release build. Loopback only; cleans up after itself.
#   extraction: the dev corpus's articles, copied COPIES times (default 30), through `entente extract`
#   import:     an NDJSON export of EVENTS synthetic events (default 20000) through `entente import`
#   reference:  the same rows (every table, the full-text index built at the end) replayed by the sqlite3
#               shell in one transaction into an empty copy of the schema: SQLite's own floor for this data
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
WORK=$(mktemp -d)
PID=""
# Only the server started here is stopped, by its own PID (never `kill 0`).
trap 'if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/articles"
for copy in $(seq 1 "$COPIES"); do
    for file in "$CORPUS"/articles/*.txt; do cp "$file" "$WORK/articles/$copy-$(basename "$file")"; done
done
count=$(ls "$WORK/articles" | wc -l)
start=$(date +%s.%N)
taskset -c 0 "$BIN" extract "$WORK"/articles/*.txt --out "$WORK/out" >/dev/null
end=$(date +%s.%N)
echo "extraction: $count articles in $(echo "$end - $start" | bc) s = $(echo "$count / ($end - $start)" | bc) articles/s (one core)"

"$ROOT/.build/release/entente-bench" generate --events "$EVENTS" --db "$WORK/source.db" --migrations "$ROOT/Migrations" >/dev/null 2>&1
port=18790
"$BIN" serve --port $port --db "$WORK/source.db" --migrations "$ROOT/Migrations" --log-level warning --no-sample &
PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/v1/timeline?format=ndjson" > "$WORK/export.ndjson"
kill $PID; wait $PID 2>/dev/null || true; PID=
lines=$(wc -l < "$WORK/export.ndjson")
start=$(date +%s.%N)
"$BIN" import "$WORK/export.ndjson" --db "$WORK/target.db" --migrations "$ROOT/Migrations" | tail -1
end=$(date +%s.%N)
import_rate=$(echo "$lines / ($end - $start)" | bc)
echo "import: $lines events in $(echo "$end - $start" | bc) s = $import_rate events/s (decoding on a second thread; WAL, synchronous=FULL, FTS5 maintained)"

if command -v sqlite3 >/dev/null; then
    # The reference: the rows the import wrote, as SQL, replayed into an empty schema by the sqlite3 shell.
    {
        echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; BEGIN;"
        for table in actors actor_names actor_search actor_offices events event_participants event_countries visit_legs event_sources event_revisions; do
            sqlite3 "$WORK/target.db" ".mode insert $table" "SELECT * FROM $table"
        done
        echo "INSERT INTO events_fts (rowid, title, summary, evidence) SELECT text_rowid, title, '', '' FROM events;"
        echo "COMMIT;"
    } > "$WORK/rows.sql"
    cat "$ROOT"/Migrations/*.sql | sqlite3 "$WORK/reference.db" >/dev/null
    start=$(date +%s.%N)
    sqlite3 "$WORK/reference.db" < "$WORK/rows.sql" >/dev/null
    end=$(date +%s.%N)
    reference_rate=$(echo "$lines / ($end - $start)" | bc)
    echo "reference: sqlite3 shell replaying the same rows: $reference_rate events/s; import/reference = $(echo "scale=2; $import_rate / $reference_rate" | bc)"
fi
