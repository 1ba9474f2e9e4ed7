#!/usr/bin/env bash
# ingest-bench.sh [--build] — extraction throughput (articles/s on one core) and bulk import
# rate (events/s) of Entente's release build. Loopback only; cleans up after itself.
#   extraction: the dev corpus's articles, copied COPIES times (default 30), through `entente extract`
#   import:     an NDJSON export of EVENTS synthetic events (default 20000) through `entente import`
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
taskset -c 0 "$BIN" import "$WORK/export.ndjson" --db "$WORK/target.db" --migrations "$ROOT/Migrations" | tail -1
end=$(date +%s.%N)
echo "import: $lines events in $(echo "$end - $start" | bc) s = $(echo "$lines / ($end - $start)" | bc) events/s (one core, WAL, synchronous=FULL, FTS5 maintained)"
