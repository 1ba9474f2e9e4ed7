#!/usr/bin/env python3
"""Writes Entente's OpenAPI 3.1 document.

The document is the contract of the HTTP API. This script is its source: it writes
docs/openapi.json (for people and tools) and Sources/EntenteAPI/OpenAPI/OpenAPIDocument.swift
(served at GET /openapi.json). Tests check that the document and the router list the same
operations, and CI runs schemathesis against the live document.

Run: python3 Scripts/generate-openapi.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent

NULLABLE_STRING = {"type": ["string", "null"]}
PARTIAL_DATE = {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                "description": "A partial date: YYYY, YYYY-MM or YYYY-MM-DD."}
COUNTRY = {"type": "string", "description": "ISO 3166-1 alpha-2 or alpha-3 code, any case."}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


SCHEMAS = {
    "Problem": {
        "type": "object",
        "description": "A problem document (RFC 9457).",
        "required": ["type", "title", "status"],
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "instance": {"type": "string"},
            "request_id": {"type": "string"},
            "errors": {"type": "array", "items": {
                "type": "object", "required": ["pointer", "detail"],
                "properties": {"pointer": {"type": "string"}, "detail": {"type": "string"}}}},
            "existing_event": {"type": "string"},
        },
    },
    "EventDate": {
        "type": "object",
        "properties": {
            "start": nullable(PARTIAL_DATE),
            "end": nullable(PARTIAL_DATE),
            "precision": {"enum": ["year", "month", "day", None]},
            "time": {"type": "string", "pattern": r"^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$"},
            "time_zone": {"type": "string"},
            "text": {"type": "string"},
            "anchor": PARTIAL_DATE,
        },
    },
    "Location": {
        "type": "object",
        "properties": {
            "place": NULLABLE_STRING,
            "country": NULLABLE_STRING,
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
        },
    },
    "Participant": {
        "type": "object",
        "required": ["actor", "name", "country", "role"],
        "properties": {
            "actor": {"type": "string"}, "name": {"type": "string"}, "country": NULLABLE_STRING,
            "role": {"type": "string", "enum": ["visitor", "host", "participant", "inviter", "invitee"]},
        },
    },
    "Source": {
        "type": "object",
        "properties": {**{k: NULLABLE_STRING for k in ["url", "outlet", "published", "language", "evidence"]},
                       "confidence": {"type": "number", "minimum": 0, "maximum": 1,
                                      "description": "How likely the report says what the event records: the extractor's calibrated confidence for an article it read; absent for a source recorded by hand."}},
    },
    "Event": {
        "type": "object",
        "description": "One real event, with every report of it as a source.",
        "required": ["id", "kind", "status", "title", "summary", "date", "location", "host_country", "participants",
                     "parent", "sources", "created_at", "updated_at", "version"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"type": "string"},
            "status": {"type": "string", "enum": ["held", "planned", "cancelled", "postponed"]},
            "title": {"type": "string"},
            "summary": NULLABLE_STRING,
            "date": ref("EventDate"),
            "location": nullable(ref("Location")),
            "host_country": NULLABLE_STRING,
            "participants": {"type": "array", "items": ref("Participant")},
            "parent": NULLABLE_STRING,
            "sources": {"type": "array", "items": ref("Source")},
            "created_at": {"type": "string"},
            "updated_at": {"type": "string"},
            "version": {"type": "integer", "minimum": 1},
            "sub_events": {"type": "array", "items": ref("Event"), "description": "Summits only."},
        },
    },
    "EventInput": {
        "type": "object",
        "description": "An event as GET returns it, without the server-managed fields (which are ignored if sent).",
        "required": ["kind", "title"],
        "properties": {
            "kind": {"type": "string", "enum": ["visit", "meeting", "talks", "summit", "phone_call", "invitation", "cancellation"]},
            "status": {"type": "string", "enum": ["held", "planned", "cancelled", "postponed"]},
            "title": {"type": "string", "minLength": 1, "maxLength": 500},
            "summary": NULLABLE_STRING,
            "date": ref("EventDate"),
            "location": nullable(ref("Location")),
            "host_country": nullable(COUNTRY),
            "participants": {"type": "array", "items": {
                "type": "object",
                "properties": {"actor": {"type": "string"}, "name": {"type": "string"}, "country": nullable(COUNTRY),
                               "role": {"type": "string", "enum": ["visitor", "host", "participant", "inviter", "invitee"]}}}},
            "parent": NULLABLE_STRING,
            "sources": {"type": "array", "items": ref("Source")},
        },
    },
    "EventPage": {
        "type": "object",
        "required": ["events", "next_cursor"],
        "properties": {
            "events": {"type": "array", "items": ref("Event")},
            "next_cursor": NULLABLE_STRING,
            "country": {"type": "string"}, "direction": {"type": "string"},
            "from_country": {"type": "string"}, "to_country": {"type": "string"},
        },
    },
    "History": {
        "type": "object",
        "required": ["event_id", "revisions"],
        "properties": {
            "event_id": {"type": "string"},
            "revisions": {"type": "array", "items": {
                "type": "object",
                "required": ["version", "action", "author", "at", "reason", "event"],
                "properties": {
                    "version": {"type": "integer"},
                    "action": {"type": "string", "enum": ["create", "update", "merge", "delete"]},
                    "author": {"type": "string"}, "at": {"type": "string"}, "reason": NULLABLE_STRING,
                    "event": nullable(ref("Event")),
                }}},
        },
    },
    "Actor": {
        "type": "object",
        "required": ["id", "name", "kind", "country", "wikidata_id", "aliases", "offices"],
        "properties": {
            "id": {"type": "string"}, "name": {"type": "string"},
            "kind": {"type": "string", "enum": ["person", "organisation"]},
            "country": NULLABLE_STRING, "wikidata_id": NULLABLE_STRING,
            "aliases": {"type": "array", "items": {"type": "object", "required": ["language", "name"],
                                                   "properties": {"language": {"type": "string"}, "name": {"type": "string"}}}},
            "offices": {"type": "array", "items": {"type": "object", "required": ["office"],
                                                   "properties": {"office": {"type": "string"}, "country": NULLABLE_STRING,
                                                                  "start": NULLABLE_STRING, "end": NULLABLE_STRING}}},
            "events": {"type": "array", "items": ref("Event")},
            "next_cursor": NULLABLE_STRING,
        },
    },
    "ActorInput": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9-]{1,80}$"},
            "name": {"type": "string", "minLength": 1, "maxLength": 300},
            "kind": {"type": "string", "enum": ["person", "organisation"]},
            "country": COUNTRY,
            "wikidata_id": {"type": "string"},
            "aliases": {"type": "array", "items": {"type": "object", "required": ["language", "name"],
                                                   "properties": {"language": {"type": "string"}, "name": {"type": "string"}}}},
            "offices": {"type": "array", "items": {"type": "object", "required": ["office"],
                                                   "properties": {"office": {"type": "string"}, "country": COUNTRY,
                                                                  "start": PARTIAL_DATE, "end": PARTIAL_DATE}}},
        },
    },
    "ActorList": {
        "type": "object", "required": ["actors", "next_cursor"],
        "properties": {"actors": {"type": "array", "items": ref("Actor")}, "next_cursor": NULLABLE_STRING},
    },
    "Country": {
        "type": "object",
        "required": ["alpha2", "alpha3", "numeric", "name_en", "name_fr", "official_name_en"],
        "properties": {
            "alpha2": {"type": "string"}, "alpha3": NULLABLE_STRING, "numeric": NULLABLE_STRING,
            "name_en": {"type": "string"}, "name_fr": {"type": "string"}, "official_name_en": NULLABLE_STRING,
            "visits_in": {"type": "integer"}, "visits_out": {"type": "integer"},
        },
    },
    "CountryList": {
        "type": "object", "required": ["countries"],
        "properties": {"countries": {"type": "array", "items": ref("Country")}},
    },
    "VisitStatistics": {
        "type": "object", "required": ["from", "to", "pairs", "by_year"],
        "properties": {
            "from": NULLABLE_STRING, "to": NULLABLE_STRING,
            "pairs": {"type": "array", "items": {"type": "object", "required": ["visitor_country", "host_country", "visits"],
                                                 "properties": {"visitor_country": {"type": "string"}, "host_country": {"type": "string"},
                                                                "visits": {"type": "integer"}}}},
            "by_year": {"type": "array", "items": {"type": "object", "required": ["year", "visits"],
                                                   "properties": {"year": {"type": "integer"}, "visits": {"type": "integer"}}}},
        },
    },
    "Health": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string"}}},
}

PROBLEM_DESCRIPTIONS = {
    "400": "Malformed request or query parameter (`errors` names each)",
    "401": "Missing or invalid bearer token",
    "404": "No such resource",
    "409": "Conflict: a duplicate event (see `existing_event`) or a taken id",
    "410": "The event was deleted; its history remains",
    "412": "If-Match does not name the current version",
    "413": "Body too large",
    "415": "Body is not JSON",
    "422": "Invalid fields (`errors` names each)",
    "503": "The query took longer than the server allows (`--query-timeout`; type `…/query-timeout`, no `Retry-After`): narrow it where it takes filters",
}


def problem(code):
    return {"description": PROBLEM_DESCRIPTIONS[code],
            "content": {"application/problem+json": {"schema": ref("Problem")}}}


def ok(schema, description="OK", status="200", headers=None):
    response = {"description": description, "content": {"application/json": {"schema": ref(schema)}}}
    if headers:
        response["headers"] = headers
    return {status: response}


def listing(description="A page of events, in the negotiated representation"):
    """A 200 answer that may be any export format."""
    return {"200": {
        "description": description,
        "headers": {**ETAG, "Link": {"schema": {"type": "string"}, "description": "The next page of an export (rel=next)."}},
        "content": {
            "application/json": {"schema": {"anyOf": [ref("EventPage"), {"type": "object", "description": "TimelineJS"}]}},
            "text/calendar": {"schema": {"type": "string"}},
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
            "application/ld+json": {"schema": {"type": "object"}},
        }}, **errors("503")}


ETAG = {"ETag": {"schema": {"type": "string"}}}


def query(name, schema, description):
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def path(name, description, example=None):
    parameter = {"name": name, "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}, "description": description}
    if example:
        parameter["example"] = example
    return parameter


LIST_PARAMETERS = [
    query("from", PARTIAL_DATE, "Events starting on or after the first day of this date."),
    query("to", PARTIAL_DATE, "Events starting on or before the last day of this date."),
    query("status", {"type": "string", "enum": ["held", "planned", "cancelled", "postponed"]}, "Only events with this status."),
    query("min_confidence", {"type": "string", "pattern": "^(0*0(\\.[0-9]*)?|0*1(\\.0*)?|\\.[0-9]+)$", "examples": ["0.7"]},
          "Only events at least this likely to be right: read by the extractor with a report at least this confident, or recorded by hand."),
    query("order", {"type": "string", "enum": ["asc", "desc"]}, "Chronological (asc, default) or reversed."),
    query("limit", {"type": "integer", "minimum": 1, "maximum": 500}, "Page size (default 50)."),
    query("cursor", {"type": "string"}, "The next_cursor of the previous page."),
]
FORMAT = query("format", {"type": "string", "enum": ["json", "ics", "csv", "ndjson", "timelinejs", "jsonld", "plover"]},
               "Representation: JSON (default), iCalendar, CSV, NDJSON, TimelineJS, JSON-LD (schema.org) or PLOVER JSONL. "
               "The Accept header (text/calendar, text/csv, application/x-ndjson, application/ld+json) also chooses.")
TIMELINE_PARAMETERS = LIST_PARAMETERS + [FORMAT,
    query("country", COUNTRY, "Events involving this country: a participant's, the host or the location."),
    query("actor", {"type": "string"}, "Events this actor (id) takes part in."),
    query("kind", {"type": "string"}, "Comma-separated kinds."),
    query("q", {"type": "string", "minLength": 1, "maxLength": 200}, "Full text over titles, summaries and evidence."),
]
SECURITY = [{"bearer": []}]


def errors(*codes):
    return {code: problem(code) for code in codes}


PATHS = {
    "/": {"get": {
        "operationId": "timelinePage", "summary": "The timeline as an HTML page (filters in the query string)",
        "parameters": [query(name, {"type": "string"}, f"Filter: {name}") for name in ["country", "actor", "kind", "from", "to", "q", "min_confidence", "cursor"]],
        "responses": {
            "200": {"description": "HTML page", "content": {"text/html": {"schema": {"type": "string"}}}},
            "400": {"description": "The page, listing what is wrong with the filters (or a problem document for a malformed request)",
                    "content": {"text/html": {"schema": {"type": "string"}}, "application/problem+json": {"schema": ref("Problem")}}},
            **errors("503"),
        }}},
    "/healthz": {"get": {"operationId": "health", "summary": "Liveness", "responses": ok("Health")}},
    "/metrics": {"get": {"operationId": "metrics", "summary": "Prometheus metrics (text exposition format)",
                         "responses": {"200": {"description": "Metrics", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
    "/openapi.json": {"get": {"operationId": "openapi", "summary": "This document",
                              "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
    "/v1/timeline": {"get": {
        "operationId": "timeline", "summary": "Events in chronological order, filtered and paged",
        "parameters": TIMELINE_PARAMETERS, "responses": {**listing(), **errors("400")}}},
    "/v1/meetings": {"get": {
        "operationId": "meetings", "summary": "Meetings and talks",
        "parameters": [p for p in TIMELINE_PARAMETERS if p["name"] != "kind"], "responses": {**listing(), **errors("400")}}},
    "/v1/summits": {"get": {
        "operationId": "summits", "summary": "Summits, each with its sub-events",
        "parameters": [p for p in TIMELINE_PARAMETERS if p["name"] != "kind"], "responses": {**listing(), **errors("400")}}},
    "/v1/events": {"post": {
        "operationId": "createEvent", "summary": "Record an event (or merge a duplicate's sources with ?merge=true)",
        "security": SECURITY,
        "parameters": [query("merge", {"type": "string", "enum": ["true", "false"]}, "Merge into an existing duplicate instead of 409."),
                       {"name": "Idempotency-Key", "in": "header", "required": False, "schema": {"type": "string", "minLength": 1, "maxLength": 255},
                        "description": "Retries with the same key and body get the first answer."}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": ref("EventInput")}}},
        "responses": {**ok("Event", "Created", "201", {**ETAG, "Location": {"schema": {"type": "string"}}}),
                      **ok("Event", "Merged into an existing event"),
                      **errors("400", "401", "409", "413", "415", "422")}}},
    "/v1/events/{id}": {
        "get": {"operationId": "getEvent", "summary": "One event", "parameters": [path("id", "Event id")],
                "responses": {**ok("Event", headers=ETAG), **errors("404", "410", "503")}},
        "patch": {"operationId": "patchEvent", "summary": "Correct an event (JSON Merge Patch)", "security": SECURITY,
                  "parameters": [path("id", "Event id"),
                                 {"name": "If-Match", "in": "header", "required": False, "schema": {"type": "string"},
                                  "description": "The ETag of the version being corrected."}],
                  "requestBody": {"required": True, "content": {"application/merge-patch+json": {"schema": {"type": "object"}},
                                                                "application/json": {"schema": {"type": "object"}}}},
                  "responses": {**ok("Event", headers=ETAG), **errors("400", "401", "404", "410", "412", "413", "415", "422")}},
        "delete": {"operationId": "deleteEvent", "summary": "Delete an event (its history keeps a tombstone)", "security": SECURITY,
                   "parameters": [path("id", "Event id"),
                                  {"name": "If-Match", "in": "header", "required": False, "schema": {"type": "string"}}],
                   "responses": {"204": {"description": "Deleted"}, **errors("401", "404", "410", "412")}},
    },
    "/v1/events/{id}/history": {"get": {
        "operationId": "eventHistory", "summary": "Every revision of an event", "parameters": [path("id", "Event id")],
        "responses": {**ok("History"), **errors("404", "503")}}},
    "/v1/ingest": {"post": {
        "operationId": "ingest", "summary": "Extract the events an article reports and store them (or merge them into known ones)",
        "security": SECURITY,
        "parameters": [query("dry_run", {"type": "string", "enum": ["true", "false"]}, "Only show what would be extracted."),
                       query("published", PARTIAL_DATE, "text/plain bodies: the publication date."),
                       query("language", {"type": "string", "enum": ["fr", "en"]}, "text/plain bodies: the language (detected if absent)."),
                       query("url", {"type": "string"}, "text/plain bodies: the article's address."),
                       query("outlet", {"type": "string"}, "text/plain bodies: the publisher.")],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": {"type": "object", "required": ["text", "published"], "properties": {
                "text": {"type": "string", "minLength": 1}, "published": PARTIAL_DATE, "language": {"type": "string", "enum": ["fr", "en"]},
                "url": {"type": "string"}, "outlet": {"type": "string"}}}},
            "text/plain": {"schema": {"type": "string"}}}},
        "responses": {"200": {"description": "What was extracted, created and merged", "content": {"application/json": {"schema": {
            "type": "object", "required": ["language", "dry_run", "created", "merged", "events"],
            "properties": {"language": {"type": "string"}, "dry_run": {"type": "boolean"},
                           "created": {"type": "array", "items": {"type": "string"}}, "merged": {"type": "array", "items": {"type": "string"}},
                           "events": {"type": "array", "items": {"type": "object", "required": ["confidence"], "properties": {
                               "confidence": {"type": "number", "minimum": 0, "maximum": 1,
                                              "description": "How likely the extraction is right (a calibrated probability); the event's own members follow."}}},
                                          "description": "The events stored, merged into or, in a dry run, that would be stored, each with the extractor's confidence."}}}}}},
                      **errors("400", "401", "413", "415"),
                      "422": {"description": "Invalid fields (`errors` names each), or an article that took longer than the extraction limit",
                              "content": {"application/problem+json": {"schema": ref("Problem")}}},
                      "500": {"description": "The extractor failed on this article (its worker ended); nothing was stored",
                              "content": {"application/problem+json": {"schema": ref("Problem")}}},
                      "503": {"description": "No extraction worker came free in time, too many articles were waiting, or the server is shutting down (with `Retry-After`); nothing was stored",
                              "content": {"application/problem+json": {"schema": ref("Problem")}}}}}},
    "/v1/countries/{code}/visits": {"get": {
        "operationId": "countryVisits", "summary": "Visits to, by, or either way for a country",
        "parameters": [path("code", "ISO 3166-1 alpha-2 or alpha-3, any case", "KP"),
                       query("direction", {"type": "string", "enum": ["inbound", "outbound", "any"]}, "inbound: its guests; outbound: its trips; any (default)."),
                       FORMAT]
        + LIST_PARAMETERS,
        "responses": {**listing(), **errors("400", "404")}}},
    "/v1/visits": {"get": {
        "operationId": "bilateralVisits", "summary": "Visits from one country to another",
        "parameters": [query("from_country", COUNTRY, "The visitors' country."), query("to_country", COUNTRY, "The host country."), FORMAT]
        + LIST_PARAMETERS,
        "responses": {**listing(), **errors("400")}}},
    "/v1/actors": {
        "get": {"operationId": "listActors", "summary": "Actors, searched by any of their names",
                "parameters": [query("q", {"type": "string"}, "Name prefix (any language, accents ignored)."),
                               query("limit", {"type": "integer", "minimum": 1, "maximum": 500}, "Page size (default 50)."),
                               query("cursor", {"type": "string"}, "The next_cursor of the previous page.")],
                "responses": {**ok("ActorList"), **errors("400", "503")}},
        "post": {"operationId": "createActor", "summary": "Record an actor", "security": SECURITY,
                 "requestBody": {"required": True, "content": {"application/json": {"schema": ref("ActorInput")}}},
                 "responses": {**ok("Actor", "Created", "201", {"Location": {"schema": {"type": "string"}}}),
                               **errors("400", "401", "409", "413", "415", "422")}},
    },
    "/v1/actors/{id}": {"get": {
        "operationId": "getActor", "summary": "An actor and their events", "parameters": [path("id", "Actor id", "sergei-lavrov")] + LIST_PARAMETERS,
        "responses": {**ok("Actor"), **errors("400", "404", "503")}}},
    "/v1/countries": {"get": {"operationId": "listCountries", "summary": "ISO 3166-1 countries with English and French names",
                              "responses": {**ok("CountryList"), **errors("400", "503")}}},
    "/v1/countries/{code}": {"get": {
        "operationId": "getCountry", "summary": "One country with its visit counts", "parameters": [path("code", "ISO 3166-1 alpha-2 or alpha-3", "RU")],
        "responses": {**ok("Country"), **errors("404", "503")}}},
    "/v1/stats/visits": {"get": {
        "operationId": "visitStatistics", "summary": "Visit counts by country pair and by year",
        "parameters": [query("from", PARTIAL_DATE, "Visits starting on or after."), query("to", PARTIAL_DATE, "Visits starting on or before.")],
        "responses": {**ok("VisitStatistics"), **errors("400", "503")}}},
}

DOCUMENT = {
    "openapi": "3.1.0",
    "info": {
        "title": "Entente",
        "version": "1.0.0",
        "description": "Diplomatic events, one record per real event, with every report attached as evidence. "
                       "Errors are problem documents (RFC 9457). See docs/api.md.",
        "license": {"name": "Proprietary"},
    },
    "servers": [{"url": "http://127.0.0.1:8080"}],
    "paths": PATHS,
    "components": {
        "schemas": SCHEMAS,
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                       "description": "Created with `entente token create NAME`."}},
    },
}


def main():
    text = json.dumps(DOCUMENT, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    (ROOT / "docs" / "openapi.json").write_text(json.dumps(DOCUMENT, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    swift = (
        "// GENERATED by Scripts/generate-openapi.py — edit the script, not this file.\n\n"
        "/// Entente's OpenAPI 3.1 document, served at `GET /openapi.json`.\n"
        "enum OpenAPIDocument {\n"
        "    static let json = #\"\"\"\n" + text + "\n\"\"\"#\n"
        "}\n"
    )
    (ROOT / "Sources" / "EntenteAPI" / "OpenAPI" / "OpenAPIDocument.swift").write_text(swift, encoding="utf-8")
    print(f"wrote docs/openapi.json and OpenAPIDocument.swift: {len(PATHS)} paths")


if __name__ == "__main__":
    main()
