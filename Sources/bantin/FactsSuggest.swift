import ArgumentParser
import BantinCore
import Foundation

/// `bantin facts suggest FILE`: fact blocks proposed from the article's prose, to paste in.
struct FactsSuggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Read an article's text and print the fact blocks its figures call for, ready to paste.",
        discussion: "Numbers it cannot place (no metric has their unit, or several do) are listed as comments."
    )

    @Argument(help: "The article (Markdown, or plain text).", completion: .file())
    var file: String

    @Option(help: "The site folder whose content/schema.yaml names the metrics (default: the one holding FILE, else the current folder).",
            completion: .directory)
    var site: String?

    func run() throws {
        let console = Console()
        let url = URL(fileURLWithPath: file).standardizedFileURL
        guard let data = try? Data(contentsOf: url) else {
            console.error("cannot read '\(file)'")
            throw ExitCode(1)
        }
        var diagnostics = DiagnosticBag()
        guard let source = SourceFile.decoding(data, path: url.relativeOrAbsolutePath, required: true, diagnostics: &diagnostics) else {
            console.report(diagnostics.sorted, lines: .none)
            throw ExitCode(1)
        }
        let siteURL = site.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? Self.siteFolder(holding: url)
        let references = try SiteReferences.loadReporting(siteURL, console: console)
        if references.schema.metrics.isEmpty {
            console.error("\(siteURL.appendingPathComponent("content/schema.yaml").relativeOrAbsolutePath) names no metric to place figures under")
            throw ExitCode(1)
        }
        print(FactSuggester.render(FactSuggester(schema: references.schema).suggest(source.text)), terminator: "")
    }

    /// The nearest folder above the file with a site.yaml, else the current folder.
    static func siteFolder(holding file: URL) -> URL {
        var folder = file.deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("site.yaml").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }
}
