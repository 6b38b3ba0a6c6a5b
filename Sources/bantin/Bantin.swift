import ArgumentParser

/// The `bantin` command: builds a bulletin site from Markdown articles with checked figures.
///
/// The root is asynchronous so that `serve` can await its server; the other commands are synchronous.
@main
struct Bantin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bantin",
        abstract: "Build the bulletin of the movement as a static site, with every figure checked.",
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Serve.self, New.self, SchemaCommand.self, CMS.self, Facts.self]
    )
}
