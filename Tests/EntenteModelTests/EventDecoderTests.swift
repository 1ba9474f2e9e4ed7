import EntenteJSON
import EntenteModel
import Testing

struct EventDecoderTests {
    static let vocabulary = Vocabulary(
        kinds: ["visit", "meeting", "summit"], roles: ["visitor", "host", "participant"],
        countries: ["RU": "RU", "RUS": "RU", "KP": "KP", "PRK": "KP", "FR": "FR"])

    private func decode(_ text: String) throws(ValidationError) -> EventContent {
        var decoder = EventDecoder(vocabulary: Self.vocabulary)
        return try decoder.decode(try! JSONParser.parse(text))
    }

    /// A complete body decodes with its defaults (status held, role visitor for a visit) and normalised codes.
    @Test func decodesCompleteBody() throws {
        let content = try decode(
            """
            {"kind":"visit","title":"Lavrov in Pyongyang","date":{"start":"2018-05-31","precision":"day","time":"10:30","time_zone":"Asia/Pyongyang"},
             "location":{"place":"Pyongyang","country":"prk","latitude":39.03,"longitude":125.75},"host_country":"PRK",
             "participants":[{"actor":"sergei-lavrov","country":"rus"}],
             "sources":[{"url":"https://example.org/a","published":"2018-05-31","language":"fr","evidence":"…"}]}
            """)
        #expect(content.status == .held)
        #expect(content.hostCountry == "KP")
        #expect(content.location?.country == "KP")
        #expect(content.participants == [Participant(actorID: "sergei-lavrov", name: "", country: "RU", role: "visitor")])
        #expect(content.date.sortKey == "20180531210:30")
        #expect(content.sources.first?.published?.description == "2018-05-31")
    }

    /// Every bad field is named by its JSON Pointer, all in one answer.
    @Test func namesEveryBadField() {
        do {
            _ = try decode(
                """
                {"kind":"parade","status":"maybe","title":"","date":{"start":"2018-13","time":"25:00"},"host_country":"XX",
                 "participants":[{"role":"king"},{"actor":5}],"sources":[{"url":"ftp://x","language":"French"}],"colour":"red",
                 "location":{"latitude":100}}
                """)
            Issue.record("expected a validation error")
        } catch {
            let pointers = Set(error.issues.map(\.pointer))
            for pointer in [
                "/kind", "/status", "/title", "/date/start", "/date/time", "/host_country", "/participants/0", "/participants/0/role",
                "/participants/1/actor", "/sources/0/url", "/sources/0/language", "/colour", "/location/latitude",
            ] {
                #expect(pointers.contains(pointer), "missing \(pointer) in \(pointers.sorted())")
            }
        }
    }

    /// Dates must be coherent: end after start, precision matching, time only on a day.
    @Test(arguments: [
        #"{"start":"2018-05-31","end":"2018-05-30"}"#, #"{"start":"2018-05","precision":"day"}"#, #"{"end":"2018"}"#,
        #"{"start":"2018-05","time":"10:00"}"#, #"{"start":"2018-05-31","time_zone":"Mars/Olympus"}"#,
    ])
    func refusesIncoherentDates(date: String) {
        #expect(throws: ValidationError.self) { try decode(#"{"kind":"visit","title":"t","date":\#(date)}"#) }
    }

    /// An event as GET returns it, server-managed fields included, decodes back to the same content.
    @Test func getRepresentationIsAValidPostBody() throws {
        let content = EventContent(
            kind: "meeting", status: .planned, title: "Talks", summary: "A \"quoted\" summary",
            date: EventDate(start: PartialDate("2018-06-12"), end: PartialDate("2018-06-13"), text: "du 12 juin", anchor: PartialDate("2018-05-31")),
            location: Location(place: "Singapore", country: "FR"), hostCountry: "FR",
            participants: [Participant(actorID: "a", name: "A", country: "KP", role: "participant")],
            sources: [
                Source(url: "https://x.org/1", outlet: "AFP", published: PartialDate("2018-05-31"), language: "fr", evidence: "e", confidence: 0.73),
                Source(url: "https://x.org/2", evidence: "by hand"),
            ])
        let event = Event(id: "evt_1", content: content, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", version: 3)
        var decoder = EventDecoder(vocabulary: Self.vocabulary)
        let text = EventJSON.encode(event)
        let decoded = try decoder.decode(try JSONParser.parse(text))
        #expect(decoded == content)
        // A source recorded by hand has no confidence member at all, so the bodies stored before it existed stay as they were.
        #expect(text.contains(#""evidence":"e","confidence":0.73}"#) && text.contains(#""evidence":"by hand"}"#), "\(text)")
    }

    /// A source's confidence is a number from 0 to 1 (or null, or absent); anything else is named by its pointer.
    @Test func sourceConfidence() throws {
        func body(_ confidence: String) -> String {
            #"{"kind":"visit","title":"t","sources":[{"evidence":"e","confidence":\#(confidence)}]}"#
        }
        #expect(try decode(body("0.42")).sources.first?.confidence == 0.42)
        #expect(try decode(body("0")).sources.first?.confidence == 0)
        #expect(try decode(body("1")).sources.first?.confidence == 1)
        #expect(try decode(body("null")).sources.first?.confidence == nil)
        for bad in ["1.5", "-0.1", #""high""#, "true", "[0.5]"] {
            do {
                _ = try decode(body(bad))
                Issue.record("\(bad) was accepted")
            } catch {
                #expect(error.issues.map(\.pointer) == ["/sources/0/confidence"], "\(bad)")
            }
        }
    }
}
