import EntenteAPI
import EntenteHTTP
import EntenteJSON
import Testing
import TestSupport

struct OpenAPIContractTests {
    /// The document lists exactly the routes the router serves: a route without a document entry, or the reverse, fails.
    @Test func documentAndRouterAgree() throws {
        let api = try APIHarness()
        let response = try api.send(.get, "/openapi.json", authorized: false)
        #expect(response.status == .ok)
        let document = try api.json(response)
        #expect(document["openapi"] == .string("3.1.0"))
        var documented: Set<String> = []
        for (path, item) in document["paths"]?.objectValue?.members ?? [] {
            for (method, _) in item.objectValue?.members ?? [] { documented.insert("\(method.uppercased()) \(path)") }
        }
        let routed = Set(EntenteApplication(store: api.fixture.store).makeRouter().routes.map { "\($0.method.rawValue) \($0.pattern)" })
        #expect(documented == routed, "only documented: \(documented.subtracting(routed).sorted()); only routed: \(routed.subtracting(documented).sorted())")
    }

    /// Every operation documents its error answers as problem documents, and every referenced schema exists.
    @Test func errorsAreProblemDocumentsAndReferencesResolve() throws {
        let api = try APIHarness()
        let document = try api.json(try api.send(.get, "/openapi.json", authorized: false))
        let schemas = Set(document["components"]?["schemas"]?.objectValue?.keys ?? [])
        var references: [String] = []
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let object):
                for (key, member) in object.members {
                    if key == "$ref", let target = member.stringValue { references.append(target) } else { collect(member) }
                }
            case .array(let array): array.forEach(collect)
            default: break
            }
        }
        collect(document)
        #expect(!references.isEmpty)
        for reference in references {
            #expect(schemas.contains(String(reference.split(separator: "/").last ?? "")), "dangling \(reference)")
        }
        for (_, item) in document["paths"]?.objectValue?.members ?? [] {
            for (_, operation) in item.objectValue?.members ?? [] {
                // The HTML page answers people in HTML, errors included.
                if operation["responses"]?["200"]?["content"]?["text/html"] != nil { continue }
                for (status, response) in operation["responses"]?.objectValue?.members ?? [] where status.hasPrefix("4") {
                    #expect(response["content"]?["application/problem+json"] != nil, "\(status) is not a problem document")
                }
            }
        }
    }
}
