/// How a request's body is delimited (RFC 9112 §6.3).
enum BodyFraming: Equatable {
    case none
    case length(Int)
    case chunked
}

extension HTTPRequest {
    /// Whether the client asked for an interim `100 Continue` before sending the body.
    public var expectsContinue: Bool {
        version == .http1_1 && headers.first("Expect")?.equalsCaseInsensitive("100-continue") == true
    }

    /// Validates the fields that decide framing and returns how the body is delimited.
    ///
    /// These checks are the request-smuggling defences: a message that two parsers could
    /// read differently is refused, never guessed at.
    func bodyFraming() throws(HTTPParseError) -> BodyFraming {
        let hosts = headers.values("Host")
        if version == .http1_1 && hosts.count != 1 || hosts.count > 1 {
            // RFC 9112 §3.2: exactly one Host in HTTP/1.1.
            throw .malformed("An HTTP/1.1 request must carry exactly one Host header field.")
        }
        if let expectation = headers.first("Expect"), !expectation.equalsCaseInsensitive("100-continue") {
            throw HTTPParseError(.unsupportedExpectation, "Only 'Expect: 100-continue' is supported.")
        }
        let lengths = headers.values("Content-Length")
        if headers.contains("Transfer-Encoding") {
            guard lengths.isEmpty else {
                throw .malformed("Content-Length and Transfer-Encoding together are refused (request smuggling).")
            }
            guard version == .http1_1 else {
                throw .malformed("Transfer-Encoding is not allowed in an HTTP/1.0 request.")
            }
            let codings = headers.listValues("Transfer-Encoding")
            guard let last = codings.last else { throw .malformed("Transfer-Encoding is empty.") }
            if codings.dropLast().contains(where: { $0.equalsCaseInsensitive("chunked") }) {
                throw .malformed("chunked must be the final transfer coding, and appear once.")
            }
            if let other = codings.first(where: { !$0.equalsCaseInsensitive("chunked") }) {
                throw HTTPParseError(.unsupportedTransferCoding, "The transfer coding '\(other)' is not supported.")
            }
            precondition(last.equalsCaseInsensitive("chunked"))
            return .chunked
        }
        guard !lengths.isEmpty else { return .none }
        // RFC 9110 §8.6: a list of identical values may be taken as one; anything else is refused.
        var length: Int?
        for element in lengths.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            let text = element.trimmingOWS()
            guard !text.isEmpty, text.count <= 18, text.utf8.allSatisfy({ $0.digitValue != nil }), let value = Int(text) else {
                throw .malformed("Content-Length '\(text)' is not a decimal number of bytes.")
            }
            if let length, length != value { throw .malformed("Conflicting Content-Length values.") }
            length = value
        }
        return length == 0 ? .none : .length(length!)
    }
}
