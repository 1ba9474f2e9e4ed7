/// Writes a response head (status line and fields) as bytes, adding the framing fields.
///
/// The engine owns `Content-Length`, `Transfer-Encoding`, `Connection` and `Date`:
/// a handler's values for them are replaced, so a response is always framed exactly once.
enum ResponseSerializer {
    /// The head bytes and the body bytes to send for `response`.
    /// - Parameters:
    ///   - isHead: the request was `HEAD`: fields as for `GET`, no body.
    ///   - keepAlive: whether the connection stays open afterwards.
    static func serialize(
        _ response: HTTPResponse, version: HTTPVersion, isHead: Bool, keepAlive: Bool, date: String
    ) -> (head: [UInt8], body: [UInt8]) {
        var head = ""
        head.reserveCapacity(256)
        head += version == .http1_0 ? "HTTP/1.0 " : "HTTP/1.1 "
        head += String(response.status.code)
        head += " "
        head += response.status.reasonPhrase
        head += "\r\n"
        for field in response.headers where !isFramingField(field.name) {
            head += field.name
            head += ": "
            head += field.value
            head += "\r\n"
        }
        head += "Date: "
        head += date
        head += "\r\n"
        let allowsBody = response.status.allowsBody
        if allowsBody && response.stream != nil {
            // HTTP/1.0 has no chunked coding: the body ends when the connection closes.
            if version == .http1_1 { head += "Transfer-Encoding: chunked\r\n" }
        } else if allowsBody {
            head += "Content-Length: "
            head += String(response.body.count)
            head += "\r\n"
        }
        if !keepAlive {
            head += "Connection: close\r\n"
        } else if version == .http1_0 {
            head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        return (Array(head.utf8), allowsBody && !isHead && response.stream == nil ? response.body : [])
    }

    private static func isFramingField(_ name: String) -> Bool {
        name.equalsCaseInsensitive("Content-Length") || name.equalsCaseInsensitive("Transfer-Encoding")
            || name.equalsCaseInsensitive("Connection") || name.equalsCaseInsensitive("Date")
    }

    /// The interim response sent for `Expect: 100-continue`.
    static let continueHead = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
}
