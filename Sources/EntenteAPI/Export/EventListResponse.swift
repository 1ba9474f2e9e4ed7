import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore

/// Answers a list of events in the negotiated format: the spliced JSON page, or an export.
struct EventListResponse {
    let store: EntenteStore

    /// - Parameter title: names the calendar or timeline ("Visits to North Korea").
    func respond(_ page: EventPage, format: ExportFormat, title: String, leading: [(String, String)] = []) throws -> HTTPResponse {
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
                children[event.id] = try store.children(of: event.id).compactMap { try JSONParser.parse($0)["id"]?.stringValue }
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
            response.headers.add(name: "Link", value: "<?cursor=\(next.token)>; rel=\"next\"")
        }
        return response
    }

    private func events(_ page: EventPage) throws -> [Event] {
        try page.bodies.map { try EventJSON.decode(try JSONParser.parse($0), vocabulary: store.vocabulary) }
    }

    private func countryNames() throws -> [String: String] {
        var names: [String: String] = [:]
        for country in try store.countries() { names[country.alpha2] = country.nameEnglish }
        return names
    }
}
