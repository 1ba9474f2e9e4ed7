#!/usr/bin/env bash
# score-extraction.sh [CORPUS_DIR] — runs `entente extract` on a corpus's articles and scores the
# result against its gold events with shared/tools/score-events (precision, recall, F1).
# Default corpus: ../shared/corpus/dev beside this repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/dev}"
scorer="$(cd "$corpus/../.." && pwd)/tools/score-events"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
swift build --product entente >/dev/null
.build/debug/entente extract "$corpus"/articles/*.txt --out "$out" >/dev/null
"$scorer" "$corpus/gold" "$out" --verbose
