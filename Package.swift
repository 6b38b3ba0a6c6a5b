// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Bantin",
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "BantinCore", targets: ["BantinCore"]),
    ],
    // Exact versions, so that a build made today is made again tomorrow.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        // Imported by the preview server directly; they come with Hummingbird.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
    ],
    targets: [
        // The C library, and nothing else.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libvips, for pictures' sizes and smaller copies.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
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
            ]
        ),
        // The edge: reading a site from disk and swapping the output in atomically.
        .target(name: "BantinDisk", dependencies: ["BantinCore"]),
        // The only target that imports CVips: reads pictures and makes their copies for BantinCore's `ImageProcessing`.
        .target(name: "BantinImages", dependencies: ["BantinCore", "CVips"]),
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
                "BantinImages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BantinMarkdownTests", dependencies: ["BantinMarkdown"]),
        // swift-mustache is the reference the template renderer is compared with, in tests only.
        .testTarget(
            name: "BantinCoreTests",
            dependencies: ["BantinCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "BantinDiskTests", dependencies: ["BantinDisk", "BantinCore"]),
        .testTarget(name: "BantinImagesTests", dependencies: ["BantinImages", "BantinDisk", "BantinCore"]),
        .testTarget(name: "BantinServeTests", dependencies: ["BantinServe", "BantinCore"]),
        // Runs the built `bantin` executable as a user would.
        .testTarget(name: "bantinTests", dependencies: ["bantin"]),
    ]
)
