#!/usr/bin/env bash
# timeline-bench.sh — Entente's query latency at 10k, 100k and 1M events, and the requests/s of
# GET /v1/timeline?limit=20 against a Hummingbird 2 server that encodes a page with JSONEncoder.
#
# Usage: Benchmarks/timeline-bench.sh [--build] [--sizes "10000 100000 1000000"] [--work DIR]
#   --build   build entente, entente-bench and the Hummingbird reference in release first
#   --sizes   dataset sizes (events); each dataset is generated once into the work directory
#             (deterministic: same seed, same data) and reused by later runs
#   --work    where datasets live (default /tmp/entente-bench; 1M events take ~2.7 GB)
# Environment: RUNS, DURATION, CONNECTIONS as for http-bench.sh (defaults 3, 10s, "64").
#
# Prints, per size, p50/p99 (µs) of each query run in process on one reader connection, then the
# wrk comparison on the largest dataset (server on CPU 0, wrk on CPU 1, fresh processes,
# alternating, medians of RUNS). Only 127.0.0.1 is used.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="10000 100000 1000000"
WORK="/tmp/entente-bench"
BUILD=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD=1 ;;
        --sizes) SIZES="$2"; shift ;;
        --work) WORK="$2"; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

cd "$ROOT"
if [ "$BUILD" = 1 ]; then
    swift build -c release --product entente
    swift build -c release --product entente-bench
    swift build -c release --package-path Benchmarks/HummingbirdReference
fi
BENCH="$ROOT/.build/release/entente-bench"
mkdir -p "$WORK"

largest=""
for size in $SIZES; do
    db="$WORK/$size.db"
    if [ ! -f "$db" ]; then
        echo "== generating $size events into $db"
        "$BENCH" generate --events "$size" --db "$db" --migrations "$ROOT/Migrations" 2>/dev/null
    fi
    echo
    echo "== queries at $size events"
    "$BENCH" queries --db "$db" --migrations "$ROOT/Migrations" --iterations 2000
    largest="$db"
done

echo
echo "== GET /v1/timeline?limit=20 on $(basename "$largest" .db) events vs Hummingbird + JSONEncoder (/v1/timeline)"
ENTENTE_DB="$largest" PATH_TO_TEST="/v1/timeline?limit=20" CONNECTIONS="${CONNECTIONS:-64}" \
    "$ROOT/Benchmarks/http-bench.sh"
