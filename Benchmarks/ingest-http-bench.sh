#!/usr/bin/env bash
# ingest-http-bench.sh [--build] — POST /v1/ingest?dry_run=true with the extractor in the server's process
# (--extraction-workers 0) and in worker processes (the default, 2), against the same release build, in
# the same run: per-article latency one at a time (median, p95), articles/s with two clients at once, and
# the memory (RSS) of the server and its workers afterwards. Loopback only; stops only the servers it
# started, by their PIDs.
#   ROUNDS (default 3): passes over the dev corpus's articles per measurement.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus/dev}"
cd "$ROOT"
if [ "${1:-}" = "--build" ]; then swift build -c release --product entente; fi
BIN="$ROOT/.build/release/entente"
WORK="$(mktemp -d)"
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

rss() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
children() { for stat in /proc/[0-9]*/stat; do awk -v p="$1" '{ sub(/.*\) /, ""); if ($2 == p) print FILENAME }' "$stat" 2>/dev/null; done | sed 's#/proc/##; s#/stat##'; }

measure() { # NAME WORKERS PORT
    local name=$1 workers=$2 port=$3 db="$WORK/$1.db"
    "$BIN" serve --port "$port" --db "$db" --migrations "$ROOT/Migrations" --log-level warning --no-sample \
        --extraction-workers "$workers" 2>"$WORK/$name.log" &
    local pid=$!
    PIDS+=("$pid")
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
    local token
    token=$("$BIN" token create bench --db "$db" --migrations "$ROOT/Migrations" | tail -n 1)
    python3 - "$port" "$token" "$ROUNDS" "$name" "$CORPUS"/articles/*.txt <<'PY'
import http.client, json, statistics, sys, threading, time
port, token, rounds, name, files = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
bodies = []
for path in files:
    header, text = open(path, encoding="utf-8").read().split("\n---\n", 1)
    fields = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
    bodies.append(json.dumps({"text": text, "published": fields["published"], "language": fields.get("language", "fr")}).encode())
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
def post(connection, body):
    connection.request("POST", "/v1/ingest?dry_run=true", body, headers)
    response = connection.getresponse(); response.read()
    assert response.status == 200, response.status
connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
start = time.perf_counter()
post(connection, bodies[0])  # the first article (which starts a worker) is reported on its own
first = time.perf_counter() - start
latencies = []
for _ in range(rounds):
    for body in bodies:
        start = time.perf_counter(); post(connection, body); latencies.append(time.perf_counter() - start)
latencies.sort()
def client(share):
    own = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for body in share: post(own, body)
work = bodies * rounds
start = time.perf_counter()
threads = [threading.Thread(target=client, args=(work[i::2],)) for i in range(2)]
for t in threads: t.start()
for t in threads: t.join()
wall = time.perf_counter() - start
print(f"{name}: first article {first*1000:.0f} ms; one at a time median {statistics.median(latencies)*1000:.1f} ms, p95 {latencies[int(len(latencies)*0.95)]*1000:.1f} ms "
      f"({len(latencies)} articles); two clients {len(work)/wall:.0f} articles/s")
PY
    local workers_rss=0 child
    for child in $(children "$pid"); do workers_rss=$((workers_rss + $(rss "$child"))); done
    echo "$name: RSS server $(( $(rss "$pid") / 1024 )) MiB, workers $((workers_rss / 1024)) MiB ($(children "$pid" | wc -l) processes)"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure in-process 0 18791
measure workers 2 18792
