import EntenteHTTP
import Foundation
import Testing

struct MetricsTests {
    /// /metrics serves Prometheus text: requests by route and status, latency histograms, database timings, event writes.
    @Test func prometheusExposition() throws {
        let api = try APIHarness()
        _ = try api.send(.get, "/v1/timeline")
        _ = try api.send(.get, "/v1/timeline?limit=2")
        _ = try api.send(.get, "/v1/events/evt_nope")
        _ = try api.send(.get, "/nowhere")
        #expect(try api.send(.post, "/v1/events", body: eventBody()).status == .created)
        let response = try api.send(.get, "/metrics", authorized: false)
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"]?.hasPrefix("text/plain; version=0.0.4") == true)
        let text = String(decoding: response.body, as: UTF8.self)
        func value(_ series: String) -> Double? {
            text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
        }
        #expect(value(#"http_requests_total{method="GET",route="/v1/timeline",status="200"}"#) == 2)
        #expect(value(#"http_requests_total{method="GET",route="/v1/events/{id}",status="404"}"#) == 1)
        #expect(value(#"http_requests_total{method="GET",route="unmatched",status="404"}"#) == 1)
        #expect(value(#"http_requests_total{method="POST",route="/v1/events",status="201"}"#) == 1)
        #expect(value(#"http_request_duration_seconds_count{route="/v1/timeline"}"#) == 2)
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/v1/timeline",le="+Inf"} 2"#))
        #expect((value(#"entente_db_duration_seconds_count{kind="read"}"#) ?? 0) >= 3)
        #expect((value(#"entente_db_duration_seconds_count{kind="write"}"#) ?? 0) >= 1)
        // The sample's eleven events plus this one.
        #expect(value(#"entente_event_writes_total{action="create"}"#) == 12)
    }
}
