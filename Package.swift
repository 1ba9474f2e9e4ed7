// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "entente",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "entente", targets: ["entente"]),
        .library(name: "EntenteHTTP", targets: ["EntenteHTTP"]),
        .library(name: "EntenteJSON", targets: ["EntenteJSON"]),
        // (For the extraction fuzz target in Fuzz/.)
        .library(name: "EntenteIngest", targets: ["EntenteIngest"]),
        .library(name: "EntenteModel", targets: ["EntenteModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // System libraries, found through pkg-config; Debian packages named as providers.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // epoll and eventfd, which the Glibc module does not export.
        .systemLibrary(name: "CLinux"),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // JSON values, a strict parser and a fast writer; shared by the engine and the domain.
        .target(name: "EntenteJSON", swiftSettings: swiftSettings),

        // Domain types: events, partial dates, actors, countries, and their validation.
        .target(name: "EntenteModel", dependencies: ["EntenteJSON"], swiftSettings: swiftSettings),

        // SQLite: a thin query layer, migrations, and Entente's queries.
        .target(
            name: "EntenteStore",
            dependencies: ["CSQLite", "EntenteModel", "EntenteJSON", .product(name: "CoreMetrics", package: "swift-metrics")],
            swiftSettings: swiftSettings
        ),

        // Article → events: clean-up, sentences, dates, places, people, events. Pure Swift, no network.
        .target(name: "EntenteIngest", dependencies: ["EntenteModel", "EntenteJSON"], swiftSettings: swiftSettings),

        // The HTTP/1.1 engine: sockets, parser, router, responses. Knows nothing of diplomacy.
        .target(
            name: "EntenteHTTP",
            dependencies: [
                "CZlib",
                "CLinux",
                "EntenteJSON",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),

        // Entente's routes and middleware over the engine, and the worker processes that run the extractor.
        .target(
            name: "EntenteAPI",
            dependencies: [
                "EntenteHTTP",
                "EntenteStore",
                "EntenteModel",
                "EntenteJSON",
                "EntenteIngest",
                "CLinux",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),

        // The command line on top.
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteAPI",
                "EntenteStore",
                "EntenteHTTP",
                "EntenteIngest",
                "EntenteModel",
                "EntenteJSON",
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),

        // Benchmark tooling: synthetic datasets and query timings (see Benchmarks/).
        .executableTarget(
            name: "entente-bench",
            dependencies: [
                "EntenteStore",
                "EntenteModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // Shared fixtures for the test targets.
        .target(
            name: "TestSupport",
            dependencies: [
                "EntenteHTTP", "EntenteStore", .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EntenteHTTPTests",
            dependencies: [
                "EntenteHTTP", "TestSupport", .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EntenteModelTests",
            dependencies: ["EntenteModel", "EntenteJSON"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EntenteIngestTests",
            dependencies: ["EntenteIngest", "EntenteModel", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EntenteStoreTests",
            dependencies: ["EntenteStore", "EntenteModel", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["EntenteHTTP", "EntenteJSON", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EntenteAPITests",
            dependencies: [
                "EntenteAPI", "EntenteHTTP", "EntenteStore", "EntenteModel", "EntenteJSON", "EntenteIngest", "TestSupport",
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)

var swiftSettings: [SwiftSetting] {
    [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
