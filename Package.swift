// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Bantin",
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "BantinCore", targets: ["BantinCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Imported by the preview server directly; they come with Hummingbird.
        .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // The C library, and nothing else.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // glibc's malloc.h, for giving freed memory back between the stages of a large build.
        .systemLibrary(name: "CMalloc"),
        // The only target that imports CCmark; it hands back Swift values.
        .target(name: "BantinMarkdown", dependencies: ["CCmark"]),
        // Pure stages: strings in, values and diagnostics out.
        .target(
            name: "BantinCore",
            dependencies: [
                "BantinMarkdown",
                "CMalloc",
                "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The edge: reading a site from disk and swapping the output in atomically.
        .target(name: "BantinDisk", dependencies: ["BantinCore"]),
        // Live preview: serves the site from memory, rebuilds on change, reloads the browser.
        .target(
            name: "BantinServe",
            dependencies: [
                "BantinCore",
                "BantinDisk",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "bantin",
            dependencies: [
                "BantinCore",
                "BantinDisk",
                "BantinServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BantinMarkdownTests", dependencies: ["BantinMarkdown"]),
        .testTarget(name: "BantinCoreTests", dependencies: ["BantinCore"]),
        .testTarget(name: "BantinDiskTests", dependencies: ["BantinDisk", "BantinCore"]),
        .testTarget(name: "BantinServeTests", dependencies: ["BantinServe", "BantinCore"]),
        // Runs the built `bantin` executable as a user would.
        .testTarget(name: "bantinTests", dependencies: ["bantin"]),
    ]
)
