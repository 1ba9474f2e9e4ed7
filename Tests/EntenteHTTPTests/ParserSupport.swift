@testable import EntenteHTTP

/// Feeds `chunks` to a fresh parser one after another and collects every request, or the first error.
func parse(chunks: [[UInt8]], limits: HTTPRequestParser.Limits = .init()) -> Result<[HTTPRequest], HTTPParseError> {
    var parser = HTTPRequestParser(limits: limits)
    var buffer = ReadBuffer()
    var requests: [HTTPRequest] = []
    do {
        for chunk in chunks {
            buffer.append(contentsOf: chunk)
            while let request = try parser.parse(&buffer) { requests.append(request) }
        }
        return .success(requests)
    } catch {
        return .failure(error)
    }
}

func parse(_ text: String, limits: HTTPRequestParser.Limits = .init()) -> Result<[HTTPRequest], HTTPParseError> {
    parse(chunks: [Array(text.utf8)], limits: limits)
}

/// The status a parse ends with: 0 for success, else the error's status code.
func statusOf(_ result: Result<[HTTPRequest], HTTPParseError>) -> Int {
    switch result {
    case .success: 0
    case .failure(let error): error.status.code
    }
}

/// A comparable summary of parsed requests.
func summary(_ requests: [HTTPRequest]) -> [String] {
    requests.map { request in
        let fields = request.headers.map { "\($0.name)=\($0.value)" }.joined(separator: ";")
        let trailers = request.trailers.map { "\($0.name)=\($0.value)" }.joined(separator: ";")
        return "\(request.method) \(request.target) \(request.version) [\(fields)] body=\(String(decoding: request.body, as: UTF8.self)) trailers=[\(trailers)]"
    }
}
