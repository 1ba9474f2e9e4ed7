import EntenteHTTP
import EntenteJSON
import EntenteModel
import EntenteStore

/// `/v1/countries`, `/v1/countries/{code}`, `/v1/stats/visits`.
struct CountryRoutes {
    let store: EntenteStore
    /// The statistics count every visit leg in their span (about 0.15 s at 200,000 events), and a country its visits:
    /// their answers are kept until the database changes.
    let cache: ResponseCache?

    func register(on router: inout Router) {
        router.get("/v1/countries") { request, _ in try list(request) }
        router.get("/v1/countries/{code}") { request, context in
            let code = try context.parameter("code")
            return try ResponseCache.respond(from: cache, to: request) { try country(code: code) }
        }
        router.get("/v1/stats/visits") { request, _ in
            try ResponseCache.respond(from: cache, to: request) { try statistics(request) }
        }
    }

    private func write(_ country: Country, to writer: inout JSONTextWriter, counts: (inbound: Int, outbound: Int)? = nil) {
        writer.beginObject()
        writer.member("alpha2", country.alpha2)
        writer.optionalMember("alpha3", country.alpha3)
        writer.optionalMember("numeric", country.numeric)
        writer.member("name_en", country.nameEnglish)
        writer.member("name_fr", country.nameFrench)
        writer.optionalMember("official_name_en", country.officialNameEnglish)
        if let counts {
            writer.member("visits_in", counts.inbound)
            writer.member("visits_out", counts.outbound)
        }
        writer.endObject()
    }

    func list(_ request: HTTPRequest) throws -> HTTPResponse {
        try QueryParameters(request, vocabulary: store.vocabulary).check(allowed: [])
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("countries")
        writer.beginArray()
        for country in try store.countries() { write(country, to: &writer) }
        writer.endArray()
        writer.endObject()
        return .json(text: writer.text)
    }

    func country(code: String) throws -> HTTPResponse {
        guard let country = try store.country(code: code) else {
            throw HTTPError(.notFound, detail: "'\(code)' is not an ISO 3166-1 alpha-2 or alpha-3 country code.")
        }
        var writer = JSONTextWriter()
        write(country, to: &writer, counts: try store.visitCounts(country: country.alpha2))
        return .json(text: writer.text)
    }

    func statistics(_ request: HTTPRequest) throws -> HTTPResponse {
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        let from = parameters.date("from")
        let to = parameters.date("to")
        try parameters.check(allowed: ["from", "to"])
        let (pairs, years) = try store.visitStatistics(from: from, to: to)
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.optionalMember("from", from?.description)
        writer.optionalMember("to", to?.description)
        writer.key("pairs")
        writer.beginArray()
        for pair in pairs {
            writer.beginObject()
            writer.member("visitor_country", pair.key)
            writer.member("host_country", pair.secondKey ?? "")
            writer.member("visits", pair.count)
            writer.endObject()
        }
        writer.endArray()
        writer.key("by_year")
        writer.beginArray()
        for year in years {
            writer.beginObject()
            writer.member("year", Int(year.key) ?? 0)
            writer.member("visits", year.count)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return .json(text: writer.text)
    }
}
