import Foundation

/// The fuzzer: libFuzzer's driver, called from `main` because SwiftPM names an executable's entry point itself.
///
/// Each input runs through the parser its first byte names (`FuzzTarget`). A trap, a sanitizer
/// report or a broken invariant (an event handler on a page, an output path outside the site)
/// is a finding; a diagnostic is a correct answer to bad input. With `BANTIN_FUZZ_PARSER` set
/// (`article`, `facts`, …) inputs for the other parsers are rejected, so one run digs into one parser.

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

let only: FuzzTarget.Parser? = ProcessInfo.processInfo.environment["BANTIN_FUZZ_PARSER"].flatMap { name in
    FuzzTarget.Parser.allCases.first { "\($0)" == name }
}

func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // -1 keeps the input out of the corpus: it belongs to another parser.
    if let only, FuzzTarget.parser(for: bytes) != only { return -1 }
    let outcome = FuzzTarget.run(bytes)
    if !outcome.violations.isEmpty {
        fatalError("invariant broken:\n" + outcome.violations.joined(separator: "\n") + "\n--- transcript\n" + outcome.transcript)
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
