import EntenteHTTP
import EntenteModel
import EntenteStore

/// `/v1/countries/{code}/visits` and `/v1/visits` (bilateral).
struct VisitRoutes {
    let store: EntenteStore
    let cache: ResponseCache?

    func register(on router: inout Router) {
        router.get("/v1/countries/{code}/visits") { request, context in
            let code = try context.parameter("code")
            return try cached(request) { try countryVisits(request, code: code) }
        }
        router.get("/v1/visits") { request, _ in try cached(request) { try visits(request) } }
    }

    private func cached(_ request: HTTPRequest, _ produce: () throws -> HTTPResponse) throws -> HTTPResponse {
        try ResponseCache.respond(from: cache, to: request, produce)
    }

    func countryVisits(_ request: HTTPRequest, code: String) throws -> HTTPResponse {
        guard let country = store.vocabulary.country(code) else {
            throw HTTPError(.notFound, detail: "'\(code)' is not an ISO 3166-1 alpha-2 or alpha-3 country code.")
        }
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        let query = parameters.listQuery()
        let format = ExportFormat.negotiate(request, parameters: &parameters)
        let directionText = request.queryValue("direction") ?? "any"
        let direction = VisitDirection(rawValue: directionText)
        if direction == nil { parameters.issue("direction", "must be inbound, outbound or any") }
        try parameters.check(allowed: QueryParameters.listParameters.union(["direction", "format"]))
        let title = "Entente: visits \(direction == .inbound ? "to" : direction == .outbound ? "by" : "to and by") \(country)"
        let (store, way) = (self.store, direction!)
        return try EventListResponse(store: store).respond(
            request, query: query, format: format, title: title, leading: [("country", country), ("direction", directionText)]
        ) { try store.visits(country: country, direction: way, query: $0) }
    }

    /// Visits from one country to another; with only one side given, that country's trips or guests.
    func visits(_ request: HTTPRequest) throws -> HTTPResponse {
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        let query = parameters.listQuery()
        let format = ExportFormat.negotiate(request, parameters: &parameters)
        let from = parameters.country("from_country")
        let to = parameters.country("to_country")
        try parameters.check(allowed: QueryParameters.listParameters.union(["from_country", "to_country", "format"]))
        var leading: [(String, String)] = []
        if let from { leading.append(("from_country", from)) }
        if let to { leading.append(("to_country", to)) }
        let fetch: @Sendable (TimelineQuery) throws -> EventPage
        let store = self.store
        switch (from, to) {
        case (let from?, let to?): fetch = { try store.bilateralVisits(from: from, to: to, query: $0) }
        case (let from?, nil): fetch = { try store.visits(country: from, direction: .outbound, query: $0) }
        case (nil, let to?): fetch = { try store.visits(country: to, direction: .inbound, query: $0) }
        case (nil, nil):
            throw HTTPError(
                .badRequest, type: "https://entente.dev/problems/bad-query", title: "Invalid query parameters",
                detail: "Give from_country, to_country or both.",
                errors: [.init(pointer: "?from_country", detail: "give from_country, to_country or both")])
        }
        let title = "Entente: visits" + (from.map { " from \($0)" } ?? "") + (to.map { " to \($0)" } ?? "")
        return try EventListResponse(store: store).respond(request, query: query, format: format, title: title, leading: leading, fetch: fetch)
    }
}
