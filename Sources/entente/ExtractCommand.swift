import ArgumentParser
import EntenteIngest
import EntenteJSON
import EntenteModel
import Foundation

/// `entente extract FILES… --out DIR`: runs the extractor on corpus-format articles and writes the
/// events found, in the corpus schema, as `DIR/NAME.json` (what `score-events` reads).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract events from article files (corpus format) into JSON files.")

    @Argument(help: "Article files: a header, a '---' line, then the text.")
    var files: [String]

    @Option(help: "Directory for the NAME.json outputs.")
    var out: String

    @Option(help: "Also write, per article, DIR/NAME.tsv: the confidence features of each event, in the order of NAME.json (for Scripts/train-confidence.py).")
    var features: String?

    @Flag(help: "Print, per sentence, the people, places, dates, clauses and events found (to standard error).")
    var trace = false

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        if let features { try FileManager.default.createDirectory(atPath: features, withIntermediateDirectories: true) }
        let printTrace: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        let extractor = ArticleExtractor(trace: trace ? printTrace : nil)
        for file in files {
            guard let text = FileManager.default.contents(atPath: file).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw ValidationError("Cannot read \(file).")
            }
            let article: Article
            do { article = try Article.parse(text) } catch { throw ValidationError("\(file): \(error)") }
            let scored = extractor.extractWithFeatures(article)
            let events = scored.map(\.event)
            var writer = JSONTextWriter()
            writer.beginArray()
            for event in events { event.write(to: &writer) }
            writer.endArray()
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            try Data(writer.text.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(name + ".json"))
            if let features {
                let rows = [Confidence.featureNames.joined(separator: "\t")] + scored.map { $0.features.map { "\($0)" }.joined(separator: "\t") }
                try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: features).appendingPathComponent(name + ".tsv"))
            }
            print("\(name): \(events.count) events")
        }
    }
}
