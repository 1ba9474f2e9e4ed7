import EntenteJSON
import Testing

struct JSONTests {
    /// Valid documents parse, and writing them back gives equivalent JSON.
    @Test(arguments: [
        #"{"a":1,"b":[true,false,null],"c":{"d":"é\n\"x\""}}"#, "[]", "{}", "-0.5", "1e3", #""\ud83d\ude00""#, "  [1, 2]  ",
    ])
    func roundTrips(text: String) throws {
        let value = try JSONParser.parse(text)
        #expect(try JSONParser.parse(value.jsonText) == value)
    }

    /// The writer escapes what JSON (and JavaScript) needs escaped, byte for byte, and leaves the rest, multi-byte
    /// characters included, as they are; the parser reads each string back unchanged.
    @Test func writerEscapes() throws {
        let strings = ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\rreturn", "control \u{01}\u{1F}", "sep \u{2028} \u{2029}",
            "é, 平和, 😀", "€ \u{2026} \u{2030}", ""]
        var writer = JSONTextWriter()
        writer.beginArray()
        for string in strings { writer.value(string) }
        writer.endArray()
        #expect(writer.text == #"["plain","quote \" and \\ backslash","line\nbreak\ttab\rreturn","control \u0001\u001f","sep \u2028 \u2029","é, 平和, 😀","€ … ‰",""]"#)
        let parsed = try JSONParser.parse(writer.text)
        #expect(parsed == .array(strings.map { .string($0) }))
    }

    /// Invalid documents are refused, never guessed at.
    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "{'a':1}", "01", "1.", "+1", "NaN", "\"\\x\"", "\"\u{01}\"", "\"\\ud800\"", "[1] x", "tru",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func refusesInvalid(text: String) {
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(text) }
    }

    /// Escapes and surrogate pairs decode to the right characters; integers print without a fraction.
    @Test func decodesEscapes() throws {
        #expect(try JSONParser.parse(#""caf\u00e9 \ud83d\ude00""#) == .string("café 😀"))
        #expect(JSONValue.number(42).jsonText == "42")
        #expect(JSONValue.string("a\u{1}b").jsonText == #""a\u0001b""#)
    }

    /// JSON Merge Patch behaves as the examples of RFC 7396 Appendix A.
    @Test(arguments: [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, "null", "null"),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ])
    func mergePatchFollowsRFC7396(target: String, patch: String, expected: String) throws {
        let result = try JSONParser.parse(target).merging(patch: try JSONParser.parse(patch))
        #expect(result == (try JSONParser.parse(expected)))
    }
}
