import ArgumentParser
import Dispatch
import EntenteJSON
import EntenteModel
import EntenteStore
import Foundation

/// `entente import FILE`: loads events from NDJSON (one event per line, as `format=ndjson` exports them).
///
/// Each line is validated like a POST body (server-managed fields are ignored). An event that
/// duplicates a stored one is merged into it, so importing the same export twice changes nothing.
/// Lines are decoded on a second thread while the previous batch is written: the two overlap.
/// A large file is a bulk load (``BulkLoad``): the listing and full-text indexes are built once at
/// the end, and an interrupted load is finished by the next command that opens the database.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import events from an NDJSON file (- for standard input).")

    @Argument(help: "The NDJSON file, one event per line; - reads standard input.")
    var file: String

    @Option(help: "Lines per transaction: larger batches write each index page fewer times.")
    var batchSize: Int = 2000

    @Option(help: "Who the revisions name as author.")
    var author: String = "import"

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Suspend the listing and full-text indexes during the load and build them once at the end.",
            discussion: "By default a file of at least \(Self.bulkThreshold) lines, and at least as many lines as the database has events, is a bulk load."))
    var bulk: Bool?

    /// The smallest file that is bulk-loaded by default: below it, rebuilding the indexes costs more than it saves.
    static let bulkThreshold = 10_000

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard batchSize > 0 else { throw ArgumentParser.ValidationError("--batch-size must be at least 1.") }
    }

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else { throw ArgumentParser.ValidationError("Cannot read \(file).") }
            data = contents
        }
        let store = try self.store.openStore()
        switch store.bulkLoadRecovery {
        case .nothing: break
        case .completed: print("finished an interrupted bulk import of this database first")
        case .failed(let reason): FileHandle.standardError.write(Data("could not finish an interrupted bulk import: \(reason)\n".utf8))
        }
        let lines = Self.lines(of: data)
        let isBulk = try bulk ?? (lines.count >= Self.bulkThreshold && lines.count >= store.eventCount())
        let bulkLoad = isBulk ? try store.beginBulkLoad() : nil
        let submit: Tally.Submit = { items in
            try bulkLoad?.submitBatch(items, author: author) ?? store.submitBatch(items, author: author, onDuplicate: .merge)
        }
        var tally = Tally()
        do {
            try importBatches(lines, store: store, submit: submit, tally: &tally)
        } catch {
            // What was committed stands: build its indexes now, so a server already running lists and finds it.
            try? bulkLoad?.finish()
            throw error
        }
        tally.failures.sort { $0.number < $1.number }
        for failure in tally.failures { FileHandle.standardError.write(Data("line \(failure.number): \(failure.reason)\n".utf8)) }
        if let bulkLoad {
            let started = ContinuousClock.now
            try bulkLoad.finish()
            print("indexes built in \(ContinuousClock.now - started)")
        }
        print("imported: \(tally.created) created, \(tally.merged) merged into existing events, \(tally.failures.count) refused")
        if !tally.failures.isEmpty { throw ExitCode(1) }
    }

    /// Decodes the lines batch by batch on a second thread and writes each batch as the next one decodes.
    private func importBatches(_ lines: [Line], store: EntenteStore, submit: Tally.Submit, tally: inout Tally) throws {
        // A sub-event waits until its parent is in: lines whose parent is not yet imported are kept for later rounds.
        var waiting: [DecodedLine] = []
        let batches = stride(from: 0, to: lines.count, by: batchSize).map { lines[$0..<min($0 + batchSize, lines.count)] }
        let vocabulary = store.vocabulary
        var next = batches.first.map { batch in DecodingTask(Array(batch), vocabulary: vocabulary) }
        for index in batches.indices {
            let decoded = next!.wait()
            next = index + 1 < batches.count ? DecodingTask(Array(batches[index + 1]), vocabulary: vocabulary) : nil
            var ready: [DecodedLine] = []
            for line in decoded {
                if let parent = line.parent, !tally.imported.contains(parent) { waiting.append(line) } else { ready.append(line) }
            }
            try tally.write(ready, with: submit)
        }
        while !waiting.isEmpty {
            let ready = waiting.filter { $0.parent.map(tally.imported.contains) ?? true }
            // Parents that never import here (stored before, or missing): the store decides, line by line.
            let round = ready.isEmpty ? waiting : ready
            waiting = ready.isEmpty ? [] : waiting.filter { !($0.parent.map(tally.imported.contains) ?? true) }
            try tally.write(round, with: submit)
        }
    }
}

extension ImportCommand {
    /// The non-blank lines with their numbers, split on the bytes (a `Character` split costs more than the import's SQL).
    fileprivate static func lines(of data: Data) -> [Line] {
        let bytes = [UInt8](data)
        var lines: [Line] = []
        var start = 0
        var number = 1
        func isBlank(_ slice: ArraySlice<UInt8>) -> Bool { slice.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
        for index in bytes.indices where bytes[index] == 0x0A {
            if !isBlank(bytes[start..<index]) { lines.append(Line(number: number, bytes: bytes[start..<index])) }
            start = index + 1
            number += 1
        }
        if start < bytes.count, !isBlank(bytes[start...]) { lines.append(Line(number: number, bytes: bytes[start...])) }
        return lines
    }
}

private struct Line: Sendable {
    var number: Int
    var bytes: ArraySlice<UInt8>
}

/// A line decoded: the event (or why it was refused), the id it asks to keep, and its parent.
private struct DecodedLine: Sendable {
    var number: Int
    var content: Result<EventContent, LineError>
    var id: String?
    var parent: String?

    init(_ line: Line, vocabulary: Vocabulary) {
        number = line.number
        do {
            let json = try JSONParser.parse(Array(line.bytes))
            id = json["id"]?.stringValue
            parent = json["parent"]?.stringValue
            var decoder = EventDecoder(vocabulary: vocabulary)
            content = .success(try decoder.decode(json))
        } catch let error as EntenteModel.ValidationError {
            content = .failure(LineError(reason: error.issues.map(\.description).joined(separator: "; ")))
        } catch {
            content = .failure(LineError(reason: "\(error)"))
        }
    }
}

private struct LineError: Error, Sendable {
    var reason: String
}

/// Decodes a batch of lines on another thread.
private final class DecodingTask: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the decoding thread before it signals `done`, read after `wait()`.
    private var result: [DecodedLine] = []

    init(_ lines: [Line], vocabulary: Vocabulary) {
        DispatchQueue.global().async { [self] in
            result = lines.map { DecodedLine($0, vocabulary: vocabulary) }
            done.signal()
        }
    }

    func wait() -> [DecodedLine] {
        done.wait()
        return result
    }
}

/// What the import did so far.
private struct Tally {
    var created = 0
    var merged = 0
    var failures: [(number: Int, reason: String)] = []
    /// Ids of the events imported so far, so sub-events know their parent is in.
    var imported: Set<String> = []

    typealias Submit = ([(content: EventContent, preferredID: String?)]) throws -> [Result<SubmitOutcome, any Error>]

    /// The file's ids that are stored under another: an event that merged into one the database already had (an export
    /// of another database holding the same sample), or whose id was taken. Their sub-events follow them there.
    var storedAs: [String: String] = [:]

    /// Writes the decoded events in one transaction and records each outcome.
    mutating func write(_ lines: [DecodedLine], with submit: Submit) throws {
        var batch: [(number: Int, content: EventContent, id: String?)] = []
        for line in lines {
            switch line.content {
            case .success(var content):
                if let parent = content.parentID, let stored = storedAs[parent] { content.parentID = stored }
                batch.append((line.number, content, line.id))
            case .failure(let error): failures.append((line.number, error.reason))
            }
        }
        guard !batch.isEmpty else { return }
        let results = try submit(batch.map { ($0.content, $0.id) })
        for (item, result) in zip(batch, results) {
            switch result {
            case .success(.created(let event)):
                created += 1
                imported.insert(event.id)
            case .success(.merged(let event)):
                merged += 1
                imported.insert(event.id)
            case .failure(let error):
                failures.append((item.number, "\(error)"))
            }
            if let id = item.id {
                imported.insert(id)
                if case .success(.created(let event)) = result, event.id != id { storedAs[id] = event.id }
                if case .success(.merged(let event)) = result, event.id != id { storedAs[id] = event.id }
            }
        }
    }
}
