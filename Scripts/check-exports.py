#!/usr/bin/env python3
"""Checks Entente's exports with independent parsers (run by .ci/run against a live server).

- iCalendar: parsed by the `icalendar` package (PyPI); every VEVENT has a UID, DTSTART and
  SUMMARY, day dates are all-day with an exclusive DTEND, month dates carry their precision.
- CSV: parsed by Python's csv module; one row per event of the JSON listing, same ids.
- NDJSON, PLOVER: one JSON object per line; JSON-LD: a schema.org @graph of Events.

Usage: check-exports.py BASE_URL   (e.g. http://127.0.0.1:8080)
Exits non-zero with a message on the first failure; prints "N passed, 0 failed" otherwise.
"""
import csv
import datetime
import io
import json
import sys
import urllib.request

import icalendar

base = sys.argv[1].rstrip("/")
passed = 0


def get(path, accept=None):
    request = urllib.request.Request(base + path, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("Content-Type", ""), response.read().decode("utf-8")


def check(condition, message):
    global passed
    if not condition:
        print(f"export check: FAILED: {message}")
        print(f"exports: {passed} passed, 1 failed")
        sys.exit(1)
    passed += 1


listing = json.loads(get("/v1/timeline?limit=500")[1])["events"]
ids = [event["id"] for event in listing]
dated = [event for event in listing if event["date"]["start"]]

content_type, text = get("/v1/timeline?limit=500&format=ics")
check(content_type.startswith("text/calendar"), f"ics content type {content_type}")
calendar = icalendar.Calendar.from_ical(text)
vevents = [component for component in calendar.walk() if component.name == "VEVENT"]
check(len(vevents) == len(dated), f"{len(vevents)} VEVENTs for {len(dated)} dated events")
by_uid = {str(vevent.get("UID")): vevent for vevent in vevents}
for event in dated:
    vevent = by_uid.get(event["id"] + "@entente")
    check(vevent is not None, f"no VEVENT for {event['id']}")
    start = vevent.decoded("DTSTART")
    check(str(vevent.get("SUMMARY")).startswith(event["title"]), f"summary of {event['id']}")
    check(int(vevent.get("SEQUENCE")) == event["version"] - 1, f"sequence of {event['id']}")
    if event["date"]["precision"] == "day" and "time" not in event["date"]:
        check(isinstance(start, datetime.date) and not isinstance(start, datetime.datetime), "all-day DTSTART")
        check(start.isoformat() == event["date"]["start"], f"DTSTART {start} for {event['date']['start']}")
        end = vevent.decoded("DTEND")
        last = event["date"]["end"] or event["date"]["start"]
        check(end == datetime.date.fromisoformat(last) + datetime.timedelta(days=1), f"exclusive DTEND {end} after {last}")
    elif event["date"]["precision"] != "day":
        check(str(vevent.get("X-ENTENTE-PRECISION")) == event["date"]["precision"], "precision kept")
        check(start.isoformat().startswith(event["date"]["start"]), f"DTSTART {start} within {event['date']['start']}")

# Without a limit the whole listing streams (chunked) and must parse the same.
streamed = icalendar.Calendar.from_ical(get("/v1/timeline?format=ics")[1])
check(len(streamed.walk("VEVENT")) == len(dated), "streamed iCalendar has every dated event")

content_type, text = get("/v1/countries/KP/visits", accept="text/calendar")
check(content_type.startswith("text/calendar"), "Accept: text/calendar negotiates iCalendar")
check(len(icalendar.Calendar.from_ical(text).walk("VEVENT")) > 0, "per-country feed has events")

content_type, text = get("/v1/timeline?limit=500&format=csv")
check(content_type.startswith("text/csv"), f"csv content type {content_type}")
rows = list(csv.DictReader(io.StringIO(text, newline="")))
check([row["id"] for row in rows] == ids, "csv rows follow the listing")
check(all(row["title"] == event["title"] for row, event in zip(rows, listing)), "csv titles")

for fmt in ("ndjson", "plover"):
    lines = [json.loads(line) for line in get(f"/v1/timeline?limit=500&format={fmt}")[1].splitlines()]
    check(len(lines) == len(listing), f"{fmt}: one line per event")

graph = json.loads(get("/v1/timeline?limit=500&format=jsonld")[1])
check(graph["@context"] == "https://schema.org", "json-ld context")
check(all(node["@type"] == "Event" for node in graph["@graph"]), "json-ld events")

timeline = json.loads(get("/v1/timeline?limit=500&format=timelinejs")[1])
check(len(timeline["events"]) == len(dated), "timelinejs has every dated event")

print(f"exports: {passed} passed, 0 failed")
