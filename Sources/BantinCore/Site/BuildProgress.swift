/// What a long build shows on a terminal while it runs: the stage and how far it has come
/// ("đang dựng trang bài viết 4.210/10.000"), on one line of standard error rewritten in place
/// and erased when the build ends.
///
/// Pure: it is told the time and returns the text to write, so that when it speaks is tested
/// without a terminal or a clock. Nothing is written when standard error is not a terminal
/// (a log, a pipe) or with `--quiet`, nor during the first second: a short build stays silent.
public struct BuildProgress: Sendable {
    /// Seconds after the start before anything is shown.
    public static let delay = 1.0
    /// The least time between two rewrites of the line, so that writing never slows the build.
    public static let interval = 0.1

    /// True on a terminal without `--quiet`.
    public let isShown: Bool
    private let started: Double
    private var stage = ""
    private var done: Int?
    private var total: Int?
    private var lastWritten: Double?
    /// Whether the line holds text to erase.
    private var onScreen = false

    public init(isShown: Bool, startedAt time: Double) {
        self.isShown = isShown
        started = time
    }

    /// A new stage has begun (named as `BuildOptions.onStage` names it); returns the text to write.
    public mutating func begin(_ stage: String, at time: Double) -> String {
        self.stage = stage
        done = nil
        total = nil
        return show(at: time, force: true)
    }

    /// `done` of the stage's `total` items are made; returns the text to write.
    public mutating func advance(_ done: Int, of total: Int, at time: Double) -> String {
        self.done = done
        self.total = total
        return show(at: time, force: done >= total)
    }

    /// The build has ended: the text that erases the line, if one is shown.
    public mutating func finish() -> String {
        defer { onScreen = false }
        return onScreen ? Self.erase : ""
    }

    private mutating func show(at time: Double, force: Bool) -> String {
        guard isShown, time - started >= Self.delay, let line = Self.line(stage: stage, done: done, total: total) else { return "" }
        if !force, let lastWritten, time - lastWritten < Self.interval { return "" }
        lastWritten = time
        onScreen = true
        return Self.erase + line
    }

    /// Back to the start of the line, and clear it.
    static let erase = "\r\u{1B}[K"

    /// The line for a stage and its count: "đang dựng trang bài viết 4.210/10.000"; the stage
    /// alone without a count; nil for a stage without a name to show.
    public static func line(stage: String, done: Int?, total: Int?) -> String? {
        guard let name = names[stage] else { return nil }
        guard let done, let total, total > 0 else { return name }
        return "\(name) \(VietnameseNumberFormat.integer(min(done, total)))/\(VietnameseNumberFormat.integer(total))"
    }

    /// The stages of a build, as a reader of the terminal is told them.
    static let names: [String: String] = [
        "reading the gazetteer and the schema": "đang đọc danh mục địa giới và lược đồ số liệu",
        "reading settings, theme and pages": "đang đọc cấu hình, giao diện và trang",
        "reading articles": "đang đọc bài viết",
        "checking the site as a whole": "đang kiểm tra toàn trang",
        "indexing": "đang lập chỉ mục",
        "home pages": "đang dựng trang chủ",
        "article pages": "đang dựng trang bài viết",
        "locality pages": "đang dựng trang địa phương",
        "statistics pages": "đang dựng trang thống kê",
        "tag pages": "đang dựng trang chủ đề",
        "open data": "đang ghi dữ liệu mở",
        "search index": "đang dựng chỉ mục tìm kiếm",
        "checking links": "đang kiểm tra liên kết",
        "build cache": "đang ghi bộ nhớ đệm",
    ]
}
