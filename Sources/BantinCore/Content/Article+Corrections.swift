extension Article {
    /// When the article last changed: the newest correction's day, else its date of publication.
    public var updated: ArticleDate {
        corrections.map(\.date).reduce(date) { newest, day in day.epochSeconds > newest.epochSeconds ? day : newest }
    }

    /// Corrections dated after the moment of the build (`now`, seconds since 1970): a notice
    /// cannot say a correction was made on a day that has not come. `--future`, which
    /// publishes what is dated ahead, lets them through too.
    public func correctionsInTheFuture(now: Int?, future: Bool) -> [Diagnostic] {
        guard let now, !future else { return [] }
        var bag = DiagnosticBag()
        for correction in corrections where correction.date.epochSeconds > now {
            bag.error(.futureDate, "the correction is dated \(correction.date.vietnamese), in the future", at: correction.location,
                      hint: "write the day the correction was made; build with --future to publish it now")
        }
        return bag.diagnostics
    }
}
