import EntenteHTTP
import EntenteStore
import Foundation
import Logging
import Testing

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
}
