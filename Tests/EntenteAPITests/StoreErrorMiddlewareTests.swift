import EntenteHTTP
import EntenteModel
import EntenteStore
import Foundation
import Logging
import Testing
import TestSupport

@testable import EntenteAPI

/// Every route's store errors reach the client with their own status: a refusal as the store meant it, a read stopped
/// at the time limit (`--query-timeout`) as a 503 that says what to do; anything else stays a 500.
struct StoreErrorMiddlewareTests {
    private func answer(to error: any Error) throws -> HTTPResponse {
        var router = Router()
        router.get("/v1/timeline") { _, _ in throw error }
        let request = try HTTPRequest(method: .get, target: "/v1/timeline", headers: ["Host": "x"])
        return try router.responder(middlewares: [RequestIDMiddleware(), ErrorMiddleware(), StoreErrorMiddleware()])(
            request, RequestContext(logger: Logger(label: "test")))
    }

    @Test func storeErrorsKeepTheirStatus() throws {
        // SQLITE_INTERRUPT is 9: what a statement stopped by the progress handler fails with.
        let stopped = try answer(to: DatabaseError(code: 9, message: "interrupted"))
        #expect(stopped.status == .serviceUnavailable)
        let problem = String(decoding: stopped.body, as: UTF8.self)
        #expect(problem.contains("narrow it") && problem.contains("https://entente.dev/problems/query-timeout"), "\(problem)")
        #expect(try answer(to: StoreError.notFound("evt_x")).status == .notFound)
        #expect(try answer(to: StoreError.busy("a bulk load")).status == .serviceUnavailable)
        // Another SQLite failure (SQLITE_IOERR) is the server's fault.
        #expect(try answer(to: DatabaseError(code: 10, message: "disk I/O error")).status == .internalServerError)
    }

    /// Through the whole application: a listing whose read runs past the limit is a 503 query-timeout, a streamed export
    /// too (its first page is read before the answer's head goes), and with the limit lifted both answer 200.
    @Test func aSlowListingIsA503() throws {
        let api = try APIHarness()
        try api.importVisits(2_000)
        api.fixture.store.pool.limitReads(to: .nanoseconds(1))
        for target in ["/v1/timeline?limit=500", "/v1/timeline?format=csv"] {
            let response = try api.send(.get, target)
            #expect(response.status == .serviceUnavailable, "\(target)")
            #expect(String(decoding: response.body, as: UTF8.self).contains("query-timeout"), "\(target)")
        }
        api.fixture.store.pool.limitReads(to: nil)
        #expect(try api.send(.get, "/v1/timeline?limit=500").status == .ok)
        #expect(try api.send(.get, "/v1/timeline?format=csv").status == .ok)
    }
}
