import ArgumentParser
import BantinCore
import BantinDisk
import Foundation

/// `bantin new article`: an article file with its front matter filled in and the schema's metrics
/// ready to copy into a fact block; prints its path.
struct NewArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Write a new article into content/articles/<year>/<slug>.md and print its path."
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "The headline; the file name is made from it.")
    var title: String

    @Option(help: "The place the article is about, as a path of the gazetteer: lam-dong/lam-ha.")
    var locality: String

    @Option(help: "The day of publication, YYYY-MM-DD (default: today in Vietnam).")
    var date: String?

    @Option(help: "Subjects, separated by commas: \"tổng kết,tuyên truyền\".")
    var tags: String?

    func validate() throws {
        if title.allSatisfy(\.isWhitespace) { throw ValidationError("--title is empty") }
        if VietnameseSlug.make(title).isEmpty { throw ValidationError("--title '\(title)' has no letter or digit to make a file name from") }
        if let date, case .failure = ArticleDate.parse(date) {
            throw ValidationError("--date '\(date)' is not a day; write it year-month-day, such as 2024-05-26")
        }
    }

    func run() throws {
        let console = Console()
        let source = DiskSiteSource(root: siteOptions.siteURL)
        var diagnostics = DiagnosticBag()
        let references = SiteReferences.load(from: source, diagnostics: &diagnostics)
        if diagnostics.hasErrors {
            console.report(diagnostics.sorted, lines: SourceLines(source))
            console.summary(errors: diagnostics.errorCount, warnings: 0, outputKept: false)
            throw ExitCode(1)
        }
        let day: ArticleDate
        if let date, case .success(let parsed) = ArticleDate.parse(date) {
            day = parsed
        } else {
            day = Self.todayInVietnam()
        }
        let path: String
        switch references.localityPath(locality, on: day) {
        case .success(let found): path = found
        case .failure(let problem):
            console.report([problem], lines: .none)
            throw ExitCode(1)
        }
        let tagList = (tags ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let article = NewArticle(title: title.trimmingCharacters(in: .whitespaces), locality: path, date: day, tags: tagList)
        let url = siteOptions.siteURL.appendingPathComponent(article.path)
        if FileManager.default.fileExists(atPath: url.path) {
            console.error("\(url.relativeOrAbsolutePath) already exists; nothing was written")
            console.info("   hint: give the article another title, or edit the existing file")
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(article.text(schema: references.schema).utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            console.error("could not write \(url.relativeOrAbsolutePath): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print(url.relativeOrAbsolutePath)
    }

    /// Today's date in Vietnam (UTC+7 all year, no summer time), whatever the machine's zone.
    static func todayInVietnam(now: Date = Date()) -> ArticleDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return ArticleDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
