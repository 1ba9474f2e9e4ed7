// swift-tools-version: 6.0
// The libFuzzer target for the HTTP request parser and the JSON parser (see Fuzz/README.md).
// Kept out of the main package: it only builds with the fuzzer sanitizer.
import PackageDescription

let package = Package(
    name: "entente-fuzz",
    products: [.executable(name: "entente-fuzz", targets: ["entente-fuzz"])],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "entente-fuzz",
            dependencies: [
                .product(name: "EntenteHTTP", package: "main"),
                .product(name: "EntenteJSON", package: "main"),
            ]
        )
    ]
)
