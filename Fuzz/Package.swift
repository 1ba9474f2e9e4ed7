// swift-tools-version: 6.0
// The libFuzzer targets for the HTTP request parser and the JSON parser, and for the article extractor (see Fuzz/README.md).
// Kept out of the main package: it only builds with the fuzzer sanitizer.
import PackageDescription

let package = Package(
    name: "entente-fuzz",
    products: [
        .executable(name: "entente-fuzz", targets: ["entente-fuzz"]),
        .executable(name: "entente-fuzz-extract", targets: ["entente-fuzz-extract"]),
    ],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "entente-fuzz",
            dependencies: [
                .product(name: "EntenteHTTP", package: "main"),
                .product(name: "EntenteJSON", package: "main"),
            ]
        ),
        // The article extractor: no text may make it trap (it runs inside the server, for POST /v1/ingest).
        .executableTarget(
            name: "entente-fuzz-extract",
            dependencies: [
                .product(name: "EntenteIngest", package: "main"),
                .product(name: "EntenteModel", package: "main"),
            ]
        ),
    ]
)
