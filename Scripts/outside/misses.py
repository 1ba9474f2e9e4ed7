#!/usr/bin/env python3
"""misses.py OUT SET… — for each document of the sets (outside batches bNNN, or dev/heldout), the gold events the
extraction in OUT/SET missed and the extracted ones no gold event matched, with their evidence; with --reasons, only a
count of the unmatched gold events by what the nearest unmatched extraction got wrong (status, date, host, people, or
none close), which says where misses come from without showing any text (for batches kept unread)."""
import collections, copy, importlib.machinery, importlib.util, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
loader = importlib.machinery.SourceFileLoader("score_events", os.path.join(ROOT, "..", "shared", "tools", "score-events"))
spec = importlib.util.spec_from_loader("score_events", loader)
se = importlib.util.module_from_spec(spec)
loader.exec_module(se)
BATCHES = os.environ.get("BATCH_ROOT", "/work/outside")


def gold_dir(name):
    return {"dev": os.path.join(ROOT, "..", "shared", "corpus", "dev", "gold"),
            "heldout": os.path.join(ROOT, "Tests", "Corpus", "heldout", "gold")}.get(name, os.path.join(BATCHES, name, "gold"))


def describe(event):
    people = ", ".join(f"{p.get('name')}/{p.get('country')}" for p in event.get("participants") or [])
    date = event.get("date") or {}
    end = ".." + date["end"] if date.get("end") else ""
    return f"{event.get('kind')} [{people}] @{event.get('host_country')} {date.get('start')}{end} {event.get('status')}"


def relaxed(gold, pred, what):
    gold, pred = copy.deepcopy(gold), copy.deepcopy(pred)
    if what == "date":
        gold["date"] = {"start": None}
    elif what == "host":
        gold["host_country"] = None
    elif what == "people":
        gold["participants"] = []
    elif what == "status":
        pred["status"] = gold.get("status")
    return se.events_match(gold, pred, True)


def main(argv):
    reasons = "--reasons" in argv
    args = [a for a in argv if a != "--reasons"]
    out, sets = args[0], args[1:]
    counts = collections.Counter()
    for name in sets:
        for doc in sorted(os.listdir(gold_dir(name))):
            gold = se.load(os.path.join(gold_dir(name), doc))
            pred = se.load(os.path.join(out, name, doc))
            matched = se.max_matching(gold, pred, True)
            used = set(matched.values())
            lines = []
            for index, event in enumerate(gold):
                if index in matched:
                    continue
                free = [p for j, p in enumerate(pred) if j not in used]
                why = next((w for w in ("status", "date", "host", "people") if any(relaxed(event, p, w) for p in free)), "none")
                counts[(se.kind(event), why)] += 1
                lines.append(f"  MISS {describe(event)}\n       « {event.get('evidence', '')[:200]}")
            for index, event in enumerate(pred):
                if index not in used:
                    lines.append(f"  XTRA {describe(event)}\n       « {event.get('evidence', '')[:200]}")
            if lines and not reasons:
                print(f"== {name}/{doc} gold {len(gold)} pred {len(pred)} hit {len(matched)}")
                print("\n".join(lines))
    if reasons:
        for (kind, why), count in counts.most_common():
            print(f"{kind:13} {why:7} {count}")


if __name__ == "__main__":
    main(sys.argv[1:])
