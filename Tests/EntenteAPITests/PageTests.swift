import EntenteHTTP
import Foundation
import Testing

struct PageTests {
    private func html(_ api: APIHarness, _ target: String) throws -> (HTTPResponse, String) {
        let response = try api.send(.get, target, authorized: false)
        return (response, String(decoding: response.body, as: UTF8.self))
    }

    /// The page lists every event with its date at its precision, participants, place, status and sources.
    @Test func rendersTheTimeline() throws {
        let api = try APIHarness()
        let (response, page) = try html(api, "/")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.components(separatedBy: "<li class=\"event\"").count - 1 == 11)
        #expect(page.contains("<time class=\"date\" datetime=\"2018-05-31\">31 May 2018</time>"))
        #expect(page.contains(">April 2018</time>"))
        #expect(page.contains(">2001</time>"))
        #expect(page.contains(">21 May 2018 – 27 May 2018</time>"))
        #expect(page.contains(">Date unknown</time>"))
        #expect(page.contains("status-planned"))
        #expect(page.contains("Pyongyang, North Korea"))
        #expect(page.contains("Sergei Lavrov</a> (Russia)"))
        #expect(page.contains("“Sergueï Lavrov s&#39;est rendu à Pyongyang"))
        #expect(!page.contains("<script"))
    }

    /// A report the extractor read shows its confidence beside its evidence; one recorded by hand shows none.
    @Test func showsTheConfidenceOfReadReports() throws {
        let api = try APIHarness(sample: false)
        let article = #"{"text":"Le président français Emmanuel Macron s'est rendu à New Delhi le 10 mars 2018.","published":"2018-03-12","language":"fr"}"#
        #expect(try api.send(.post, "/v1/ingest", body: article).status == .ok)
        let posted = #"{"kind":"visit","title":"Kim Jong-un visits Vladivostok","date":{"start":"2019-04-25"},"host_country":"RU","participants":[{"name":"Kim Jong-un"}],"sources":[{"evidence":"by hand"}]}"#
        #expect(try api.send(.post, "/v1/events", body: posted).status == .created)
        let (_, page) = try html(api, "/")
        let read = try #require(page.components(separatedBy: "<blockquote").dropFirst().first { $0.contains("New Delhi") })
        #expect(read.range(of: #"<span class="confidence" title="extraction confidence">[0-9]{1,2}%</span>"#, options: .regularExpression) != nil, "\(read)")
        let byHand = try #require(page.components(separatedBy: "<blockquote").dropFirst().first { $0.contains("by hand") })
        #expect(!byHand.contains("confidence"))
        // The form's confidence floor keeps what was recorded by hand, and the next page's link keeps the floor.
        #expect(page.contains("<option value=\"0.8\">80% or more</option>"))
        let (response, sure) = try html(api, "/?min_confidence=0.99")
        #expect(response.status == .ok)
        #expect(!sure.contains("New Delhi") && sure.contains("Vladivostok"))
        #expect(sure.contains("value=\"0.99\" selected"))
        #expect(sure.contains("/v1/timeline?min_confidence=0.99"))
        // An empty choice ("any") is no filter; a bad one is listed on the page.
        let (_, any) = try html(api, "/?country=&min_confidence=")
        #expect(any.contains("New Delhi") && any.contains("Vladivostok"))
        let (bad, listed) = try html(api, "/?min_confidence=lots")
        #expect(bad.status == .badRequest && listed.contains("min_confidence: must be a decimal number from 0 to 1, such as 0.7"))
    }

    /// Filters come from the query string and show in the form; bad ones are explained with a 400.
    @Test func filtersThroughTheQueryString() throws {
        let api = try APIHarness()
        let (_, visits) = try html(api, "/?country=KP&kind=visit&from=2018")
        // Visits involving North Korea since 2018: two to Pyongyang, and Ri Yong-ho's to Russia.
        #expect(visits.components(separatedBy: "<li class=\"event\"").count - 1 == 3)
        #expect(visits.contains("name=\"country\" value=\"KP\""))
        #expect(visits.contains("<option value=\"visit\" selected>"))
        let (_, emptyFields) = try html(api, "/?country=&actor=&kind=&from=&to=&q=")
        #expect(emptyFields.components(separatedBy: "<li class=\"event\"").count - 1 == 11)
        let (bad, page) = try html(api, "/?from=May+2018")
        #expect(bad.status == .badRequest)
        #expect(page.contains("class=\"errors\""))
        // Text is escaped, never markup.
        let (_, escaped) = try html(api, "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        #expect(!escaped.contains("<script>"))
        #expect(escaped.contains("&lt;script&gt;"))
    }
}
