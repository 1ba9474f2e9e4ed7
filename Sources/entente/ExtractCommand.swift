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

    @Flag(help: "Print, per sentence, the people, places, dates and events found (to standard error).")
    var trace = false

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let printTrace: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        let extractor = ArticleExtractor(trace: trace ? printTrace : nil)
        for file in files {
            guard let text = FileManager.default.contents(atPath: file).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw ValidationError("Cannot read \(file).")
            }
            let article: Article
            do { article = try Article.parse(text) } catch { throw ValidationError("\(file): \(error)") }
            let events = extractor.extract(article)
            var writer = JSONTextWriter()
            writer.beginArray()
            for event in events { event.write(to: &writer) }
            writer.endArray()
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            try Data(writer.text.utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent(name + ".json"))
            print("\(name): \(events.count) events")
        }
    }
}
