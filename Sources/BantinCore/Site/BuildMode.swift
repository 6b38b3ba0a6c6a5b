/// Whether a build's files are the whole site or only those that changed.
public enum BuildMode: Sendable, Equatable {
    /// The files are the whole site: the output folder is replaced by them.
    case full
    /// The files are the pages of the articles whose text changed: written in place, the rest kept.
    case partial(articles: [String])
}
