import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore

/// `GET /`: the timeline page for people, filtered through its query string.
struct PageRoutes {
    let store: EntenteStore

    func register(on router: inout Router) {
        router.get("/") { request, _ in try page(request) }
    }

    func page(_ request: HTTPRequest) throws -> HTTPResponse {
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        var query = parameters.listQuery()
        var filters = TimelinePage.Filters()
        let value = { (name: String) in request.queryValue(name) ?? "" }
        filters.country = value("country")
        filters.actor = value("actor")
        filters.kind = value("kind")
        filters.from = value("from")
        filters.to = value("to")
        filters.q = value("q")
        filters.minConfidence = value("min_confidence")
        if !filters.country.isEmpty { query.country = parameters.country("country") }
        if !filters.actor.isEmpty { query.actor = filters.actor }
        if !filters.kind.isEmpty {
            if store.vocabulary.kinds.contains(filters.kind) { query.kinds = [filters.kind] } else { parameters.issue("kind", "unknown kind") }
        }
        if !filters.q.isEmpty { query.text = String(filters.q.prefix(200)) }
        // Empty form fields are no filter.
        if filters.from.isEmpty { query.from = nil }
        if filters.to.isEmpty { query.to = nil }
        let empty = ["?from": filters.from, "?to": filters.to, "?min_confidence": filters.minConfidence].filter { $0.value.isEmpty }
        let errors = parameters.issues.filter { empty[$0.pointer] == nil }
        var events: [Event] = []
        var next: String?
        if errors.isEmpty {
            let page = try store.timeline(query)
            events = try page.bodies.map { try EventJSON.decode(try JSONParser.parse($0), vocabulary: store.vocabulary) }
            next = page.next?.token
        }
        let names = try store.countryNames()
        let html = TimelinePage(
            events: events, filters: filters, kinds: store.vocabulary.kinds.sorted(), countryNames: names, nextCursor: next,
            errors: errors.map { "\($0.pointer.dropFirst()): \($0.detail)" }
        ).render()
        return HTTPResponse(
            status: errors.isEmpty ? .ok : .badRequest, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(html.utf8))
    }
}
