#!/usr/bin/env bash
# score.sh BIN OUT [BATCH_ROOT] — runs `BIN extract` on the dev corpus, the held-out articles and every outside batch
# (BATCH_ROOT/bNNN/{articles,gold}, default /work/outside: kept outside the repository, see docs/ingestion.md), writes each
# set's output to OUT/SET and prints each set's strict F1. Then `pool.sh OUT b148 b149 …` pools batches, and
# `misses.py OUT b148 …` lists what was missed and what was extra.
set -euo pipefail
bin=$(realpath "$1"); out=$2; batches=${3:-/work/outside}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scorer="$root/../shared/tools/score-events"
sets=("dev:$root/../shared/corpus/dev" "heldout:$root/Tests/Corpus/heldout")
for dir in "$batches"/b*/; do
    [ -d "$dir/gold" ] && [ -n "$(ls "$dir/gold")" ] && sets+=("$(basename "$dir"):$dir")
done
for entry in "${sets[@]}"; do
    name=${entry%%:*}; dir=${entry#*:}
    rm -rf "$out/$name"; mkdir -p "$out/$name"
    "$bin" extract "$dir"/articles/*.txt --out "$out/$name" >/dev/null 2>&1
    echo "$name $("$scorer" "$dir/gold" "$out/$name" | grep '^strict')"
done
