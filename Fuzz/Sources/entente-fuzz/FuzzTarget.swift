import EntenteHTTP
import EntenteJSON

/// One fuzz input: fed to the request parser whole and split in two at a point the input chooses,
/// which must agree; and to the JSON parser, whose successes must survive a write/parse round trip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = parseAll([bytes])
    if let first = bytes.first, bytes.count > 1 {
        let split = Int(first) % bytes.count
        let parts = parseAll([Array(bytes[..<split]), Array(bytes[split...])])
        if parts != whole { fatalError("split at \(split) changed the result: \(parts) vs \(whole)") }
    }
    if let value = try? JSONParser.parse(bytes) {
        guard let again = try? JSONParser.parse(value.jsonText), again == value else { fatalError("JSON round trip failed") }
    }
    return 0
}

/// Targets and bodies of the requests parsed, then the error's status if parsing stopped on one.
private func parseAll(_ chunks: [[UInt8]]) -> [String] {
    var parser = HTTPRequestParser(limits: .init(maxRequestLineLength: 512, maxHeaderBytes: 2048, maxHeaderCount: 20, maxBodyBytes: 4096))
    var buffer = ReadBuffer()
    var results: [String] = []
    do {
        for chunk in chunks {
            buffer.append(contentsOf: chunk)
            while let request = try parser.parse(&buffer) {
                results.append("\(request.method) \(request.target) \(request.body.count) \(request.headers.count) \(request.trailers.count)")
            }
        }
    } catch {
        results.append("error \(error.status.code)")
    }
    return results
}
