import ArgumentParser
import BantinCore
import BantinDisk
import Foundation

/// `bantin schema`: JSON Schemas of the front matter and of fact blocks, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write front-matter.schema.json and facts.schema.json (JSON Schema 2020-12) for editors that check YAML."
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .shortAndLong, help: "The folder to write them into (default: SITE/schemas).", completion: .directory)
    var output: String?

    func run() throws {
        let console = Console()
        let references = try SiteReferences.loadReporting(siteOptions.siteURL, console: console)
        let folder = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? siteOptions.siteURL.appendingPathComponent("schemas", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in JSONSchemaWriter(references: references).files.sorted(by: { $0.key < $1.key }) {
                let url = folder.appendingPathComponent(name)
                try Data(text.utf8).write(to: url, options: .atomic)
                print(url.relativeOrAbsolutePath)
            }
        } catch {
            console.error("could not write into \(folder.relativeOrAbsolutePath): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

extension SiteReferences {
    /// The site's gazetteer and schema, or their errors printed and exit status 1.
    static func loadReporting(_ site: URL, console: Console) throws -> SiteReferences {
        var diagnostics = DiagnosticBag()
        let source = DiskSiteSource(root: site)
        let references = SiteReferences.load(from: source, diagnostics: &diagnostics)
        if diagnostics.hasErrors {
            console.report(diagnostics.sorted, lines: SourceLines(source))
            console.summary(errors: diagnostics.errorCount, warnings: 0, outputKept: false)
            throw ExitCode(1)
        }
        return references
    }
}
