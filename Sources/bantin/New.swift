import ArgumentParser

/// `bantin new`: starts a site or an article, so that nobody has to copy one by hand.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new bulletin site or a new article.",
        subcommands: [NewSite.self, NewArticleCommand.self]
    )
}
