/// Content negotiation on `Accept-Encoding` (RFC 9110 §12.5.3), as far as gzip goes.
public enum AcceptEncoding {
    /// Whether a request with this `Accept-Encoding` list accepts gzip: `gzip` (or `x-gzip`)
    /// with a non-zero q-value, or `*` with a non-zero q-value when gzip is not named.
    public static func acceptsGzip(_ headers: HTTPHeaders) -> Bool {
        var gzipQuality: Double?
        var wildcardQuality: Double?
        for element in headers.listValues("Accept-Encoding") {
            let parameters = element.split(separator: ";")
            let coding = parameters[0].trimmingOWS()
            var quality = 1.0
            for parameter in parameters.dropFirst() {
                let pair = parameter.trimmingOWS().split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingOWS().equalsCaseInsensitive("q") {
                    quality = Double(pair[1].trimmingOWS()) ?? 0
                }
            }
            if coding.equalsCaseInsensitive("gzip") || coding.equalsCaseInsensitive("x-gzip") {
                gzipQuality = max(gzipQuality ?? 0, quality)
            } else if coding == "*" {
                wildcardQuality = quality
            }
        }
        if let gzipQuality { return gzipQuality > 0 }
        return (wildcardQuality ?? 0) > 0
    }
}
