#!/usr/bin/env bash
# score-extraction.sh [CORPUS_DIR] [--min-f1 X] — runs `entente extract` on a corpus's articles and
# scores the result against its gold events with shared/tools/score-events (precision, recall, F1);
# with --min-f1, exits non-zero when the strict F1 is below X (CI's floor).
# Default corpus: ../shared/corpus/dev beside this repository; Tests/Corpus/heldout holds articles
# the rules were not written against.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/../shared/corpus/dev"
floor=()
while [ $# -gt 0 ]; do
    case "$1" in
        --min-f1) floor=(--min-f1 "$2"); shift ;;
        *) corpus="$1" ;;
    esac
    shift
done
scorer="$root/../shared/tools/score-events"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
swift build --product entente >/dev/null
.build/debug/entente extract "$corpus"/articles/*.txt --out "$out" >/dev/null
"$scorer" "$corpus/gold" "$out" --verbose "${floor[@]}"
