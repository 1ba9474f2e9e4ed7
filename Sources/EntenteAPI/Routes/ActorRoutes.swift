import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore

/// `/v1/actors`.
struct ActorRoutes {
    let store: EntenteStore

    func register(on router: inout Router) {
        router.get("/v1/actors") { request, _ in try list(request) }
        router.post("/v1/actors") { request, _ in try create(request) }
        router.get("/v1/actors/{id}") { request, context in try actor(request, id: try context.parameter("id")) }
    }

    func list(_ request: HTTPRequest) throws -> HTTPResponse {
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        var limit = 50
        if let text = request.queryValue("limit") {
            if let value = Int(text), (1...500).contains(value) { limit = value } else { parameters.issue("limit", "must be 1 to 500") }
        }
        try parameters.check(allowed: ["q", "limit", "cursor"])
        let actors = try store.searchActors(query: request.queryValue("q") ?? "", limit: limit + 1, after: request.queryValue("cursor"))
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("actors")
        writer.beginArray()
        for actor in actors.prefix(limit) { EntenteStore.json(actor, writer: &writer) }
        writer.endArray()
        writer.optionalMember("next_cursor", actors.count > limit ? actors[limit - 1].id : nil)
        writer.endObject()
        return .json(text: writer.text)
    }

    /// The actor and the first page of their events (`events_next_cursor` continues on /v1/timeline?actor=).
    func actor(_ request: HTTPRequest, id: String) throws -> HTTPResponse {
        guard let actor = try store.actor(id: id) else { throw HTTPError(.notFound, detail: "No actor with id '\(id)'.") }
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        var query = parameters.listQuery()
        try parameters.check(allowed: QueryParameters.listParameters)
        query.actor = id
        let page = try store.timeline(query)
        var writer = JSONTextWriter()
        EntenteStore.json(actor, writer: &writer)
        var events: [UInt8] = [UInt8(ascii: "[")]
        PageJSON.appendJoined(page.bodies, to: &events)
        events.append(UInt8(ascii: "]"))
        var body = PageJSON.appendingMember(writer.text, name: "events", rawValue: String(decoding: events, as: UTF8.self))
        var cursor = "null"
        if let next = page.next { cursor = "\"\(next.token)\"" }
        body = PageJSON.appendingMember(body, name: "next_cursor", rawValue: cursor)
        return .json(text: body)
    }

    func create(_ request: HTTPRequest) throws -> HTTPResponse {
        let body = try RequestBody.json(request)
        let actor = try decode(body)
        try mapStoreErrors { _ = try store.createActor(actor) }
        guard let created = try store.actor(id: actor.id) else { throw HTTPError(.internalServerError) }
        var writer = JSONTextWriter()
        EntenteStore.json(created, writer: &writer)
        var response = HTTPResponse.json(text: writer.text, status: .created)
        response.headers["Location"] = "/v1/actors/\(actor.id)"
        return response
    }

    /// Validates an actor body: `name` required; `id`, `kind`, `country`, `aliases`, `offices`, `wikidata_id` optional.
    private func decode(_ value: JSONValue) throws -> Actor {
        guard case .object(let object) = value else { throw HTTPError(validation: [ValidationIssue("", "the body must be a JSON object")]) }
        var issues: [ValidationIssue] = []
        for key in object.keys where !["id", "name", "kind", "country", "aliases", "offices", "wikidata_id"].contains(key) {
            issues.append(ValidationIssue("/\(key)", "unknown field"))
        }
        func string(_ key: String, _ value: JSONValue?, pointer: String) -> String? {
            guard let value, !value.isNull else { return nil }
            guard let text = value.stringValue, !text.isEmpty, text.count <= 300 else {
                issues.append(ValidationIssue(pointer, "must be a non-empty string of at most 300 characters"))
                return nil
            }
            return text
        }
        let name = string("name", object["name"], pointer: "/name")
        if name == nil && (object["name"] == nil || object["name"] == .null) { issues.append(ValidationIssue("/name", "is required")) }
        var actor = Actor(id: "", name: name ?? "")
        if let id = string("id", object["id"], pointer: "/id") {
            if id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) && id.count <= 80 {
                actor.id = id
            } else {
                issues.append(ValidationIssue("/id", "must be a slug: lowercase letters, digits and hyphens"))
            }
        } else if let name {
            actor.id = Actor.slug(for: name)
        }
        if let kind = string("kind", object["kind"], pointer: "/kind") {
            if let parsed = Actor.Kind(rawValue: kind) { actor.kind = parsed } else { issues.append(ValidationIssue("/kind", "must be person or organisation")) }
        }
        if let code = string("country", object["country"], pointer: "/country") {
            if let alpha2 = store.vocabulary.country(code) { actor.country = alpha2 } else { issues.append(ValidationIssue("/country", "unknown country code '\(code)'")) }
        }
        actor.wikidataID = string("wikidata_id", object["wikidata_id"], pointer: "/wikidata_id")
        if let aliases = object["aliases"], !aliases.isNull {
            if case .array(let elements) = aliases {
                for (index, element) in elements.enumerated() {
                    let language = string("language", element["language"], pointer: "/aliases/\(index)/language")
                    let alias = string("name", element["name"], pointer: "/aliases/\(index)/name")
                    if let language, let alias { actor.aliases.append(.init(language: language, name: alias)) } else if language == nil || alias == nil {
                        issues.append(ValidationIssue("/aliases/\(index)", "needs a language and a name"))
                    }
                }
            } else {
                issues.append(ValidationIssue("/aliases", "must be an array"))
            }
        }
        if let offices = object["offices"], !offices.isNull {
            if case .array(let elements) = offices {
                for (index, element) in elements.enumerated() {
                    guard let office = string("office", element["office"], pointer: "/offices/\(index)/office") else {
                        issues.append(ValidationIssue("/offices/\(index)/office", "is required"))
                        continue
                    }
                    var entry = Actor.Office(office: office, country: nil, start: nil, end: nil)
                    if let code = string("country", element["country"], pointer: "/offices/\(index)/country") {
                        entry.country = store.vocabulary.country(code)
                        if entry.country == nil { issues.append(ValidationIssue("/offices/\(index)/country", "unknown country code '\(code)'")) }
                    }
                    for key in ["start", "end"] {
                        guard let text = string(key, element[key], pointer: "/offices/\(index)/\(key)") else { continue }
                        guard let date = PartialDate(text) else {
                            issues.append(ValidationIssue("/offices/\(index)/\(key)", "'\(text)' is not a date YYYY, YYYY-MM or YYYY-MM-DD"))
                            continue
                        }
                        if key == "start" { entry.start = date } else { entry.end = date }
                    }
                    actor.offices.append(entry)
                }
            } else {
                issues.append(ValidationIssue("/offices", "must be an array"))
            }
        }
        if !issues.isEmpty { throw HTTPError(validation: issues) }
        return actor
    }
}
