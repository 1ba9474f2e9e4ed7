import EntenteHTTP

/// The representations a list of events can be served in, chosen by `format=` or the `Accept` header.
enum ExportFormat: String, CaseIterable, Sendable, Equatable {
    case json, ics, csv, ndjson, timelinejs, jsonld, plover

    var contentType: String {
        switch self {
        case .json, .timelinejs: "application/json"
        case .ics: "text/calendar; charset=utf-8"
        case .csv: "text/csv; charset=utf-8; header=present"
        case .ndjson, .plover: "application/x-ndjson"
        case .jsonld: "application/ld+json"
        }
    }

    /// The format a request asks for: `format=` wins; else the first media type of `Accept` that names one; else JSON.
    static func negotiate(_ request: HTTPRequest, parameters: inout QueryParameters) -> ExportFormat {
        if let name = request.queryValue("format") {
            guard let format = ExportFormat(rawValue: name) else {
                parameters.issue("format", "must be one of \(allCases.map(\.rawValue).joined(separator: ", "))")
                return .json
            }
            return format
        }
        for element in request.headers.listValues("Accept") {
            let type = element.split(separator: ";").first.map { $0.trimmingOWS().lowercased() } ?? ""
            switch type {
            case "text/calendar": return .ics
            case "text/csv": return .csv
            case "application/x-ndjson": return .ndjson
            case "application/ld+json": return .jsonld
            case "application/json", "*/*": return .json
            default: continue
            }
        }
        return .json
    }
}
