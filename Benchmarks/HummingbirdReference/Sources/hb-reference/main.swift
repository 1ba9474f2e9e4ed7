// hb-reference: minimal Hummingbird 2 server used as a throughput baseline.
//
// Usage: hb-reference [--port N]   (binds 127.0.0.1, default port 8080)
//
// Routes:
//   GET /healthz      -> 200 application/json {"status":"ok"}
//   GET /v1/timeline  -> 200 application/json {"events":[...20 events...],"next_cursor":null}
//                        re-encoded with a fresh JSONEncoder on EVERY request
//                        (the "JSONEncoder per request" reference; ~15.7 KB body:
//                        20 events x (200-char summary + 150-char evidence + the rest)).

import Foundation
import Hummingbird
import Logging

// MARK: - Argument parsing (by hand, no ArgumentParser)

func parsePort(_ args: [String]) -> Int {
    var port = 8080
    var i = 1
    while i < args.count {
        let arg = args[i]
        if arg == "--port", i + 1 < args.count, let p = Int(args[i + 1]) {
            port = p
            i += 2
            continue
        } else if arg.hasPrefix("--port="), let p = Int(arg.dropFirst("--port=".count)) {
            port = p
        } else if arg == "--help" || arg == "-h" {
            print("usage: hb-reference [--port N]")
            exit(0)
        }
        i += 1
    }
    return port
}

// MARK: - Timeline payload

struct Participant: Codable, Sendable {
    let id: String
    let name: String
    let role: String
}

struct Source: Codable, Sendable {
    let url: String
    let outlet: String
    let evidence: String
}

struct Event: Codable, Sendable {
    let id: String
    let kind: String
    let title: String
    let summary: String
    let start: String
    let participants: [Participant]
    let sources: [Source]
}

struct TimelinePage: Codable, Sendable {
    let events: [Event]
    let nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case events
        case nextCursor = "next_cursor"
    }

    // Encode next_cursor explicitly so `null` appears in the output.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(events, forKey: .events)
        try c.encode(nextCursor, forKey: .nextCursor)
    }
}

/// 20 fixed sample events (values are built once; encoding happens per request).
let sampleEvents: [Event] = (0..<20).map { i in
    let n = String(format: "%03d", i)
    let summary = String(
        ("Delegations from the northern and southern blocs met for round \(n) of talks on "
            + "water-sharing, border demarcation and trade corridors; both sides reported "
            + "incremental progress and agreed to reconvene after technical consultations. "
            + "Observers described the atmosphere as constructive but cautious.").prefix(200))
    let evidence = String(
        ("Joint communique \(n) published after the session states that negotiators agreed "
            + "on a framework text and scheduled expert-level working groups for next month.").prefix(150))
    return Event(
        id: "evt_\(n)",
        kind: i % 3 == 0 ? "treaty" : (i % 3 == 1 ? "summit" : "statement"),
        title: "Bilateral negotiation round \(n)",
        summary: summary,
        start: String(format: "2024-%02d-%02dT09:00:00Z", (i % 12) + 1, (i % 28) + 1),
        participants: [
            Participant(id: "p_\(n)_a", name: "Northern Federation", role: "party"),
            Participant(id: "p_\(n)_b", name: "Southern Republic", role: "party"),
            Participant(id: "p_\(n)_c", name: "Regional Council", role: "mediator"),
        ],
        sources: [
            Source(
                url: "https://news.example.org/articles/2024/round-\(n)",
                outlet: "Example News",
                evidence: evidence)
        ]
    )
}

// MARK: - Server

let port = parsePort(CommandLine.arguments)

var logger = Logger(label: "hb-reference")
logger.logLevel = .critical

let jsonHeaders: HTTPFields = [.contentType: "application/json"]
let healthBody = ByteBuffer(string: #"{"status":"ok"}"#)

let router = Router()
router.get("/healthz") { _, _ -> Response in
    Response(status: .ok, headers: jsonHeaders, body: .init(byteBuffer: healthBody))
}
router.get("/v1/timeline") { _, _ -> Response in
    // Deliberately a new JSONEncoder and a full encode on every request.
    let encoder = JSONEncoder()
    let data = try encoder.encode(TimelinePage(events: sampleEvents, nextCursor: nil))
    return Response(status: .ok, headers: jsonHeaders, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
    logger: logger
)
try await app.runService()
