import EntenteAPI
import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore
import Foundation
import Logging
import Prometheus
import Foundation
import TestSupport

/// The application in process: a request value in, a response value out, on a temporary database with the sample.
final class APIHarness {
    let fixture: TemporaryStore
    let responder: HTTPResponder
    let token: String
    let registry = PrometheusCollectorRegistry()

    init(requireTokenForReads: Bool = false, sample: Bool = true, extraction: any ArticleExtraction = InProcessExtraction()) throws {
        fixture = try TemporaryStore(sample: sample, metrics: PrometheusMetricsFactory(registry: registry))
        token = try fixture.store.createToken(name: "tester")
        responder = EntenteApplication(
            store: fixture.store, configuration: .init(requireTokenForReads: requireTokenForReads, extraction: extraction), registry: registry
        ).makeResponder()
    }

    /// Sends a request; `authorized` adds the bearer token.
    func send(
        _ method: HTTPMethod, _ target: String, body: String? = nil, contentType: String? = "application/json",
        headers: [(String, String)] = [], authorized: Bool = true
    ) throws -> HTTPResponse {
        var fields: HTTPHeaders = ["Host": "test"]
        if authorized { fields.add(name: "Authorization", value: "Bearer \(token)") }
        if body != nil, let contentType { fields.add(name: "Content-Type", value: contentType) }
        for (name, value) in headers { fields.add(name: name, value: value) }
        let request = try HTTPRequest(method: method, target: target, headers: fields, body: Array((body ?? "").utf8))
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        // A streamed export is run to its end, as a client would read it.
        return try responder(request, RequestContext(logger: logger)).collected()
    }

    /// The response body parsed as JSON.
    func json(_ response: HTTPResponse) throws -> JSONValue { try JSONParser.parse(response.body) }

    /// Stores `count` visits by Sergei Lavrov to France, spread over 1990–2019, in one import: a listing longer than a page.
    func importVisits(_ count: Int) throws {
        let events = (0..<count).map { index in
            EventContent(
                kind: "visit", title: "Visit \(index)", date: EventDate(start: PartialDate(year: 1990 + index % 30, month: 1 + index % 12)),
                hostCountry: "FR", participants: [Participant(actorID: "sergei-lavrov", name: "Sergei Lavrov", country: "RU", role: "visitor")])
        }
        try fixture.store.importEvents(events, author: "test")
    }
}

extension JSONValue {
    /// The member at a path of keys and indexes: `value[path: "events", 0, "title"]`.
    subscript(path path: Any...) -> JSONValue? {
        var current: JSONValue? = self
        for step in path {
            if let key = step as? String { current = current?[key] } else if let index = step as? Int {
                guard let array = current?.arrayValue, array.indices.contains(index) else { return nil }
                current = array[index]
            }
        }
        return current
    }

    var count: Int { arrayValue?.count ?? 0 }
}

/// A valid event body.
func eventBody(title: String = "Lavrov in Paris", kind: String = "visit", actor: String = "sergei-lavrov", host: String = "FR", start: String = "2019-03-01") -> String {
    """
    {"kind":"\(kind)","title":"\(title)","date":{"start":"\(start)"},"host_country":"\(host)",
     "participants":[{"actor":"\(actor)"}],"sources":[{"url":"https://example.org/\(title.count)","outlet":"Example","evidence":"\(title)."}]}
    """

}
