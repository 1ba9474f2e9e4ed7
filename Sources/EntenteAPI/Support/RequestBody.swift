import EntenteHTTP
import EntenteJSON

/// Reading JSON request bodies: media type, size and syntax checked before any field is.
enum RequestBody {
    /// Largest JSON body the API reads (the engine's own limit is larger).
    static let maxBytes = 256 * 1024

    /// The parsed body.
    /// - Throws: 413 when too large, 415 for another media type, 400 for invalid JSON.
    static func json(_ request: HTTPRequest, accepting mediaTypes: [String] = ["application/json"]) throws -> JSONValue {
        guard request.body.count <= maxBytes else {
            throw HTTPError(.contentTooLarge, detail: "The body has \(request.body.count) bytes; the limit is \(maxBytes).")
        }
        let mediaType = request.headers["Content-Type"]?.split(separator: ";").first.map { $0.trimmingOWS().lowercased() }
        guard let mediaType, mediaTypes.contains(mediaType) else {
            throw HTTPError(
                .unsupportedMediaType,
                detail: "Send the body as \(mediaTypes.joined(separator: " or ")) (got \(mediaType ?? "no Content-Type")).",
                headers: ["Accept-Patch": mediaTypes.joined(separator: ", ")])
        }
        do {
            return try JSONParser.parse(request.body)
        } catch {
            throw HTTPError(.badRequest, detail: "The body is not valid JSON: \(error).")
        }
    }
}
