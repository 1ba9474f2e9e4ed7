import CLinux
import EntenteIngest
import EntenteJSON
#if canImport(Glibc)
import Glibc
#endif

/// The worker's side of ``IsolatedExtraction``: what `entente extract-worker` runs.
///
/// It reads articles from standard input and answers each with `{"events": […]}` on standard output,
/// one framed message each way (``ExtractionFrame``), until the server closes its end. A message it
/// cannot read is answered with `{"error": "…"}`; a trap in the extractor ends the process, which the
/// server sees as the pipe closing.
public enum ExtractionWorkerLoop {
    /// What `entente extract-worker` runs: serves articles on standard input and output.
    ///
    /// Messages go out on a copy of standard output, which then becomes standard error: a stray write to standard output
    /// (a runtime's message, a `print`) reaches the server's log instead of breaking the framing.
    /// - Parameter parent: the server's process id: the worker asks to be killed when the server's thread that started it
    ///   ends, so one stuck in an article does not outlive a server killed with `kill -9`; and it ends at once if the
    ///   server is already gone.
    /// - Returns: whether the input ended cleanly.
    public static func serveStandardStreams(parent: Int32?) -> Bool {
        if let parent {
            guard entente_die_with_parent() == 0, getppid() == parent else { return false }
        }
        let frames = dup(1)
        guard frames >= 0, dup2(2, 1) >= 0 else { return false }
        return run(input: 0, output: frames)
    }

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
