import Testing

@testable import EntenteHTTP

struct HTTPHeadersTests {
    /// Lookup ignores ASCII case only; order and repeats are kept.
    @Test func caseInsensitiveLookupKeepsOrder() {
        var headers: HTTPHeaders = ["Content-Type": "a"]
        headers.add(name: "VARY", value: "x")
        headers.add(name: "vary", value: "y")
        #expect(headers["content-TYPE"] == "a")
        #expect(headers.values("Vary") == ["x", "y"])
        #expect(headers["Contenu-Type"] == nil)
        #expect(!"Vary".equalsCaseInsensitive("Varz"))
        #expect(!"a-".equalsCaseInsensitive("A\u{0D}"))
    }

    /// Replacing keeps the first position and drops the other lines of that name.
    @Test func replaceOrAddCollapsesRepeats() {
        var headers: HTTPHeaders = ["A": "1", "B": "2"]
        headers.add(name: "a", value: "3")
        headers.replaceOrAdd(name: "A", value: "9")
        #expect(headers.fields.map(\.name) == ["A", "B"])
        #expect(headers["a"] == "9")
        headers["b"] = nil
        #expect(headers.count == 1)
    }

    /// List values split on commas across lines, trimmed, empties dropped.
    @Test func listValuesSplitAcrossLines() {
        let headers: HTTPHeaders = ["Connection": " keep-alive ,, Upgrade", "connection": "close"]
        #expect(headers.listValues("CONNECTION") == ["keep-alive", "Upgrade", "close"])
    }
}
