// swift-tools-version: 6.2
import PackageDescription

/// Every target compiles in Swift 6 language mode with warnings treated as errors (DESIGN.md, style 11).
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error)
]

let package = Package(
    name: "vigia",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigia", targets: ["vigia"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
    ],
    targets: [
        .target(name: "VigiaCore", swiftSettings: strict),
        .target(name: "VigiaText", dependencies: ["VigiaCore"], swiftSettings: strict),
        .target(
            name: "VigiaML", dependencies: ["VigiaCore", "VigiaText"], exclude: ["Resources/README.md"],
            swiftSettings: strict),
        .target(
            name: "VigiaEngine",
            dependencies: [
                "VigiaCore", "VigiaText", "VigiaML", .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
                // Receivers' host names are resolved off the event loops, on NIO's thread pool.
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ],
            swiftSettings: strict),
        .target(
            name: "VigiaSQLite",
            dependencies: ["VigiaCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(
            name: "VigiaPostgres",
            dependencies: [
                "VigiaCore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "vigia",
            dependencies: [
                "VigiaCore", "VigiaText", "VigiaML", "VigiaEngine", "VigiaSQLite", "VigiaPostgres", "VigiaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VigiaServer",
            dependencies: [
                "VigiaCore", "VigiaEngine", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "JWTKit", package: "jwt-kit"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                // Request parts as Hummingbird's pipeline carries them, for the request-head guard.
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ],
            // The dashboard's files are compiled into the binary: a server is one file to copy.
            resources: [
                "index.html", "app.css", "main.js", "api.js", "dom.js", "i18n.js", "charts.js", "labels.js",
                "views-live.js", "views-history.js", "views-reports.js",
            ].map { .embedInCode("Dashboard/" + $0) },
            swiftSettings: strict),
        .target(name: "VigiaTesting", dependencies: ["VigiaCore"], swiftSettings: strict),
        .testTarget(name: "VigiaCoreTests", dependencies: ["VigiaCore", "VigiaTesting"], swiftSettings: strict),
        .testTarget(name: "VigiaTextTests", dependencies: ["VigiaText", "VigiaTesting"], swiftSettings: strict),
        .testTarget(name: "VigiaMLTests", dependencies: ["VigiaML", "VigiaTesting"], swiftSettings: strict),
        .testTarget(
            name: "VigiaEngineTests",
            dependencies: [
                "VigiaEngine", "VigiaML", "VigiaText", "VigiaTesting",
                // Receivers are tested against a real local HTTP server.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                // The Twitch source is tested against a real local WebSocket server.
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                // The end-to-end test drives a real `vigia serve` over HTTP.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict),
        .testTarget(name: "VigiaSQLiteTests", dependencies: ["VigiaSQLite", "VigiaTesting"], swiftSettings: strict),
        .testTarget(
            name: "VigiaPostgresTests", dependencies: ["VigiaPostgres", "VigiaTesting"], swiftSettings: strict),
        // Depends on the executable so that `swift test` builds the `vigia` binary these tests run.
        .testTarget(
            name: "VigiaServerTests",
            dependencies: [
                "VigiaServer", "VigiaTesting", .product(name: "HummingbirdTesting", package: "hummingbird"),
                // The request-head guard is driven on an embedded channel, its clock moved by hand.
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ],
            swiftSettings: strict),
        .testTarget(name: "vigiaTests", dependencies: ["vigia", "VigiaSQLite", "VigiaTesting"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
