import ArgumentParser
import EntenteJSON
import EntenteModel
import EntenteStore
import Foundation

/// `entente import FILE`: loads events from NDJSON (one event per line, as `format=ndjson` exports them).
///
/// Each line is validated like a POST body (server-managed fields are ignored). An event that
/// duplicates a stored one is merged into it, so importing the same export twice changes nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import events from an NDJSON file (- for standard input).")

    @Argument(help: "The NDJSON file, one event per line; - reads standard input.")
    var file: String

    @Option(help: "Who the revisions name as author.")
    var author: String = "import"

    @OptionGroup var store: StoreOptions

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else { throw ArgumentParser.ValidationError("Cannot read \(file).") }
            data = contents
        }
        let store = try self.store.openStore()
        var created = 0
        var merged = 0
        var failures: [String] = []
        // Parents before their sub-events, so `parent` references resolve; ids are kept when free.
        // Lines go to the store in batches of 500, each batch one transaction.
        var pending = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).enumerated()
            .map { (number: $0.offset + 1, text: String($0.element)) }
        var imported: Set<String> = []
        while !pending.isEmpty {
            var deferred: [(number: Int, text: String)] = []
            var batch: [(number: Int, content: EventContent, id: String?)] = []
            func flush() throws {
                let results = try store.submitBatch(batch.map { ($0.content, $0.id) }, author: author, onDuplicate: .merge)
                for (item, result) in zip(batch, results) {
                    switch result {
                    case .success(.created(let event)):
                        created += 1
                        imported.insert(event.id)
                    case .success(.merged(let event)):
                        merged += 1
                        imported.insert(event.id)
                    case .failure(let error):
                        failures.append("line \(item.number): \(error)")
                    }
                    if let id = item.id { imported.insert(id) }
                }
                batch.removeAll()
            }
            for line in pending {
                do {
                    let json = try JSONParser.parse(line.text)
                    if let parent = json["parent"]?.stringValue, !imported.contains(parent),
                        pending.contains(where: { $0.number != line.number && $0.text.contains("\"id\":\"\(parent)\"") })
                    {
                        deferred.append(line)
                        continue
                    }
                    var decoder = EventDecoder(vocabulary: store.vocabulary)
                    batch.append((line.number, try decoder.decode(json), json["id"]?.stringValue))
                    if batch.count == 500 { try flush() }
                } catch let error as EntenteModel.ValidationError {
                    failures.append("line \(line.number): " + error.issues.map(\.description).joined(separator: "; "))
                } catch let error as JSONParser.Error {
                    failures.append("line \(line.number): \(error)")
                }
            }
            try flush()
            // A cycle or a parent that never imports: try the rest once more without waiting.
            if deferred.count == pending.count {
                imported.formUnion(deferred.compactMap { try? JSONParser.parse($0.text)["parent"]?.stringValue })
            }
            pending = deferred
        }
        failures.sort { (Int($0.split(separator: " ")[1].dropLast()) ?? 0) < (Int($1.split(separator: " ")[1].dropLast()) ?? 0) }
        for failure in failures { FileHandle.standardError.write(Data((failure + "\n").utf8)) }
        print("imported: \(created) created, \(merged) merged into existing events, \(failures.count) refused")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
