import CoreMetrics
import EntenteHTTP
import EntenteIngest
import EntenteJSON
import EntenteModel
import EntenteStore

/// `POST /v1/ingest`: an article in, the events it reports stored (or merged into the ones
/// already known), with the sentence that states each as evidence.
struct IngestRoutes {
    let store: EntenteStore
    let extraction: any ArticleExtraction
    let metrics: any MetricsFactory

    func register(on router: inout Router) {
        router.post("/v1/ingest") { request, context in try ingest(request, context: context) }
    }

    func ingest(_ request: HTTPRequest, context: RequestContext) throws -> HTTPResponse {
        var parameters = QueryParameters(request, vocabulary: store.vocabulary)
        let dryRun = request.queryValue("dry_run") ?? "false"
        if dryRun != "true" && dryRun != "false" { parameters.issue("dry_run", "must be true or false") }
        let article = try readArticle(request, parameters: &parameters)
        let extracted = try extract(article)
        let names = try store.countryNames()
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.member("language", article.language.rawValue)
        writer.member("dry_run", dryRun == "true")
        var created: [String] = []
        var merged: [String] = []
        var bodies: [String] = []
        for event in extracted {
            let content = event.content(article: article, countryNames: names)
            if dryRun == "true" {
                bodies.append(Self.reported(EventJSON.encode(Event(id: "", content: content, createdAt: "", updatedAt: "", version: 0)), by: event))
                continue
            }
            switch try mapStoreErrors({ try store.submit(content, author: context.principal ?? "ingest", onDuplicate: .merge) }) {
            case .created(let stored):
                created.append(stored.id)
                bodies.append(Self.reported(EventJSON.encode(stored), by: event))
            case .merged(let stored):
                merged.append(stored.id)
                bodies.append(Self.reported(EventJSON.encode(stored), by: event))
            }
        }
        if dryRun != "true" {
            Counter(label: "entente_ingested_articles_total", factory: metrics).increment()
            Counter(label: "entente_ingested_events_total", dimensions: [("action", "created")], factory: metrics).increment(by: created.count)
            Counter(label: "entente_ingested_events_total", dimensions: [("action", "merged")], factory: metrics).increment(by: merged.count)
        }
        for (key, ids) in [("created", created), ("merged", merged)] {
            writer.key(key)
            writer.beginArray()
            for id in ids { writer.value(id) }
            writer.endArray()
        }
        writer.key("events")
        writer.beginArray()
        for body in bodies { writer.raw(body) }
        writer.endArray()
        writer.endObject()
        return .json(text: writer.text)
    }

    /// An answered event (an object) with, as its first member, the extractor's `confidence` in the report that gave it:
    /// the probability, from 0 to 1, that the article reports this event as extracted (docs/ingestion.md, "Confidence").
    static func reported(_ body: String, by extracted: ExtractedEvent) -> String {
        var writer = JSONTextWriter()
        writer.value(extracted.confidence)
        return #"{"confidence":"# + writer.text + "," + body.dropFirst()
    }

    /// The article's events, or the problem that says why they could not be had (nothing is stored then).
    private func extract(_ article: Article) throws -> [ExtractedEvent] {
        do {
            return try extraction.extract(article)
        } catch {
            Counter(label: "entente_extraction_failures_total", dimensions: [("reason", error.label)], factory: metrics).increment()
            switch error.reason {
            case .crashed(let how):
                throw HTTPError(
                    .internalServerError, type: "https://entente.dev/problems/extraction-failed", title: "Extraction failed",
                    detail: "The extractor failed on this article (\(how)); nothing was stored. The failure is in the server's log.")
            case .timedOut(let limit):
                throw HTTPError(
                    .unprocessableContent, type: "https://entente.dev/problems/extraction-timeout", title: "Extraction took too long",
                    detail: "Extracting this article took longer than \(limit.seconds) and was stopped; nothing was stored. Posting it in parts may go through.")
            case .busy(let limit):
                throw HTTPError(
                    .serviceUnavailable, type: "https://entente.dev/problems/extraction-busy", title: "Extraction is busy",
                    detail: (limit == .zero
                        ? "Too many articles are waiting for an extraction worker"
                        : "Every extraction worker stayed busy for \(limit.seconds)") + "; nothing was stored. Try again shortly.",
                    headers: ["Retry-After": "5"])
            case .unavailable(let why):
                throw HTTPError(
                    .serviceUnavailable, type: "https://entente.dev/problems/extraction-unavailable", title: "Extraction is unavailable",
                    detail: "Extraction is unavailable (\(why)); nothing was stored.", headers: ["Retry-After": "5"])
            }
        }
    }

    /// JSON `{text, published, language?, url?, outlet?}`, or `text/plain` with those (but text) as query parameters.
    private func readArticle(_ request: HTTPRequest, parameters: inout QueryParameters) throws -> Article {
        let mediaType = request.headers["Content-Type"]?.split(separator: ";").first.map { $0.trimmingOWS().lowercased() }
        var fields: [String: String] = [:]
        var issues: [ValidationIssue] = []
        if mediaType == "text/plain" {
            guard request.body.count <= RequestBody.maxBytes else {
                throw HTTPError(.contentTooLarge, detail: "The article has \(request.body.count) bytes; the limit is \(RequestBody.maxBytes).")
            }
            guard let text = String(validating: request.body, as: UTF8.self) else { throw HTTPError(.badRequest, detail: "The article is not UTF-8 text.") }
            fields["text"] = text
            for name in ["published", "language", "url", "outlet"] { fields[name] = request.queryValue(name) }
            try parameters.check(allowed: ["published", "language", "url", "outlet", "dry_run"])
        } else {
            let body = try RequestBody.json(request, accepting: ["application/json", "text/plain"])
            try parameters.check(allowed: ["dry_run"])
            guard case .object(let object) = body else { throw HTTPError(validation: [ValidationIssue("", "the body must be a JSON object")]) }
            for key in object.keys where !["text", "published", "language", "url", "outlet"].contains(key) {
                issues.append(ValidationIssue("/\(key)", "unknown field"))
            }
            for name in ["text", "published", "language", "url", "outlet"] {
                guard let value = object[name], !value.isNull else { continue }
                if let text = value.stringValue { fields[name] = text } else { issues.append(ValidationIssue("/\(name)", "must be a string")) }
            }
        }
        let text = fields["text"] ?? ""
        if text.trimmingOWS().isEmpty { issues.append(ValidationIssue("/text", "the article text is required")) }
        let published = fields["published"].flatMap(PartialDate.init)
        if published?.precision != .day { issues.append(ValidationIssue("/published", "the publication date YYYY-MM-DD is required")) }
        var language: Article.Language?
        if let code = fields["language"] {
            language = Article.Language(rawValue: code)
            if language == nil { issues.append(ValidationIssue("/language", "must be fr or en (or absent, to detect it)")) }
        }
        if let url = fields["url"], !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            issues.append(ValidationIssue("/url", "must be an absolute http(s) URL"))
        }
        guard issues.isEmpty, let published else { throw HTTPError(validation: issues) }
        return Article(
            text: text, published: published, language: language ?? LanguageDetector.detect(text), url: fields["url"], outlet: fields["outlet"])
    }
}
