import ArgumentParser
import EntenteAPI
import EntenteIngest
import EntenteModel
import EntenteStore
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// `entente ingest FILE|DIR…`: extracts the events of article files (corpus format) and stores
/// them, merging into events already known; a progress bar when the output is a terminal.
///
/// Extraction runs in a worker process, as the server's does: an article that traps or hangs the
/// extractor is reported and skipped, and the others are stored.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Extract and store the events of article files (directories: every .txt in them).")

    @Argument(help: "Article files, or directories of .txt articles.")
    var paths: [String]

    @Option(help: "Who the revisions name as author.")
    var author: String = "ingest"

    @OptionGroup var store: StoreOptions

    @Option(help: "Seconds an article may take to extract before it is skipped (default 60).")
    var extractionTimeout: Int = 60

    @Flag(help: "Extract in this process (an article that traps the extractor then ends the command).")
    var inProcess = false

    func validate() throws {
        guard (1...3600).contains(extractionTimeout) else { throw ValidationError("--extraction-timeout must be from 1 to 3600 seconds.") }
    }

    func run() throws {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("No such file or directory: \(path)")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
                files += names.map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
            } else {
                files.append(path)
            }
        }
        let store = try self.store.openStore()
        try store.seedActors(OfficeRegistry.actors)
        let countries = try store.countryNames()
        var quiet = Logger(label: "entente")
        quiet.logLevel = .critical  // (each failure is reported below, by file)
        let extraction: any ArticleExtraction =
            inProcess
            ? InProcessExtraction()
            : IsolatedExtraction(
                configuration: .init(
                    command: ["/proc/self/exe", "extract-worker", "--parent", String(getpid())], workers: 1, timeout: .seconds(extractionTimeout)),
                logger: quiet)
        let terminal = isatty(STDOUT_FILENO) == 1
        var created = 0
        var merged = 0
        var failed: [String] = []
        for (index, file) in files.enumerated() {
            do {
                guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read") }
                let article = try Article.parse(String(decoding: data, as: UTF8.self))
                for event in try extraction.extract(article) {
                    switch try store.submit(event.content(article: article, countryNames: countries), author: author, onDuplicate: .merge) {
                    case .created: created += 1
                    case .merged: merged += 1
                    }
                }
            } catch {
                failed.append("\(file): \(error)")
            }
            if terminal { Self.progress(index + 1, of: files.count) }
        }
        (extraction as? IsolatedExtraction)?.shutdown()
        if terminal { print("") }
        for failure in failed { FileHandle.standardError.write(Data((failure + "\n").utf8)) }
        print("ingested \(files.count - failed.count) of \(files.count) articles: \(created) events created, \(merged) merged into known events")
        if !failed.isEmpty { throw ExitCode(1) }
    }

    /// `[#########-----------]  9/20`, redrawn in place.
    static func progress(_ done: Int, of total: Int) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] \(done)/\(total)"
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}
