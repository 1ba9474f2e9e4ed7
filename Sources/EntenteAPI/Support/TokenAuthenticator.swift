import EntenteHTTP
import EntenteStore

/// Recognises `Authorization: Bearer TOKEN` against the tokens stored (as hashes) in the database.
struct TokenAuthenticator: RequestAuthenticator {
    let store: EntenteStore

    func authenticate(_ request: HTTPRequest) throws -> String? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].equalsCaseInsensitive("Bearer") else { return nil }
        return try store.tokenName(for: String(parts[1].trimmingOWS()))
    }
}
