/// A dated notice that an article was corrected after it was published ("Đính chính").
///
/// The newest correction is the article's date of change: its page, its feed entry and the
/// figures taken from it say when they were last updated.
public struct Correction: Sendable, Hashable {
    /// The day the correction was made.
    public var date: ArticleDate
    /// What was wrong and what is right, as readers see it.
    public var text: String
    /// Where the correction's `date:` is written, for the checks that need today's date.
    public var location: SourceLocation

    public init(date: ArticleDate, text: String, location: SourceLocation) {
        self.date = date
        self.text = text
        self.location = location
    }
}
