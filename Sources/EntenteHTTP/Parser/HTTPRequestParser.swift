/// An incremental HTTP/1.1 request parser (RFC 9112).
///
/// Feed it the connection's ``ReadBuffer`` after every read; it consumes what it can and
/// returns a request once the head and the whole body have arrived. Bytes after that
/// request stay in the buffer for the next call (pipelining). Any split of the input
/// into reads yields the same requests and the same errors.
///
/// ```swift
/// var parser = HTTPRequestParser(limits: .init())
/// buffer.append(received)
/// while let request = try parser.parse(&buffer) { respond(to: request) }
/// ```
public struct HTTPRequestParser: Sendable {
    /// Size limits, each answered with its own status.
    public struct Limits: Sendable, Equatable {
        /// The longest request line (method, target, version) accepted; longer gets 414.
        public var maxRequestLineLength: Int
        /// The largest header block (request line included), and trailer block; larger gets 431.
        public var maxHeaderBytes: Int
        /// The most header fields accepted; more gets 431.
        public var maxHeaderCount: Int
        /// The largest body accepted, after de-chunking; larger gets 413.
        public var maxBodyBytes: Int

        public init(
            maxRequestLineLength: Int = 8 * 1024,
            maxHeaderBytes: Int = 32 * 1024,
            maxHeaderCount: Int = 100,
            maxBodyBytes: Int = 1024 * 1024
        ) {
            self.maxRequestLineLength = maxRequestLineLength
            self.maxHeaderBytes = maxHeaderBytes
            self.maxHeaderCount = maxHeaderCount
            self.maxBodyBytes = maxBodyBytes
        }
    }

    private enum State: Sendable {
        case head(scanned: Int)
        case fixedBody(remaining: Int)
        case chunkLine
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(bytes: Int)
        case failed(HTTPParseError)
    }

    /// The longest chunk-size line (size and extensions) accepted.
    static let maxChunkLineLength = 4096

    public let limits: Limits
    private var state: State = .head(scanned: 0)
    private var pending: HTTPRequest?
    /// The head of a request refused once its head was read (a body over the limit, a malformed `Content-Length`).
    private var refusedHead: HTTPRequest?

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The head of a request whose body has not fully arrived yet, or of the request refused after its head was read
    /// (the refusal answers in its version and with its request id).
    public var pendingHead: HTTPRequest? { pending ?? refusedHead }

    /// Whether a request head asked for `100-continue` and none of its body has arrived.
    public var awaitsContinue: Bool {
        guard let pending, pending.body.isEmpty else { return false }
        switch state {
        case .fixedBody, .chunkLine: return pending.expectsContinue
        default: return false
        }
    }

    /// Whether the parser is between requests with nothing buffered of the next one.
    public var isIdle: Bool {
        if case .head(let scanned) = state { return scanned == 0 && pending == nil }
        return false
    }

    /// Consumes bytes from `buffer` and returns the next complete request, or `nil` when more bytes are needed.
    /// - Throws: ``HTTPParseError``; after an error the parser stays failed (the connection must close).
    public mutating func parse(_ buffer: inout ReadBuffer) throws(HTTPParseError) -> HTTPRequest? {
        do {
            return try step(&buffer)
        } catch {
            state = .failed(error)
            throw error
        }
    }

    private mutating func step(_ buffer: inout ReadBuffer) throws(HTTPParseError) -> HTTPRequest? {
        while true {
            switch state {
            case .failed(let error):
                throw error
            case .head(var scanned):
                // A lone CR may have arrived before its LF; once the pair is skipped, scan afresh.
                if skipLeadingEmptyLines(&buffer) { scanned = 0 }
                guard let headLength = try findHeadEnd(buffer, scanned: scanned) else { return nil }
                let request = try buffer.withUnsafeReadableBytes { bytes throws(HTTPParseError) in
                    try parseHead(UnsafeBufferPointer(rebasing: bytes[..<headLength]))
                }
                buffer.consume(headLength)
                let framing: BodyFraming
                do throws(HTTPParseError) { framing = try request.bodyFraming() } catch {
                    refusedHead = request
                    throw error
                }
                switch framing {
                case .none:
                    state = .head(scanned: 0)
                    return request
                case .length(let length):
                    guard length <= limits.maxBodyBytes else {
                        refusedHead = request
                        throw HTTPParseError(.bodyTooLarge, "The body of \(length) bytes exceeds the limit of \(limits.maxBodyBytes).")
                    }
                    pending = request
                    pending?.body.reserveCapacity(length)
                    state = .fixedBody(remaining: length)
                case .chunked:
                    pending = request
                    state = .chunkLine
                }
            case .fixedBody(let remaining):
                let taken = min(remaining, buffer.readableCount)
                pending!.body.append(contentsOf: buffer.read(taken))
                if taken < remaining {
                    state = .fixedBody(remaining: remaining - taken)
                    return nil
                }
                return finish()
            case .chunkLine:
                guard let size = try parseChunkLine(&buffer) else { return nil }
                if size == 0 {
                    state = .trailers(bytes: 0)
                } else {
                    guard size <= limits.maxBodyBytes - pending!.body.count else {
                        throw HTTPParseError(.bodyTooLarge, "The chunked body exceeds the limit of \(limits.maxBodyBytes) bytes.")
                    }
                    state = .chunkData(remaining: size)
                }
            case .chunkData(let remaining):
                let taken = min(remaining, buffer.readableCount)
                pending!.body.append(contentsOf: buffer.read(taken))
                if taken < remaining {
                    state = .chunkData(remaining: remaining - taken)
                    return nil
                }
                state = .chunkDataEnd
            case .chunkDataEnd:
                guard buffer.readableCount >= 2 else { return nil }
                let crlf = buffer.read(2)
                guard crlf.first == .cr, crlf.last == .lf else { throw .malformed("A chunk's data is not followed by CRLF.") }
                state = .chunkLine
            case .trailers(let bytes):
                guard let line = try nextLine(&buffer, limit: limits.maxHeaderBytes - bytes, what: "trailer") else {
                    if buffer.readableCount > limits.maxHeaderBytes - bytes {
                        throw HTTPParseError(.headerTooLarge, "The trailer block exceeds \(limits.maxHeaderBytes) bytes.")
                    }
                    return nil
                }
                if line.isEmpty { return finish() }
                let field = try Self.parseField(line)
                pending!.trailers.add(name: field.name, value: field.value)
                guard pending!.trailers.count <= limits.maxHeaderCount else {
                    throw HTTPParseError(.headerTooLarge, "More than \(limits.maxHeaderCount) trailer fields.")
                }
                state = .trailers(bytes: bytes + line.count + 2)
            }
        }
    }

    private mutating func finish() -> HTTPRequest {
        let request = pending!
        pending = nil
        state = .head(scanned: 0)
        return request
    }

    // MARK: - Head

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request line.
    private func skipLeadingEmptyLines(_ buffer: inout ReadBuffer) -> Bool {
        var skipped = false
        while buffer.readableCount >= 2 {
            let isCRLF = buffer.withUnsafeReadableBytes { bytes in bytes[0] == .cr && bytes[1] == .lf }
            guard isCRLF else { break }
            buffer.consume(2)
            skipped = true
        }
        return skipped
    }

    /// The length of the head (through its empty line) once it has fully arrived.
    private mutating func findHeadEnd(_ buffer: ReadBuffer, scanned: Int) throws(HTTPParseError) -> Int? {
        let limits = self.limits
        // (-1: a bare LF. A head with one is refused as soon as it arrives, not when a CRLF CRLF that a client writing
        // LF alone never sends ends it, after the header timeout.)
        let end: Int? = buffer.withUnsafeReadableBytes { bytes in
            var index = scanned
            while index < bytes.count {
                if bytes[index] == .lf {
                    guard index > 0, bytes[index - 1] == .cr else { return -1 }
                    if index >= 3, bytes[index - 2] == .lf, bytes[index - 3] == .cr { return index + 1 }
                }
                index += 1
            }
            return nil
        }
        if end == -1 { throw .malformed("A line ends in a bare LF.") }
        if let end {
            guard end <= limits.maxHeaderBytes else { throw try tooLargeHead(buffer) }
            return end
        }
        let readable = buffer.readableCount
        // Look for the end of the request line once, when the bytes first pass its limit.
        if readable > limits.maxRequestLineLength + 1 && scanned <= limits.maxRequestLineLength + 1 {
            let tooLong = try tooLargeHead(buffer)
            if tooLong.kind == .requestLineTooLong { throw tooLong }
        }
        if readable > limits.maxHeaderBytes { throw try tooLargeHead(buffer) }
        state = .head(scanned: readable)
        return nil
    }

    private func tooLargeHead(_ buffer: ReadBuffer) throws(HTTPParseError) -> HTTPParseError {
        let limits = self.limits
        let lineEnd = buffer.withUnsafeReadableBytes { bytes in bytes.prefix(limits.maxRequestLineLength + 2).firstIndex(of: .lf) }
        if lineEnd == nil {
            return HTTPParseError(.requestLineTooLong, "The request line exceeds \(limits.maxRequestLineLength) bytes.")
        }
        return HTTPParseError(.headerTooLarge, "The header block exceeds \(limits.maxHeaderBytes) bytes.")
    }

    private func parseHead(_ head: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) -> HTTPRequest {
        var lines: [Slice<UnsafeBufferPointer<UInt8>>] = []
        var lineStart = 0
        for index in head.indices where head[index] == .lf {
            guard index > lineStart, head[index - 1] == .cr else { throw .malformed("A line ends in a bare LF.") }
            lines.append(head[lineStart..<(index - 1)])
            lineStart = index + 1
        }
        // The head ends with an empty line; the last element is it.
        guard let requestLine = lines.first, lines.last?.isEmpty == true else { throw .malformed("The header block is incomplete.") }
        guard requestLine.count <= limits.maxRequestLineLength else {
            throw HTTPParseError(.requestLineTooLong, "The request line exceeds \(limits.maxRequestLineLength) bytes.")
        }
        let (method, target, version) = try Self.parseRequestLine(requestLine)
        var headers = HTTPHeaders()
        for line in lines.dropFirst().dropLast() {
            let field = try Self.parseField(line)
            headers.add(name: field.name, value: field.value)
            guard headers.count <= limits.maxHeaderCount else {
                throw HTTPParseError(.headerTooLarge, "More than \(limits.maxHeaderCount) header fields.")
            }
        }
        return try HTTPRequest(method: method, target: target, version: version, headers: headers)
    }

    static func parseRequestLine(_ line: Slice<UnsafeBufferPointer<UInt8>>) throws(HTTPParseError) -> (HTTPMethod, String, HTTPVersion) {
        guard let firstSpace = line.firstIndex(of: .space), let lastSpace = line.lastIndex(of: .space),
            firstSpace != lastSpace
        else { throw .malformed("The request line is not 'METHOD target HTTP/1.1'.") }
        let method = line[line.startIndex..<firstSpace]
        let target = line[(firstSpace + 1)..<lastSpace]
        let version = line[(lastSpace + 1)...]
        guard !method.isEmpty, method.allSatisfy(\.isTokenCharacter) else { throw .malformed("The method is not a token.") }
        guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            // (A client that sends "?q=Pyöngyang" unencoded is told what to do.)
            throw .malformed(
                target.contains(where: { $0 >= 0x80 })
                    ? "The request target has characters outside ASCII: percent-encode them (Py%C3%B6ngyang for Pyöngyang)."
                    : "The request target is empty or contains spaces or control characters.")
        }
        let versionBytes = Array(version)
        guard versionBytes.count == 8, versionBytes.starts(with: Array("HTTP/".utf8)),
            versionBytes[6] == UInt8(ascii: "."),
            let major = versionBytes[5].digitValue, let minor = versionBytes[7].digitValue
        else { throw .malformed("The protocol version is malformed.") }
        guard major == 1 else { throw HTTPParseError(.unsupportedVersion, "Only HTTP/1.0 and HTTP/1.1 are supported.") }
        // RFC 9112 §2.3: a higher minor version is answered as the highest one we support.
        return (
            HTTPMethod(rawValue: String(decoding: method, as: UTF8.self)),
            String(decoding: target, as: UTF8.self),
            minor == 0 ? .http1_0 : .http1_1
        )
    }

    /// Parses `name: value` (RFC 9112 §5), rejecting obs-fold, whitespace before the colon and control characters.
    static func parseField<Line: BidirectionalCollection<UInt8>>(_ line: Line) throws(HTTPParseError) -> HTTPHeaders.Field
    where Line.Index == Int {
        guard let first = line.first else { throw .malformed("An empty header line.") }
        guard first != .space && first != .tab else { throw .malformed("Obsolete line folding (obs-fold) is not accepted.") }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw .malformed("A header line has no colon.") }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(\.isTokenCharacter) else {
            throw .malformed("A header field name is not a token (or has whitespace before the colon).")
        }
        var start = colon + 1
        var end = line.endIndex
        while start < end, line[start] == .space || line[start] == .tab { start += 1 }
        while end > start, line[end - 1] == .space || line[end - 1] == .tab { end -= 1 }
        let value = line[start..<end]
        guard value.allSatisfy({ $0 == .tab || ($0 >= 0x20 && $0 != 0x7F) }) else {
            throw .malformed("A header field value contains a control character.")
        }
        return HTTPHeaders.Field(name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }

    // MARK: - Chunked body

    /// Reads a line ending in CRLF; `nil` when it has not fully arrived.
    private func nextLine(_ buffer: inout ReadBuffer, limit: Int, what: String) throws(HTTPParseError) -> [UInt8]? {
        let found: Int? = buffer.withUnsafeReadableBytes { bytes in bytes.prefix(limit + 2).firstIndex(of: .lf) }
        guard let lf = found else { return nil }
        let line = Array(buffer.read(lf + 1))
        guard lf > 0, line[lf - 1] == .cr else { throw .malformed("A \(what) line ends in a bare LF.") }
        return Array(line[..<(lf - 1)])
    }

    /// Parses `chunk-size [; extensions] CRLF` (RFC 9112 §7.1), ignoring extensions.
    private func parseChunkLine(_ buffer: inout ReadBuffer) throws(HTTPParseError) -> Int? {
        guard let line = try nextLine(&buffer, limit: Self.maxChunkLineLength, what: "chunk-size") else {
            if buffer.readableCount > Self.maxChunkLineLength { throw .malformed("A chunk-size line is too long.") }
            return nil
        }
        var size = 0
        var index = 0
        while index < line.count, let digit = PercentDecoding.hexValue(line[index]) {
            let (shifted, overflow) = size.multipliedReportingOverflow(by: 16)
            guard !overflow, index < 15 else { throw .malformed("A chunk size is too large.") }
            size = shifted + Int(digit)
            index += 1
        }
        guard index > 0 else { throw .malformed("A chunk size is missing or not hexadecimal.") }
        var rest = line[index...]
        while let first = rest.first, first == .space || first == .tab { rest = rest.dropFirst() }
        guard rest.isEmpty || rest.first == UInt8(ascii: ";") else { throw .malformed("A chunk size is followed by garbage.") }
        guard rest.allSatisfy({ $0 == .tab || ($0 >= 0x20 && $0 != 0x7F) }) else {
            throw .malformed("A chunk extension contains a control character.")
        }
        return size
    }
}

// MARK: - Byte classes

extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// Whether the byte is a `tchar` (RFC 9110 §5.6.2).
    var isTokenCharacter: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    var digitValue: Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) ? Int(self - UInt8(ascii: "0")) : nil
    }
}
