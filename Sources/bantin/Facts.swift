import ArgumentParser

/// `bantin facts`: help with the fact blocks of an article.
struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Help with the fact blocks of an article.",
        subcommands: [FactsSuggest.self]
    )
}
