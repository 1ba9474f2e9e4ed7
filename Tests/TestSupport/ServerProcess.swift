#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The built `entente` executable run as a child process, for end-to-end tests.
public final class ServerProcess {
    public let process: Process
    public let port: Int
    public let databasePath: String
    public let log: URL

    /// Starts `entente serve` on a free loopback port with the given database, and waits until it answers.
    public init(databasePath: String, arguments: [String] = []) throws {
        self.databasePath = databasePath
        port = try Self.freePort()
        log = URL(fileURLWithPath: databasePath + ".log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process = Process()
        process.executableURL = try Self.executable()
        process.arguments = ["serve", "--port", String(port), "--db", databasePath, "--migrations", packageRoot.appendingPathComponent("Migrations").path] + arguments
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let client = try? TestClient(port: port, timeout: 2) {
                _ = client
                return
            }
            guard process.isRunning else { break }
            usleep(50_000)
        }
        throw TestClient.Failure("entente did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    /// Stops the server with SIGKILL: no chance to flush anything.
    public func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Stops the server with SIGTERM and returns its exit status.
    public func terminate() -> Int32 {
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill9() }
    }

    /// Runs another `entente` command and returns its standard output.
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The `entente` executable built beside the test bundle.
    public static func executable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("entente"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("entente"),
            Bundle.main.bundleURL.appendingPathComponent("entente"),
            packageRoot.appendingPathComponent(".build/debug/entente"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw TestClient.Failure("no entente executable beside the tests; run `swift build` first (looked in \(candidates.map(\.path)))")
        }
        return found
    }

    /// A port nothing listens on now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw TestClient.Failure("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
