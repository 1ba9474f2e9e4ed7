#!/usr/bin/env bash
# http-bench.sh — compare Entente's HTTP throughput with a Hummingbird 2 reference.
#
# Usage:
#   Benchmarks/http-bench.sh [--build] [--path /healthz] [--connections "64 256"]
#                            [--runs 3] [--duration 10s] [--threads 2]
#                            [--entente-bin PATH] [--hb-bin PATH]
#
# Every option can also be given through the environment (flags win):
#   ENTENTE_BIN   Entente binary       (default: <repo>/.build/release/entente)
#                 started as: $ENTENTE_BIN serve --host 127.0.0.1 --port PORT --db DB $ENTENTE_ARGS
#   ENTENTE_DB    database Entente serves (default: a fresh temporary file, loaded with the sample)
#   ENTENTE_ARGS  extra serve flags     (default: "--log-level warning": no access-log line per
#                 request, as the reference logs none; set it to "" to measure with access logs)
#   HB_BIN        Hummingbird reference (default: <repo>/Benchmarks/HummingbirdReference/.build/release/hb-reference)
#                 started as: $HB_BIN --port PORT
#   PATH_TO_TEST  request path          (default: /healthz; /v1/timeline is the JSON-encoding case)
#   CONNECTIONS   wrk connection counts (default: "64 256")
#   RUNS          runs per server and connection count (default: 3)
#   DURATION      wrk duration per run  (default: 10s)
#   THREADS       wrk threads           (default: 2)
#   SERVER_CPU    CPU the servers are pinned to (default: 0)
#   WRK_CPU       CPU wrk is pinned to          (default: 1)
#   ENTENTE_PORT / HB_PORT  first port tried for each server (default: 18080 / 18081)
#
#   --build       first run `swift build -c release --product entente` and build the
#                 Hummingbird reference package (nothing is built without it).
#
# For each connection count and each run, the two servers alternate (Entente, then
# Hummingbird), each as a FRESH process pinned to SERVER_CPU. The script waits (at most
# ~10 s) for `curl -sf http://127.0.0.1:PORT$PATH_TO_TEST` to succeed, does a 1 s wrk
# warm-up, then measures with `wrk --latency` pinned to WRK_CPU. One line is printed per
# run and a summary table per connection count at the end (median req/s, p50, p99,
# total socket errors + non-2xx/3xx responses, and entente/hummingbird req/s ratio).
#
# Only 127.0.0.1 is used; only the server PIDs started here are ever killed.
# Requires: bash, curl, wrk, taskset (util-linux), awk, sort, timeout.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

ENTENTE_BIN="${ENTENTE_BIN:-$ROOT/.build/release/entente}"
HB_BIN="${HB_BIN:-$ROOT/Benchmarks/HummingbirdReference/.build/release/hb-reference}"
PATH_TO_TEST="${PATH_TO_TEST:-/healthz}"
ENTENTE_EXTRA_ARGS="${ENTENTE_ARGS---log-level warning}"
CONNECTIONS="${CONNECTIONS:-64 256}"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
SERVER_CPU="${SERVER_CPU:-0}"
WRK_CPU="${WRK_CPU:-1}"
ENTENTE_PORT="${ENTENTE_PORT:-18080}"
HB_PORT="${HB_PORT:-18081}"
READY_TIMEOUT_S=10
DO_BUILD=0

usage() { sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) DO_BUILD=1 ;;
        --path) PATH_TO_TEST="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --runs) RUNS="$2"; shift ;;
        --duration) DURATION="$2"; shift ;;
        --threads) THREADS="$2"; shift ;;
        --entente-bin) ENTENTE_BIN="$2"; shift ;;
        --hb-bin) HB_BIN="$2"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

for tool in curl wrk taskset awk sort timeout; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

# ---------------------------------------------------------------- optional build
if [[ "$DO_BUILD" == 1 ]]; then
    echo "== building entente (release)"
    swift build -c release --package-path "$ROOT" --product entente
    echo "== building hb-reference (release)"
    swift build -c release --package-path "$ROOT/Benchmarks/HummingbirdReference"
fi

for bin in "$ENTENTE_BIN" "$HB_BIN"; do
    [[ -x "$bin" ]] || { echo "not an executable: $bin (use --build?)" >&2; exit 1; }
done

# Duration in whole seconds (wrk accepts 10, 10s, 2m, 1h) -> used to bound wrk with timeout.
duration_seconds() {
    local d="$1"
    case "$d" in
        *h) echo $(( ${d%h} * 3600 )) ;;
        *m) echo $(( ${d%m} * 60 )) ;;
        *s) echo "${d%s}" ;;
        *)  echo "$d" ;;
    esac
}
WRK_LIMIT_S=$(( $(duration_seconds "$DURATION") + 30 ))

# ---------------------------------------------------------------- state + cleanup
WORK="$(mktemp -d -t http-bench.XXXXXX)"
RESULTS="$WORK/results.tsv"   # conn  server  run  rps  p50ms  p99ms  errors
: > "$RESULTS"
SERVER_PID=""
WRK_PID=""

cleanup() {
    if [[ -n "$WRK_PID" ]] && kill -0 "$WRK_PID" 2>/dev/null; then
        kill "$WRK_PID" 2>/dev/null || true   # `timeout` forwards this to wrk
        wait "$WRK_PID" 2>/dev/null || true
    fi
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# First free port at or after $1.
free_port() {
    local p="$1"
    while port_in_use "$p"; do p=$((p + 1)); done
    echo "$p"
}

# start_server NAME PORT LOGFILE: sets SERVER_PID.
start_server() {
    local name="$1" port="$2" log="$3"
    case "$name" in
        entente)
            local db="${ENTENTE_DB:-$WORK/entente-$port-$RANDOM.sqlite3}"
            # shellcheck disable=SC2086
            taskset -c "$SERVER_CPU" "$ENTENTE_BIN" serve --host 127.0.0.1 --port "$port" --db "$db" \
                --migrations "$ROOT/Migrations" $ENTENTE_EXTRA_ARGS \
                >"$log" 2>&1 &
            ;;
        hummingbird)
            taskset -c "$SERVER_CPU" "$HB_BIN" --port "$port" >"$log" 2>&1 &
            ;;
    esac
    SERVER_PID=$!   # taskset execs the server, so this is the server's own PID
}

stop_server() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
    rm -f "$WORK"/entente-*.sqlite3*
}

# wait_ready PORT LOGFILE: bounded wait until the test path answers 2xx.
wait_ready() {
    local port="$1" log="$2" i
    for ((i = 0; i < READY_TIMEOUT_S * 10; i++)); do
        if curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$port$PATH_TO_TEST"; then
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "server exited before becoming ready; log:" >&2
            tail -20 "$log" >&2
            return 1
        fi
        sleep 0.1
    done
    echo "server not ready after ${READY_TIMEOUT_S}s; log:" >&2
    tail -20 "$log" >&2
    return 1
}

# Convert a wrk time value (e.g. 812.00us, 1.23ms, 2.01s, 1.50m) to milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/)      n = n / 1000
        else if (v ~ /ms$/) n = n
        else if (v ~ /m$/)  n = n * 60000
        else if (v ~ /s$/)  n = n * 1000
        else if (v ~ /h$/)  n = n * 3600000
        printf "%.3f", n
    }'
}

# parse_wrk FILE -> "rps p50ms p99ms connect read write timeout non2xx"
parse_wrk() {
    local f="$1" rps p50 p99 sock non2xx
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$f")
    p50=$(awk '$1 == "50%" {print $2}' "$f")
    p99=$(awk '$1 == "99%" {print $2}' "$f")
    # "Socket errors: connect 0, read 0, write 0, timeout 0" (only printed when non-zero)
    sock=$(awk '/Socket errors:/ {gsub(",", ""); print $4, $6, $8, $10}' "$f")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$f")
    echo "${rps:-0} $(to_ms "${p50:-0ms}") $(to_ms "${p99:-0ms}") ${sock:-0 0 0 0} ${non2xx:-0}"
}

median() {
    sort -g | awk '{ a[NR] = $1 } END {
        if (NR == 0) print "nan"
        else if (NR % 2) print a[(NR + 1) / 2]
        else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2
    }'
}

# run_wrk LIMIT_S OUTFILE WRK_ARGS...: pinned, time-bounded wrk. It runs in the background
# and is waited for so that INT/TERM reach the trap at once instead of after wrk ends.
run_wrk() {
    local limit="$1" outfile="$2" rc=0
    shift 2
    taskset -c "$WRK_CPU" timeout "$limit" wrk "$@" >"$outfile" 2>&1 &
    WRK_PID=$!
    wait "$WRK_PID" || rc=$?
    WRK_PID=""
    return "$rc"
}

# bench_one NAME CONN RUN
bench_one() {
    local name="$1" conn="$2" run="$3" base port log out url
    [[ "$name" == entente ]] && base="$ENTENTE_PORT" || base="$HB_PORT"
    port=$(free_port "$base")
    log="$WORK/$name-$conn-$run.log"
    out="$WORK/$name-$conn-$run.wrk"
    url="http://127.0.0.1:$port$PATH_TO_TEST"

    start_server "$name" "$port" "$log"
    if ! wait_ready "$port" "$log"; then
        stop_server
        echo "$name: failed to start (c=$conn run=$run)" >&2
        return 1
    fi
    local body_bytes
    body_bytes=$(curl -s -o /dev/null -w '%{size_download}' --max-time 2 "$url" || echo "?")

    # Warm-up (discarded), then the measured run.
    run_wrk 30 /dev/null -t"$THREADS" -c"$conn" -d1s "$url" || true
    if ! run_wrk "$WRK_LIMIT_S" "$out" -t"$THREADS" -c"$conn" -d"$DURATION" --latency "$url"; then
        echo "$name: wrk failed (c=$conn run=$run):" >&2
        cat "$out" >&2
    fi
    stop_server

    local rps p50 p99 ec er ew et n2
    read -r rps p50 p99 ec er ew et n2 < <(parse_wrk "$out")
    local errors=$((ec + er + ew + et + n2))
    printf '%-11s c=%-4s run=%-2s %12s req/s  p50 %8s ms  p99 %8s ms  errors %s (connect %s read %s write %s timeout %s non2xx %s)  body %sB\n' \
        "$name" "$conn" "$run" "$rps" "$p50" "$p99" "$errors" "$ec" "$er" "$ew" "$et" "$n2" "$body_bytes"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$conn" "$name" "$run" "$rps" "$p50" "$p99" "$errors" >>"$RESULTS"
}

# ---------------------------------------------------------------- main loop
echo "== http-bench: path=$PATH_TO_TEST connections=($CONNECTIONS) runs=$RUNS duration=$DURATION threads=$THREADS"
echo "   entente:     $ENTENTE_BIN"
echo "   hummingbird: $HB_BIN"
echo "   server cpu=$SERVER_CPU  wrk cpu=$WRK_CPU"

for conn in $CONNECTIONS; do
    for ((run = 1; run <= RUNS; run++)); do
        bench_one entente "$conn" "$run"
        bench_one hummingbird "$conn" "$run"
    done
done

# ---------------------------------------------------------------- summary
col() { # col CONN SERVER FIELD -> values of that column, one per line
    awk -F'\t' -v c="$1" -v s="$2" -v f="$3" '$1 == c && $2 == s { print $f }' "$RESULTS"
}

echo
echo "== summary: $PATH_TO_TEST, $RUNS run(s) x $DURATION, medians"
for conn in $CONNECTIONS; do
    echo
    echo "connections=$conn"
    printf '  %-11s %12s %10s %10s %8s\n' server "req/s" "p50 ms" "p99 ms" errors
    for name in entente hummingbird; do
        rps=$(col "$conn" "$name" 4 | median)
        p50=$(col "$conn" "$name" 5 | median)
        p99=$(col "$conn" "$name" 6 | median)
        errs=$(col "$conn" "$name" 7 | awk '{ s += $1 } END { print s + 0 }')
        printf '  %-11s %12s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "$errs"
        if [[ "$name" == entente ]]; then rps_entente="$rps"; else rps_hummingbird="$rps"; fi
    done
    ratio=$(awk -v a="$rps_entente" -v b="$rps_hummingbird" 'BEGIN { if (b + 0 > 0) printf "%.3f", a / b; else print "n/a" }')
    echo "  ratio entente/hummingbird (median req/s): $ratio"
done
