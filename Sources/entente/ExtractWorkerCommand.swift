import ArgumentParser
import EntenteAPI

/// `entente extract-worker`: the worker process `entente serve` starts to run the extractor outside
/// its own process (`IsolatedExtraction`). Reads framed articles on standard input and answers on
/// standard output until the input ends; not for people to run.
struct ExtractWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-worker", abstract: "Run the extractor for `entente serve` (framed JSON on standard input and output).",
        shouldDisplay: false)

    @Option(help: "The server's process id: end with it.")
    var parent: Int32?

    func run() throws {
        guard ExtractionWorkerLoop.serveStandardStreams(parent: parent) else { throw ExitCode(2) }
    }
}
