import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore

/// `/v1/timeline`, `/v1/events…`, `/v1/meetings`, `/v1/summits`.
struct EventRoutes {
    let store: EntenteStore
    let cache: ResponseCache?

    func register(on router: inout Router) {
        router.get("/v1/timeline") { request, _ in try cached(request) { try timeline(request) } }
        router.get("/v1/meetings") { request, _ in try cached(request) { try timeline(request, kinds: ["meeting", "talks"]) } }
        router.get("/v1/summits") { request, _ in try cached(request) { try summits(request) } }
        router.post("/v1/events") { request, context in try create(request, context: context) }
        router.get("/v1/events/{id}") { _, context in try event(id: try context.parameter("id")) }
        router.patch("/v1/events/{id}") { request, context in try patch(request, context: context) }
        router.delete("/v1/events/{id}") { request, context in try delete(request, context: context) }
        router.get("/v1/events/{id}/history") { _, context in try history(id: try context.parameter("id")) }
    }

    static func etag(version: Int) -> String { "\"v\(version)\"" }

    private func cached(_ request: HTTPRequest, _ produce: () throws -> HTTPResponse) throws -> HTTPResponse {
        try ResponseCache.respond(from: cache, to: request, produce)
    }

    // MARK: - Lists

    static let timelineParameters = QueryParameters.listParameters.union(["country", "actor", "kind", "q", "format"])

    private func timelineQuery(_ request: HTTPRequest, kinds fixedKinds: [String]?) throws -> (TimelineQuery, ExportFormat) {
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        let format = ExportFormat.negotiate(request, parameters: &parameters)
        var query = parameters.listQuery()
        query.country = parameters.country("country")
        if let actor = request.queryValue("actor"), !actor.isEmpty { query.actor = actor }
        if let fixedKinds {
            query.kinds = fixedKinds
        } else if let kinds = request.queryValue("kind"), !kinds.isEmpty {
            query.kinds = kinds.split(separator: ",").map { String($0.trimmingOWS()) }
            for kind in query.kinds where !store.vocabulary.kinds.contains(kind) {
                parameters.issue("kind", "unknown kind '\(kind)'; one of \(store.vocabulary.kinds.sorted().joined(separator: ", "))")
            }
        }
        if let text = request.queryValue("q") {
            if text.trimmingOWS().isEmpty || text.count > 200 {
                parameters.issue("q", "must be 1 to 200 characters of text")
            } else {
                query.text = text
            }
        }
        try parameters.check(allowed: fixedKinds == nil ? Self.timelineParameters : Self.timelineParameters.subtracting(["kind"]))
        return (query, format)
    }

    func timeline(_ request: HTTPRequest, kinds: [String]? = nil) throws -> HTTPResponse {
        let (query, format) = try timelineQuery(request, kinds: kinds)
        let title = kinds == nil ? "Entente timeline" : "Entente: \(kinds!.joined(separator: ", "))"
        let store = self.store
        return try EventListResponse(store: store).respond(request, query: query, format: format, title: title) { try store.timeline($0) }
    }

    /// Summits, each with its sub-events (the meetings held at it) under `sub_events`.
    func summits(_ request: HTTPRequest) throws -> HTTPResponse {
        let (query, format) = try timelineQuery(request, kinds: ["summit"])
        let store = self.store
        if format != .json {
            return try EventListResponse(store: store).respond(request, query: query, format: format, title: "Entente: summits") {
                try store.timeline($0)
            }
        }
        var page = try store.timeline(query)
        for (index, id) in page.ids.enumerated() {
            var children: [UInt8] = [UInt8(ascii: "[")]
            PageJSON.appendJoined(try store.children(of: id, minConfidence: query.minConfidence), to: &children)
            children.append(UInt8(ascii: "]"))
            page.bodies[index] = PageJSON.appendingMember(page.bodies[index], name: "sub_events", rawValue: String(decoding: children, as: UTF8.self))
        }
        return PageJSON.response(page)
    }

    // MARK: - One event

    func event(id: String) throws -> HTTPResponse {
        guard let stored = try store.storedEvent(id: id) else { throw HTTPError(.notFound, detail: "No event with id '\(id)'.") }
        if stored.deleted { throw HTTPError(StoreError.gone(id)) }
        var response = HTTPResponse.json(text: stored.body)
        response.headers["ETag"] = Self.etag(version: stored.version)
        return response
    }

    func history(id: String) throws -> HTTPResponse {
        let revisions = try mapStoreErrors { try store.history(id: id) }
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.member("event_id", id)
        writer.key("revisions")
        writer.beginArray()
        for revision in revisions {
            writer.beginObject()
            writer.member("version", revision.version)
            writer.member("action", revision.action)
            writer.member("author", revision.author)
            writer.member("at", revision.at)
            writer.optionalMember("reason", revision.reason)
            writer.key("event")
            if let body = revision.body { writer.raw(body) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return .json(text: writer.text)
    }

    // MARK: - Writes

    func create(_ request: HTTPRequest, context: RequestContext) throws -> HTTPResponse {
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        let mergeText = request.queryValue("merge") ?? "false"
        if mergeText != "true" && mergeText != "false" { parameters.issue("merge", "must be true or false") }
        try parameters.check(allowed: ["merge"])
        let principal = context.principal ?? "anonymous"
        let idempotencyKey = request.headers["Idempotency-Key"]
        let requestHash = SHA256.hex([UInt8]("POST /v1/events?merge=\(mergeText)\n".utf8) + request.body)
        if let key = idempotencyKey {
            guard (1...255).contains(key.count) else {
                throw HTTPError(.badRequest, detail: "Idempotency-Key must be 1 to 255 characters.")
            }
            if let saved = try store.idempotentResponse(key: key, principal: principal) {
                guard saved.requestHash == requestHash else {
                    throw HTTPError(
                        .unprocessableContent, type: ProblemType.idempotency,
                        detail: "Idempotency-Key '\(key)' was used for a different request.")
                }
                var replay = HTTPResponse.json(text: saved.body, status: HTTPStatus(code: saved.status))
                if let location = saved.location { replay.headers["Location"] = location }
                replay.headers["Idempotent-Replayed"] = "true"
                return replay
            }
        }
        var decoder = EventDecoder(vocabulary: store.vocabulary)
        let content = try mapStoreErrors { try decoder.decode(try RequestBody.json(request)) }
        let outcome = try mapStoreErrors {
            try store.submit(content, author: principal, onDuplicate: mergeText == "true" ? .merge : .reject)
        }
        var response: HTTPResponse
        switch outcome {
        case .created(let event):
            response = .json(text: EventJSON.encode(event), status: .created)
            response.headers["Location"] = "/v1/events/\(event.id)"
            response.headers["ETag"] = Self.etag(version: event.version)
        case .merged(let event):
            response = .json(text: EventJSON.encode(event), status: .ok)
            response.headers["Content-Location"] = "/v1/events/\(event.id)"
            response.headers["ETag"] = Self.etag(version: event.version)
        }
        if let key = idempotencyKey {
            try store.saveIdempotentResponse(
                key: key, principal: principal,
                response: IdempotentResponse(
                    requestHash: requestHash, status: response.status.code,
                    location: response.headers["Location"] ?? response.headers["Content-Location"],
                    body: String(decoding: response.body, as: UTF8.self)))
        }
        return response
    }

    /// JSON Merge Patch (RFC 7396) on the event as GET shows it; the result is validated as a whole.
    func patch(_ request: HTTPRequest, context: RequestContext) throws -> HTTPResponse {
        let id = try context.parameter("id")
        let patch = try RequestBody.json(request, accepting: ["application/merge-patch+json", "application/json"])
        guard case .object = patch else {
            throw HTTPError(validation: [ValidationIssue("", "a merge patch must be a JSON object")])
        }
        guard let stored = try store.storedEvent(id: id) else { throw HTTPError(.notFound, detail: "No event with id '\(id)'.") }
        if stored.deleted { throw HTTPError(StoreError.gone(id)) }
        let expected = try expectedVersion(request)
        if let expected, expected != stored.version { throw HTTPError(StoreError.versionMismatch(current: stored.version)) }
        var document = try JSONParser.parse(stored.body).merging(patch: patch)
        if case .object(var object) = document {
            for field in EventJSON.serverManagedFields { object[field] = nil }
            document = .object(object)
        }
        var decoder = EventDecoder(vocabulary: store.vocabulary)
        let content = try mapStoreErrors { try decoder.decode(document) }
        let event = try mapStoreErrors {
            try store.update(id: id, content: content, expectedVersion: expected ?? stored.version, author: context.principal ?? "anonymous")
        }
        var response = HTTPResponse.json(text: EventJSON.encode(event))
        response.headers["ETag"] = Self.etag(version: event.version)
        return response
    }

    func delete(_ request: HTTPRequest, context: RequestContext) throws -> HTTPResponse {
        let id = try context.parameter("id")
        let expected = try expectedVersion(request)
        try mapStoreErrors { try store.delete(id: id, expectedVersion: expected, author: context.principal ?? "anonymous") }
        return HTTPResponse(status: .noContent)
    }

    /// The version named by `If-Match` (`"v3"`), or `nil` without the header.
    private func expectedVersion(_ request: HTTPRequest) throws -> Int? {
        guard let header = request.headers["If-Match"] else { return nil }
        if header.trimmingOWS() == "*" { return nil }
        for tag in header.split(separator: ",") {
            let text = ConditionalRequestMiddleware.normalize(String(tag.trimmingOWS()))
            if text.hasPrefix("\"v"), text.hasSuffix("\""), let version = Int(text.dropFirst(2).dropLast()) { return version }
        }
        throw HTTPError(.preconditionFailed, type: ProblemType.stale, detail: "If-Match names no version of this event (expected a tag like \"v3\").")
    }
}
