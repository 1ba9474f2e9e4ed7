#!/usr/bin/env bash
# pool.sh OUT BATCH… — the strict F1 of several outside batches pooled (their documents scored as one set).
set -euo pipefail
out=$1; shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
batches=${BATCH_ROOT:-/work/outside}
gold=$(mktemp -d); pred=$(mktemp -d); trap 'rm -rf "$gold" "$pred"' EXIT
for batch in "$@"; do
    for file in "$batches/$batch"/gold/*.json; do cp "$file" "$gold/${batch}_$(basename "$file")"; done
    for file in "$out/$batch"/*.json; do cp "$file" "$pred/${batch}_$(basename "$file")"; done
done
"$root/../shared/tools/score-events" "$gold" "$pred" | grep '^strict'
