import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore
import Foundation
import Logging
import Testing
import TestSupport

@testable import EntenteAPI

struct ExportTests {
    /// Each format answers with its media type, chosen by `format=` or by `Accept`; a bad format is a 400.
    @Test(arguments: [
        ("ics", "text/calendar; charset=utf-8"), ("csv", "text/csv; charset=utf-8; header=present"), ("ndjson", "application/x-ndjson"),
        ("timelinejs", "application/json"), ("jsonld", "application/ld+json"), ("plover", "application/x-ndjson"), ("json", "application/json"),
    ])
    func formatsHaveTheirMediaTypes(format: String, contentType: String) throws {
        let api = try APIHarness()
        let response = try api.send(.get, "/v1/timeline?format=\(format)")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == contentType)
        #expect(!response.body.isEmpty)
    }

    @Test func acceptHeaderNegotiatesAndBadFormatIs400() throws {
        let api = try APIHarness()
        #expect(try api.send(.get, "/v1/countries/KP/visits", headers: [("Accept", "text/calendar")]).headers["Content-Type"]?.hasPrefix("text/calendar") == true)
        #expect(try api.send(.get, "/v1/visits?from_country=RU", headers: [("Accept", "text/csv;q=0.9")]).headers["Content-Type"]?.hasPrefix("text/csv") == true)
        #expect(try api.send(.get, "/v1/timeline", headers: [("Accept", "text/html, application/json")]).headers["Content-Type"] == "application/json")
        #expect(try api.send(.get, "/v1/timeline?format=pdf").status == .badRequest)
    }

    /// The iCalendar feed: one VEVENT per dated event, stable UIDs, exclusive all-day ends, precision kept, CRLF and folding.
    @Test func icalendarFeed() throws {
        let api = try APIHarness()
        let text = String(decoding: try api.send(.get, "/v1/countries/KP/visits?format=ics&direction=inbound").body, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(text.contains("DTSTART;VALUE=DATE:20180531\r\nDTEND;VALUE=DATE:20180601\r\n"))
        // Galushka's visit is known to the month: a one-day entry on the 1st, precision stated.
        #expect(text.contains("DTSTART;VALUE=DATE:20180301\r\nDTEND;VALUE=DATE:20180302\r\n"))
        #expect(text.contains("SUMMARY:Alexander Galushka visits Pyongyang (2018-03)"))
        #expect(text.contains("X-ENTENTE-PRECISION:month"))
        #expect(text.contains("STATUS:CONFIRMED"))
        #expect(text.contains("CATEGORIES:visit"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "unfolded line: \(line)") }
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Corrections bump SEQUENCE.
        let visits = try api.json(try api.send(.get, "/v1/countries/KP/visits?direction=inbound"))
        let id = try #require(visits[path: "events", 1, "id"]?.stringValue)
        #expect(try api.send(.patch, "/v1/events/\(id)", body: #"{"title":"Lavrov visits Pyongyang, first time since 2009"}"#).status == .ok)
        let corrected = String(decoding: try api.send(.get, "/v1/countries/KP/visits?format=ics&direction=inbound").body, as: UTF8.self)
        #expect(corrected.contains("UID:\(id)@entente\r\n"))
        #expect(corrected.contains("SEQUENCE:1\r\n"))
        #expect(corrected.contains("SUMMARY:Lavrov visits Pyongyang\\, first time since 2009"))
    }

    /// TEXT values escape backslash, semicolon, comma and newlines; long lines fold without splitting a character.
    @Test func icalendarEscapingAndFolding() {
        #expect(ICalendarWriter.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
        var writer = ICalendarWriter(calendarName: String(repeating: "é", count: 60), countryNames: [:])
        let text = writer.finish()
        let folded = text.components(separatedBy: "\r\n").filter { $0.hasPrefix(" ") || $0.hasPrefix("X-WR") }
        #expect(folded.count >= 2)
        for line in folded { #expect(line.utf8.count <= 75) }
        #expect(text.replacingOccurrences(of: "\r\n ", with: "").contains("X-WR-CALNAME:" + String(repeating: "é", count: 60)))
    }

    /// CSV: a header, one row per event, fields with commas, quotes or newlines quoted (RFC 4180).
    @Test func csvRows() throws {
        let api = try APIHarness()
        let text = String(decoding: try api.send(.get, "/v1/timeline?format=csv").body, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == CSVWriter.header.joined(separator: ","))
        #expect(lines.count == 12)
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"\nnow") == "\"say \"\"hi\"\"\nnow\"")
    }

    /// NDJSON is one stored event per line, each a valid event body.
    @Test func ndjsonLines() throws {
        let api = try APIHarness()
        let lines = String(decoding: try api.send(.get, "/v1/timeline?format=ndjson").body, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 11)
        for line in lines { #expect(try JSONParser.parse(String(line))["id"]?.stringValue?.hasPrefix("evt_") == true) }
    }

    /// TimelineJS: partial dates native, a group per country, a unique id per event; undated events left out.
    @Test func timelineJS() throws {
        let api = try APIHarness()
        let document = try api.json(try api.send(.get, "/v1/timeline?format=timelinejs"))
        let events = try #require(document["events"]?.arrayValue)
        #expect(events.count == 10)
        let kimJongIl = try #require(events.first)
        #expect(kimJongIl["start_date"] == .object(JSONObject([("year", .string("2001")), ("display_date", .string("en 2001"))])))
        #expect(kimJongIl["group"] == .string("Russia"))
        #expect(Set(events.compactMap { $0["unique_id"]?.stringValue }).count == 10)
    }

    /// JSON-LD: schema.org Events with status, and summits linked to their sub-events both ways.
    @Test func jsonLD() throws {
        let api = try APIHarness()
        let summit = try api.json(try api.send(.get, "/v1/summits"))
        let summitID = try #require(summit[path: "events", 0, "id"]?.stringValue)
        var body = eventBody(title: "Trump meets Kim", kind: "meeting", actor: "donald-trump", host: "SG", start: "2018-06-12")
        body = body.replacingOccurrences(of: "\"kind\":\"meeting\"", with: "\"kind\":\"meeting\",\"parent\":\"\(summitID)\"")
        let child = try api.json(try api.send(.post, "/v1/events", body: body))
        let graph = try #require(try api.json(try api.send(.get, "/v1/timeline?format=jsonld&from=2018-06"))["@graph"]?.arrayValue)
        let summitNode = try #require(graph.first { $0["additionalType"] == .string("summit") })
        #expect(summitNode["@type"] == .string("Event"))
        #expect(summitNode["eventStatus"] == .string("https://schema.org/EventScheduled"))
        #expect(summitNode[path: "subEvent", 0, "@id"] == .string("/v1/events/\(child["id"]?.stringValue ?? "")"))
        let childNode = try #require(graph.first { $0["additionalType"] == .string("meeting") })
        #expect(childNode[path: "superEvent", "@id"] == .string("/v1/events/\(summitID)"))
    }

    /// PLOVER: a held visit is CONSULT/visit with the visitor as source and the host as target; planned and invitations are AGREE.
    @Test func plover() throws {
        let api = try APIHarness()
        let records = try String(decoding: try api.send(.get, "/v1/timeline?format=plover").body, as: UTF8.self)
            .split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let lavrov = try #require(records.first { $0["eventText"] == .string("Sergei Lavrov visits Pyongyang") })
        #expect(lavrov["event"] == .string("CONSULT"))
        #expect(lavrov["mode"] == .string("visit"))
        #expect(lavrov[path: "source", 0, "actorText"] == .string("Sergei Lavrov"))
        #expect(lavrov[path: "source", 0, "code"] == .string("RUS"))
        #expect(lavrov[path: "target", 0, "code"] == .string("PRK"))
        #expect(records.first { $0["eventText"] == .string("Trump–Kim summit") }?["event"] == .string("AGREE"))
        #expect(records.filter { $0["mode"] == .string("invite") }.allSatisfy { $0["event"] == .string("AGREE") })
    }
}

struct StreamedExportTests {
    /// Without `limit`, an export is the whole listing, streamed past the 500-event page; with `limit`, one page and a Link.
    @Test func exportsStreamTheWholeListing() throws {
        let api = try APIHarness()
        try api.importVisits(1_200)
        let request = try HTTPRequest(method: .get, target: "/v1/timeline?format=ndjson", headers: ["Host": "x"])
        let raw = try api.responder(request, RequestContext(logger: Logger(label: "test")))
        #expect(raw.stream != nil)
        let lines = String(decoding: try raw.collected().body, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1_211)
        #expect(Set(lines.compactMap { try? JSONParser.parse(String($0))["id"]?.stringValue }).count == 1_211)
        let calendar = String(decoding: try api.send(.get, "/v1/countries/FR/visits?format=ics").body, as: UTF8.self)
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1_200)
        #expect(calendar.hasSuffix("END:VCALENDAR\r\n"))
        let graph = try api.json(try api.send(.get, "/v1/timeline?format=jsonld"))
        #expect(graph["@graph"]?.arrayValue?.count == 1_211)
        let paged = try api.send(.get, "/v1/timeline?format=csv&limit=100")
        #expect(paged.stream == nil)
        #expect(String(decoding: paged.body, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 101)
        #expect(paged.headers["Link"]?.contains("rel=\"next\"") == true)
        // The link repeats the filters and the format: following it gives the next page of the same export.
        let filtered = try api.send(.get, "/v1/timeline?format=csv&limit=100&country=FR&min_confidence=0.5")
        let link = try #require(filtered.headers["Link"])
        #expect(link.hasPrefix("<?format=csv&limit=100&country=FR&min_confidence=0.5&cursor="), "\(link)")
        let target = "/v1/timeline" + String(link.dropFirst().prefix { $0 != ">" })
        let second = try api.send(.get, target)
        #expect(second.status == .ok && second.headers["Content-Type"]?.hasPrefix("text/csv") == true)
        func ids(_ response: HTTPResponse) -> Set<Substring> {
            Set(String(decoding: response.body, as: UTF8.self).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
                .compactMap { $0.split(separator: ",").first })
        }
        #expect(ids(filtered).count == 100 && ids(second).count == 100)
        #expect(ids(filtered).isDisjoint(with: ids(second)), "the link leads on, not back to the first page")
        // A format the Accept header chose is written into the link, which alone then leads to the same export.
        let negotiated = try api.send(.get, "/v1/timeline?limit=100", headers: [("Accept", "text/csv")])
        #expect(negotiated.headers["Content-Type"]?.hasPrefix("text/csv") == true)
        #expect(negotiated.headers["Link"]?.hasPrefix("<?limit=100&format=csv&cursor=") == true, "\(negotiated.headers["Link"] ?? "none")")
    }
}
