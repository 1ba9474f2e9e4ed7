import EntenteIngest
import EntenteJSON

/// The worker's side of ``IsolatedExtraction``: what `entente extract-worker` runs.
///
/// It reads articles from standard input and answers each with `{"events": […]}` on standard output,
/// one framed message each way (``ExtractionFrame``), until the server closes its end. A message it
/// cannot read is answered with `{"error": "…"}`; a trap in the extractor ends the process, which the
/// server sees as the pipe closing.
public enum ExtractionWorkerLoop {
    /// Serves articles until the input ends.
    /// - Returns: whether the input ended cleanly (between messages).
    public static func run(input: Int32 = 0, output: Int32 = 1) -> Bool {
        let extractor = ArticleExtractor()
        while true {
            let request: [UInt8]?
            do { request = try ExtractionFrame.receive(from: input, deadline: nil) } catch { return false }
            guard let request else { return true }
            var writer = JSONTextWriter()
            writer.beginObject()
            do {
                let article = try Article(json: try JSONParser.parse(request))
                writer.key("events")
                writer.beginArray()
                for event in extractor.extract(article) { event.write(to: &writer, dateText: true) }
                writer.endArray()
            } catch {
                writer.member("error", "\(error)")
            }
            writer.endObject()
            do { try ExtractionFrame.send(Array(writer.text.utf8), to: output, deadline: nil) } catch { return false }
        }
    }
}
