// swift-tools-version: 6.0
// The libFuzzer harness of Bantin's parsers; built and run by scripts/fuzz.sh, not by `swift test`.
import Foundation
import PackageDescription

// A package path dependency is named after its folder, which is the checkout's own name.
let bantin = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()

let package = Package(
    name: "BantinFuzz",
    dependencies: [
        .package(path: bantin.path),
    ],
    targets: [
        .executableTarget(
            name: "BantinFuzz",
            dependencies: [.product(name: "BantinCore", package: bantin.lastPathComponent.lowercased())]
        ),
    ]
)
