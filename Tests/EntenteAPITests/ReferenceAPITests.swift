import EntenteHTTP
import EntenteJSON
import Testing

struct ReferenceAPITests {
    /// Visits by country: inbound, outbound, any; alpha-3 and any case; unknown code 404; bad direction 400.
    @Test func countryVisits() throws {
        let api = try APIHarness()
        let inbound = try api.json(try api.send(.get, "/v1/countries/KP/visits?direction=inbound"))
        #expect(inbound["events"]?.arrayValue?.compactMap { $0["title"]?.stringValue }
            == ["Alexander Galushka visits Pyongyang", "Sergei Lavrov visits Pyongyang"])
        let outbound = try api.json(try api.send(.get, "/v1/countries/prk/visits?direction=outbound"))
        #expect(outbound["events"]?.count == 3)
        #expect(outbound["country"] == .string("KP"))
        #expect(try api.json(try api.send(.get, "/v1/countries/kp/visits"))["events"]?.count == 5)
        #expect(try api.json(try api.send(.get, "/v1/countries/KP/visits?from=2018&to=2018-04"))["events"]?.count == 2)
        #expect(try api.send(.get, "/v1/countries/XX/visits").status == .notFound)
        #expect(try api.send(.get, "/v1/countries/KP/visits?direction=sideways").status == .badRequest)
    }

    /// The bilateral view, and its one-sided forms.
    @Test func bilateralVisits() throws {
        let api = try APIHarness()
        let bilateral = try api.json(try api.send(.get, "/v1/visits?from_country=RU&to_country=KP"))
        #expect(bilateral["events"]?.count == 2)
        #expect(try api.json(try api.send(.get, "/v1/visits?from_country=KP&to_country=RU"))["events"]?.count == 3)
        #expect(try api.json(try api.send(.get, "/v1/visits?to_country=RUS"))["events"]?.count == 3)
        #expect(try api.send(.get, "/v1/visits").status == .badRequest)
        // Found by schemathesis: an empty code once reached a precondition and crashed the server.
        #expect(try api.send(.get, "/v1/visits?to_country=").status == .badRequest)
        #expect(try api.send(.get, "/v1/timeline?from=&to=").status == .badRequest)
        #expect(try api.send(.get, "/v1/visits?from_country=Narnia").status == .badRequest)
    }

    /// Countries with English and French names and visit counts.
    @Test func countries() throws {
        let api = try APIHarness()
        let list = try api.json(try api.send(.get, "/v1/countries"))
        #expect((list["countries"]?.count ?? 0) > 240)
        let korea = try api.json(try api.send(.get, "/v1/countries/prk"))
        #expect(korea["alpha2"] == .string("KP"))
        #expect(korea["name_fr"] == .string("Corée du Nord"))
        #expect(korea["visits_in"] == .number(2))
        #expect(korea["visits_out"] == .number(3))
        #expect(try api.send(.get, "/v1/countries/ZZZ").status == .notFound)
    }

    /// Actors: search across languages' spellings, detail with events, creation (201, 409 on a taken id, 422 when invalid).
    @Test func actors() throws {
        let api = try APIHarness()
        let search = try api.json(try api.send(.get, "/v1/actors?q=serguei"))
        #expect(search[path: "actors", 0, "id"] == .string("sergei-lavrov"))
        #expect(try api.json(try api.send(.get, "/v1/actors?q=lavrov"))[path: "actors", 0, "id"] == .string("sergei-lavrov"))
        #expect(try api.json(try api.send(.get, "/v1/actors?limit=3"))["actors"]?.count == 3)
        let lavrov = try api.json(try api.send(.get, "/v1/actors/sergei-lavrov"))
        #expect(lavrov[path: "offices", 0, "office"] == .string("foreign minister"))
        #expect(lavrov["events"]?.count == 5)
        #expect(try api.send(.get, "/v1/actors/nobody").status == .notFound)
        let body = #"{"name":"Emmanuel Macron","country":"FRA","aliases":[{"language":"fr","name":"Emmanuel Macron"}],"offices":[{"office":"president","country":"FR","start":"2017-05-14"}]}"#
        let created = try api.send(.post, "/v1/actors", body: body)
        #expect(created.status == .created)
        #expect(created.headers["Location"] == "/v1/actors/emmanuel-macron")
        #expect(try api.json(created)["country"] == .string("FR"))
        #expect(try api.send(.post, "/v1/actors", body: body).status == .conflict)
        #expect(try api.send(.post, "/v1/actors", body: #"{"name":"","kind":"robot","offices":[{"start":"x"}]}"#).status.code == 422)
        #expect(try api.send(.post, "/v1/actors", body: body, authorized: false).status == .unauthorized)
    }

    /// Visit statistics by country pair and by year.
    @Test func visitStatistics() throws {
        let api = try APIHarness()
        let stats = try api.json(try api.send(.get, "/v1/stats/visits?from=2001&to=2018"))
        #expect(stats[path: "pairs", 0, "visitor_country"] == .string("KP"))
        #expect(stats[path: "pairs", 0, "host_country"] == .string("RU"))
        #expect(stats[path: "pairs", 0, "visits"] == .number(3))
        #expect(stats["by_year"]?.arrayValue?.compactMap { $0["year"] } == [.number(2001), .number(2002), .number(2018)])
        #expect(try api.send(.get, "/v1/stats/visits?from=last-year").status == .badRequest)
    }
}
