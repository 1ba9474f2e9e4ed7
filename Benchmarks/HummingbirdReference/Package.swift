// swift-tools-version:6.0
// Reference Hummingbird 2 server used by Benchmarks/http-bench.sh as a
// baseline to compare Entente's HTTP throughput against.
import PackageDescription

let package = Package(
    name: "HummingbirdReference",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hb-reference", targets: ["hb-reference"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1")
    ],
    targets: [
        .executableTarget(
            name: "hb-reference",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird")
            ]
        )
    ]
)
