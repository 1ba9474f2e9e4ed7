import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore

/// Answers a list of events in the negotiated format: the spliced JSON page, or an export.
///
/// An export without `limit` is the whole listing, streamed page by page; with `limit` it is one
/// page, and `Link: rel=next` points at the following one.
struct EventListResponse: Sendable {
    let store: EntenteStore

    /// - Parameter title: names the calendar or timeline ("Visits to North Korea").
    func respond(
        _ request: HTTPRequest, query: TimelineQuery, format: ExportFormat, title: String, leading: [(String, String)] = [],
        fetch: @escaping @Sendable (TimelineQuery) throws -> EventPage
    ) throws -> HTTPResponse {
        if format != .json && request.queryValue("limit") == nil {
            return try stream(query, format: format, title: title, fetch: fetch)
        }
        return try respond(try fetch(query), format: format, title: title, leading: leading, request: request, minConfidence: query.minConfidence)
    }

    /// - Parameters:
    ///   - request: the request this page answers; the next page's link repeats its parameters.
    ///   - minConfidence: the listing's confidence floor, which a summit's sub-events follow too.
    func respond(
        _ page: EventPage, format: ExportFormat, title: String, leading: [(String, String)] = [], request: HTTPRequest? = nil,
        minConfidence: Double? = nil
    ) throws -> HTTPResponse {
        var response: HTTPResponse
        switch format {
        case .json:
            response = PageJSON.response(page, leading: leading)
        case .ndjson:
            response = HTTPResponse(body: Array(page.bodies.map { $0 + "\n" }.joined().utf8))
        case .ics:
            var writer = ICalendarWriter(calendarName: title, countryNames: try countryNames())
            for event in try events(page) { writer.add(event) }
            response = HTTPResponse(body: Array(writer.finish().utf8))
        case .csv:
            response = HTTPResponse(body: Array(CSVWriter.write(try events(page)).utf8))
        case .timelinejs:
            response = HTTPResponse(body: Array(TimelineJSWriter.write(try events(page), title: title, countryNames: try countryNames()).utf8))
        case .jsonld:
            let events = try events(page)
            var children: [String: [String]] = [:]
            for event in events where event.content.kind == "summit" {
                children[event.id] = try store.children(of: event.id, minConfidence: minConfidence).compactMap {
                    try JSONParser.parse($0)["id"]?.stringValue
                }
            }
            response = HTTPResponse(body: Array(JSONLDWriter.write(events, children: children).utf8))
        case .plover:
            let countries = try store.countries()
            var alpha3: [String: String] = [:]
            for country in countries { alpha3[country.alpha2] = country.alpha3 }
            response = HTTPResponse(
                body: Array(PLOVERWriter.write(try events(page), alpha3: alpha3, countryNames: try countryNames()).utf8))
        }
        response.headers["Content-Type"] = format.contentType
        response.headers.add(name: "Vary", value: "Accept")
        if let next = page.next, format != .json {
            // Exports are pages too: the next one is linked (RFC 8288).
            // (A query-only reference replaces the whole query: the filters and the format are repeated, the format also
            // when the Accept header chose it, so the link alone leads to the same export.)
            var kept = (request?.query ?? []).filter { $0.name != "cursor" }
            if !kept.contains(where: { $0.name == "format" }) { kept.append((name: "format", value: format.rawValue)) }
            kept.append((name: "cursor", value: next.token))
            let query = kept.map { HTML.queryEscape($0.name) + "=" + HTML.queryEscape($0.value) }.joined(separator: "&")
            response.headers.add(name: "Link", value: "<?\(query)>; rel=\"next\"")
        }
        return response
    }

    /// Streams every event of the listing in an export format, page by page (500 at a time), so a
    /// whole export never sits in memory; `fetch` reads one page of the listing for a query.
    func stream(
        _ query: TimelineQuery, format: ExportFormat, title: String,
        fetch: @escaping @Sendable (TimelineQuery) throws -> EventPage
    ) throws -> HTTPResponse {
        let names = try countryNames()
        var alpha3: [String: String] = [:]
        for country in try store.countries() { alpha3[country.alpha2] = country.alpha3 }
        let table = alpha3
        var query = query
        query.limit = TimelineQuery.maxLimit
        query.cursor = nil
        // The first page is read before the answer's head goes: a query stopped at the time limit is then still a 503.
        // (One stopped on a later page cuts the stream short, and the log says so.)
        let firstPage = try fetch(query)
        var response = HTTPResponse(headers: ["Content-Type": format.contentType, "Vary": "Accept"])
        let exporter = self
        response.stream = { [query] writer in
            var query = query
            var pending: EventPage? = firstPage
            var calendar = ICalendarWriter(calendarName: title, countryNames: names)
            var first = true
            switch format {
            case .csv: try writer.write(CSVWriter.row(CSVWriter.header))
            case .ics: try writer.write(calendar.take())
            case .jsonld: try writer.write(JSONLDWriter.prefix)
            case .timelinejs: try writer.write(TimelineJSWriter.prefix(title: title))
            case .json, .ndjson, .plover: break
            }
            while true {
                let page = try pending ?? fetch(query)
                pending = nil
                switch format {
                case .ndjson:
                    try writer.write(page.bodies.map { $0 + "\n" }.joined())
                case .csv:
                    try writer.write(CSVWriter.write(try exporter.events(page), header: false))
                case .plover:
                    try writer.write(PLOVERWriter.write(try exporter.events(page), alpha3: table, countryNames: names))
                case .ics:
                    for event in try exporter.events(page) { calendar.add(event) }
                    try writer.write(calendar.take())
                case .jsonld, .timelinejs:
                    for event in try exporter.events(page) {
                        let item: String?
                        if format == .jsonld {
                            let children = event.content.kind == "summit"
                                ? try exporter.store.children(of: event.id, minConfidence: query.minConfidence).compactMap {
                                    try JSONParser.parse($0)["id"]?.stringValue
                                } : []
                            item = JSONLDWriter.node(event, children: children)
                        } else {
                            item = TimelineJSWriter.item(event, countryNames: names)
                        }
                        guard let item else { continue }
                        try writer.write((first ? "" : ",") + item)
                        first = false
                    }
                case .json:
                    break
                }
                guard let next = page.next else { break }
                query.cursor = next
            }
            switch format {
            case .ics: try writer.write(calendar.finish())
            case .jsonld: try writer.write(JSONLDWriter.suffix)
            case .timelinejs: try writer.write(TimelineJSWriter.suffix)
            default: break
            }
        }
        return response
    }

    private func events(_ page: EventPage) throws -> [Event] {
        try page.bodies.map { try EventJSON.decode(try JSONParser.parse($0), vocabulary: store.vocabulary) }
    }

    private func countryNames() throws -> [String: String] { try store.countryNames() }
}
