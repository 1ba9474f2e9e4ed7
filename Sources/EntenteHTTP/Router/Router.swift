/// Routes requests by method and path pattern to handlers.
///
/// Patterns are `/`-separated literal segments and `{name}` parameters. A literal segment wins
/// over a parameter at the same place. A path that matches with another method is a `405` with
/// `Allow`; a path that matches nothing is a `404`. `HEAD` falls back to the `GET` handler.
///
/// ```swift
/// var router = Router()
/// router.get("/v1/events/{id}") { request, context in
///     let id = try context.parameter("id")
///     ...
/// }
/// ```
public struct Router: Sendable {
    public typealias Handler = HTTPResponder

    /// The outcome of matching a method and path.
    public enum Match {
        case found(Handler, parameters: [String: String], pattern: String)
        case methodNotAllowed(allowed: [HTTPMethod])
        case notFound
    }

    private struct Route: Sendable {
        var handler: Handler
        var pattern: String
    }

    private struct Node: Sendable {
        var literals: [String: Node] = [:]
        var parameterName: String?
        /// Zero or one element: the subtree below a `{parameter}` segment.
        var parameterChild: [Node] = []
        var routes: [HTTPMethod: Route] = [:]
    }

    private var root = Node()
    /// Every registered method and pattern, in registration order.
    public private(set) var routes: [(method: HTTPMethod, pattern: String)] = []

    public init() {}

    /// Registers `handler` for `method` on `pattern`.
    public mutating func on(_ method: HTTPMethod, _ pattern: String, handler: @escaping Handler) {
        let segments = Self.segments(of: pattern)
        precondition(!segments.isEmpty || pattern == "/", "Route patterns start with /: \(pattern)")
        Self.insert(into: &root, segments: segments[...], method: method, route: Route(handler: handler, pattern: pattern))
        routes.append((method, pattern))
    }

    public mutating func get(_ pattern: String, handler: @escaping Handler) { on(.get, pattern, handler: handler) }
    public mutating func post(_ pattern: String, handler: @escaping Handler) { on(.post, pattern, handler: handler) }
    public mutating func put(_ pattern: String, handler: @escaping Handler) { on(.put, pattern, handler: handler) }
    public mutating func patch(_ pattern: String, handler: @escaping Handler) { on(.patch, pattern, handler: handler) }
    public mutating func delete(_ pattern: String, handler: @escaping Handler) { on(.delete, pattern, handler: handler) }

    /// Finds the handler for a method and decoded path segments.
    public func match(_ method: HTTPMethod, segments: [String]) -> Match {
        var parameters: [String: String] = [:]
        guard let node = Self.find(root, segments: segments[...], parameters: &parameters) else { return .notFound }
        if let route = node.routes[method] ?? (method == .head ? node.routes[.get] : nil) {
            return .found(route.handler, parameters: parameters, pattern: route.pattern)
        }
        var allowed = Array(node.routes.keys)
        if allowed.contains(.get) && !allowed.contains(.head) { allowed.append(.head) }
        return .methodNotAllowed(allowed: allowed.sorted { $0.rawValue < $1.rawValue })
    }

    /// Answers a request, throwing `404`/`405` ``HTTPError``s when no route takes it.
    public func respond(to request: HTTPRequest, context: RequestContext) throws -> HTTPResponse {
        switch match(request.method, segments: request.pathSegments) {
        case .found(let handler, let parameters, let pattern):
            var context = context
            context.parameters = parameters
            context.route = pattern
            return try handler(request, context)
        case .methodNotAllowed(let allowed):
            let allow = allowed.map(\.rawValue).joined(separator: ", ")
            throw HTTPError(
                .methodNotAllowed, detail: "\(request.method) is not allowed on \(request.path); allowed: \(allow).",
                headers: ["Allow": allow])
        case .notFound:
            throw HTTPError(.notFound, detail: "No resource at \(request.path).")
        }
    }

    // MARK: - Trie

    private static func segments(of pattern: String) -> [String] {
        pattern == "/" ? [""] : pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
    }

    private static func insert(into node: inout Node, segments: ArraySlice<String>, method: HTTPMethod, route: Route) {
        guard let segment = segments.first else {
            precondition(node.routes[method] == nil, "Route registered twice: \(method) \(route.pattern)")
            node.routes[method] = route
            return
        }
        if segment.hasPrefix("{") && segment.hasSuffix("}") {
            let name = String(segment.dropFirst().dropLast())
            precondition(node.parameterName == nil || node.parameterName == name, "Conflicting parameter names in \(route.pattern)")
            node.parameterName = name
            if node.parameterChild.isEmpty { node.parameterChild.append(Node()) }
            insert(into: &node.parameterChild[0], segments: segments.dropFirst(), method: method, route: route)
        } else {
            insert(into: &node.literals[segment, default: Node()], segments: segments.dropFirst(), method: method, route: route)
        }
    }

    private static func find(_ node: Node, segments: ArraySlice<String>, parameters: inout [String: String]) -> Node? {
        guard let segment = segments.first else { return node.routes.isEmpty ? nil : node }
        if let literal = node.literals[segment], let found = find(literal, segments: segments.dropFirst(), parameters: &parameters) {
            return found
        }
        if let name = node.parameterName, !segment.isEmpty,
            let found = find(node.parameterChild[0], segments: segments.dropFirst(), parameters: &parameters)
        {
            parameters[name] = segment
            return found
        }
        return nil
    }
}
