import Foundation
import Testing
import TestSupport

/// `entente serve` refuses numbers out of their range before it opens anything: a server with `--max-connections 0`
/// would answer every request 503, one with `--handler-threads 100000` hung on SIGTERM.
struct ServeOptionsTests {
    @Test(arguments: [
        ("--max-connections", "0"), ("--max-body-bytes", "10"), ("--max-header-bytes", "2000000"), ("--header-timeout", "0"),
        ("--idle-timeout", "3601"), ("--handler-threads", "100000"), ("--shutdown-grace", "601"), ("--extraction-workers", "65"),
        ("--extraction-timeout", "0"), ("--query-timeout", "601"),
    ])
    func outOfRangeNumbersAreRefused(option: String, value: String) throws {
        // (A database in a directory that is not there: should the check be lost, the server fails to open it and exits
        // with another message, rather than start and keep the test waiting.)
        let directory = try temporaryTestDirectory("entente-serve-options")
        let database = directory.appendingPathComponent("missing/e.db").path
        let result = try ServerProcess.run(["serve", "--db", database, "--port", "0", option, value])
        #expect(result.status != 0)
        #expect(result.output.contains("\(option) must be from"), "\(result.output)")
    }
}
