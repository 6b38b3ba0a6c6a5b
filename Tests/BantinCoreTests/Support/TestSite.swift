import Foundation
import Testing
@testable import BantinCore

/// A minimal valid site as path → text, and the ways tests build and read it.
///
/// Each test states only what it changes: `TestSite.files(with: [path: text])` adds or
/// replaces files, `TestSite.article(…)` writes an article whose front matter lines are known,
/// so the line numbers in expected diagnostics can be read off the test itself.
enum TestSite {
    static let siteYAML = """
        title: Bản tin thử nghiệm
        language: vi
        theme: default

        """

    /// Lâm Đồng > Lâm Hà > Đinh Văn, Nam Ban, Đạ Đờn, Tân Thanh; Lâm Đồng > Đức Trọng > Tân Thanh;
    /// Lai Châu (tỉnh) > Lai Châu (thành phố); Long An and Tây Ninh: national units, written
    /// here as a site would (Đức Trọng's xã Tân Thành, id `tan-thanh`, is renamed Tân Thanh).
    static let localitiesYAML = """
        - name: Lâm Đồng
          kind: tỉnh
          children:
            - name: Lâm Hà
              kind: huyện
              children:
                - {name: Đinh Văn, kind: thị trấn}
                - {name: Nam Ban, kind: thị trấn}
                - {name: Đạ Đờn, kind: xã}
                - {name: Tân Thanh, kind: xã}
            - name: Đức Trọng
              kind: huyện
              children:
                - {name: Tân Thanh, kind: xã}
        - name: Lai Châu
          kind: tỉnh
          children:
            - name: Lai Châu
              kind: thành phố
        - name: Long An
          kind: tỉnh
        - name: Tây Ninh
          kind: tỉnh

        """

    static let schemaYAML = """
        metrics:
          propaganda_sessions:
            label: Buổi tuyên truyền
            unit: buổi
            kind: count
          propaganda_attendees:
            label: Lượt người dự tuyên truyền
            unit: lượt người
            kind: count
          valuable_tips:
            label: Tin có giá trị
            unit: tin
            kind: count
          cases_solved:
            label: Vụ phạm tội được làm rõ
            unit: vụ
            kind: ratio
          gift_value:
            label: Giá trị quà tặng
            unit: đồng
            kind: amount
          festival_sites:
            label: Điểm tổ chức Ngày hội
            unit: điểm
            kind: count
            parts: {provincial: Cấp tỉnh, district: Cấp huyện, commune: Cấp xã}
          households_pledged:
            label: Tỷ lệ hộ ký cam kết
            unit: "%"
            kind: percent

        """

    /// The path of the article most tests write.
    static let articlePath = "content/articles/2023/lam-ha.md"

    /// An article. With the defaults the front matter is lines 1–5, line 6 is blank
    /// and the body's first line is line 7.
    static func article(
        title: String = "Lâm Hà tổng kết phong trào",
        date: String = "2023-05-26",
        locality: String = "lam-dong/lam-ha",
        extra: String = "",
        body: String = "Ngày 26/5, Công an huyện Lâm Hà tổng kết phong trào.\n"
    ) -> String {
        var text = "---\n"
        text += "title: \(title)\n"
        text += "date: \(date)\n"
        text += "locality: \(locality)\n"
        text += extra
        text += "---\n\n"
        text += body
        return text
    }

    /// An article whose body is a sentence and one fact block; the block's first YAML line is line 10.
    ///
    /// Lines: 7 sentence, 8 blank, 9 fence, 10… `values` as given (already indented under `values:`).
    static func article(facts: String, title: String = "Lâm Hà tổng kết phong trào", extra: String = "") -> String {
        article(title: title, extra: extra, body: """
            Kết quả phong trào năm 2023.

            ```facts
            \(facts)```

            """)
    }

    /// The base site with `changes` added or replacing files; a nil value removes a file.
    static func files(with changes: [String: String?] = [:]) -> [String: String] {
        var files = [
            "site.yaml": siteYAML,
            "content/localities.yaml": localitiesYAML,
            "content/schema.yaml": schemaYAML,
            articlePath: article(),
        ]
        for (path, text) in changes {
            files[path] = text
        }
        return files
    }

    static func build(_ files: [String: String], options: BuildOptions = BuildOptions()) -> BuildResult {
        SiteBuilder(source: MemorySiteSource(files), options: options).build()
    }

    /// Every diagnostic of a build, formatted as the command line prints them, without colour.
    static func report(_ files: [String: String], options: BuildOptions = BuildOptions()) -> String {
        report(build(files, options: options))
    }

    /// The report of the base site whose article holds one fact block with `facts` (its first line is line 10).
    static func factsReport(_ facts: String) -> String {
        report(files(with: [articlePath: article(facts: facts)]))
    }

    static func report(_ result: BuildResult) -> String {
        let formatter = DiagnosticFormatter(lines: result.lines)
        return result.diagnostics.map(formatter.format).joined()
    }

    /// The text of an output file, or nil when the build did not make it.
    static func page(_ path: String, of result: BuildResult) -> String? {
        result.files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }

    // MARK: Parsing single files against the base gazetteer and schema

    /// The national gazetteer with `localitiesYAML` applied, read once.
    static let gazetteer: Gazetteer = {
        var diagnostics = DiagnosticBag()
        let gazetteer = GazetteerParser.parse(SourceFile(path: GazetteerParser.path, text: localitiesYAML), diagnostics: &diagnostics)
        precondition(!diagnostics.hasErrors, "the test gazetteer has errors: \(diagnostics.diagnostics)")
        return gazetteer
    }()

    static var schema: MetricSchema {
        var diagnostics = DiagnosticBag()
        let schema = SchemaParser.parse(SourceFile(path: SchemaParser.path, text: schemaYAML), diagnostics: &diagnostics)
        precondition(!diagnostics.hasErrors, "the test schema has errors: \(diagnostics.diagnostics)")
        return schema
    }

    /// Parses one article against the base gazetteer and schema.
    static func parse(_ text: String, path: String = articlePath) -> (article: Article?, diagnostics: [Diagnostic]) {
        ArticleParser(gazetteer: gazetteer, schema: schema).parse(SourceFile(path: path, text: text))
    }

    /// The formatted diagnostics of one article parsed on its own.
    static func parseReport(_ text: String, path: String = articlePath) -> String {
        let formatter = DiagnosticFormatter(lines: SourceLines(MemorySiteSource([path: text])))
        var bag = DiagnosticBag()
        bag.append(contentsOf: parse(text, path: path).diagnostics)
        return bag.sorted.map(formatter.format).joined()
    }

    // MARK: Fixtures on disk

    /// `Tests/Fixtures/`, found from this file.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // BantinCoreTests
        .deletingLastPathComponent() // Tests
        .appendingPathComponent("Fixtures")

    /// The repository root, found from this file.
    static let repositoryRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent()

    /// Every regular file under `folder`, as path relative to it → bytes; hidden files skipped.
    static func filesOnDisk(under folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isFolder: ObjCBool = false
            let full = base + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = FileManager.default.contents(atPath: full)
        }
        return files
    }

    /// A fixture site as a memory source: `Tests/Fixtures/<name>/`, its `expected.txt` left out.
    static func fixture(_ name: String) -> MemorySiteSource {
        var files = filesOnDisk(under: fixtures.appendingPathComponent(name))
        files["expected.txt"] = nil
        return MemorySiteSource(files: files)
    }
}
