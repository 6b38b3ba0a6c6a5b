/// The configuration of two editors for writers who do not use a terminal, made from the
/// site's own content format: Decap CMS or Sveltia CMS (`content/static/admin/config.yml`,
/// edited in the browser) and Front Matter CMS (`frontmatter.json`, in VS Code).
///
/// Generated text is deterministic, so `bantin check` can tell when it no longer matches the
/// schema or the gazetteer. The `backend:` section of config.yml belongs to the newsroom
/// (which Git host, which repository) and is kept as it is.
public struct CMSConfigWriter: Sendable {
    public static let decapPath = "content/static/admin/config.yml"
    public static let decapPage = "content/static/admin/index.html"
    public static let frontMatterPath = "frontmatter.json"

    /// Written when config.yml has no `backend:` yet: GitHub, to be filled in.
    static let defaultBackend = """
        backend:
          name: github
          repo: ten-to-chuc/ten-kho   # the repository of the site on GitHub: change it
          branch: main
        """

    public let references: SiteReferences

    public init(references: SiteReferences) {
        self.references = references
    }

    // MARK: - Decap CMS / Sveltia CMS

    /// config.yml, keeping the `backend:` section of `existing`.
    public func decap(keeping existing: String? = nil) -> String {
        let backend = existing.flatMap(Self.backendSection) ?? Self.defaultBackend
        var lines = [
            "# Made by `bantin cms` from content/schema.yaml and content/localities.yaml.",
            "# Run `bantin cms` again after changing them; only the backend section is yours to edit.",
            backend,
            "locale: vi",
            "media_folder: content/static/images",
            "public_folder: images",
            "collections:",
            "  - name: articles",
            "    label: Bài viết",
            "    label_singular: Bài viết",
            "    folder: content/articles",
            "    create: true",
            "    extension: md",
            "    format: frontmatter",
            "    path: \"{{year}}/{{slug}}\"",
            "    slug: \"{{slug}}\"",
            "    summary: \"{{title}} ({{locality}})\"",
            "    sortable_fields: [date, title, locality]",
            "    fields:",
        ]
        // One option per path: a path of both eras is one choice, and the article's date picks the unit.
        var seen = Set<String>()
        let localities = references.gazetteer.localities.filter { seen.insert($0.path).inserted }.map { locality in
            "  - {label: \(Self.quoted(locality.title + " — " + locality.path)), value: \(Self.quoted(locality.path))}"
        }
        func field(_ name: String, _ label: String, _ widget: String, required: Bool = false, extra: [String] = []) {
            lines.append("      - name: \(name)")
            lines.append("        label: \(Self.quoted(label))")
            lines.append("        widget: \(widget)")
            if !required { lines.append("        required: false") }
            lines += extra.map { "        " + $0 }
        }
        field("title", "Tiêu đề", "string", required: true)
        field("date", "Ngày đăng", "datetime", required: true,
              extra: ["format: \"YYYY-MM-DDTHH:mm:ssZ\"", "date_format: \"DD/MM/YYYY\"", "time_format: \"HH:mm\""])
        field("locality", "Địa bàn", "select", required: true, extra: ["options:"] + localities)
        field("localities", "Địa bàn khác được nêu", "select", extra: ["multiple: true", "options:"] + localities)
        field("author", "Tác giả", "string")
        field("source", "Nguồn", "string", extra: ["hint: \"Tên báo hoặc đơn vị đăng bài đầu tiên: Báo Lâm Đồng\""])
        field("source_url", "Địa chỉ bài gốc", "string",
              extra: ["pattern: [\"^https?://\", \"Địa chỉ bắt đầu bằng https:// hoặc http://\"]"])
        field("period", "Thời kỳ của số liệu", "string",
              extra: ["pattern: [\"^[0-9]{4}(-[0-9]{4}|-[0-9]{2})?$\", \"Một năm (2024), nhiều năm (2014-2023) hoặc một tháng (2024-05)\"]",
                      "hint: \"Để trống thì là năm của ngày đăng\""])
        field("tags", "Chủ đề", "list")
        field("summary", "Tóm tắt", "text")
        field("image", "Ảnh", "image")
        field("image_alt", "Mô tả ảnh", "string", extra: ["hint: \"Bắt buộc khi có ảnh: ảnh cho thấy gì\""])
        field("draft", "Bản nháp", "boolean", extra: ["default: false"])
        field("slug", "Đường dẫn", "string",
              extra: ["pattern: [\"^[a-z0-9]+(-[a-z0-9]+)*$\", \"Chữ thường không dấu, số và dấu -\"]",
                      "hint: \"Để trống thì được tạo từ tiêu đề\""])
        field("corrections", "Đính chính", "list", extra: [
            "hint: \"Mỗi lần sửa bài sau khi đăng: ngày sửa (không trước ngày đăng) và nội dung đính chính\"",
            "fields:",
            "  - {name: date, label: \"Ngày đính chính\", widget: datetime, time_format: false, format: \"YYYY-MM-DD\", date_format: \"DD/MM/YYYY\"}",
            "  - {name: text, label: \"Nội dung đính chính\", widget: text}",
        ])
        field("body", "Nội dung", "markdown", required: true,
              extra: ["hint: \(Self.quoted(factsHint))"])
        return lines.joined(separator: "\n") + "\n"
    }

    /// The hint under the body: how a fact block is written, and the metrics it may use.
    var factsHint: String {
        "Số liệu: sau đoạn văn nêu số liệu, thêm một khối mã (code block) ngôn ngữ facts, ví dụ "
            + "values: {propaganda_sessions: \"6.003\"}. Các chỉ tiêu: "
            + references.schema.metrics.map { "\($0.id) (\($0.label))" }.joined(separator: "; ") + "."
    }

    /// The loader page of the editor: Sveltia CMS, which reads the same config.yml as Decap.
    public static let adminPage = """
        <!doctype html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <meta name="robots" content="noindex">
          <title>Biên tập bản tin</title>
        </head>
        <body>
          <!-- Sveltia CMS; for Decap CMS use https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js -->
          <script src="https://unpkg.com/@sveltia/cms/dist/sveltia-cms.js" type="module"></script>
        </body>
        </html>

        """

    /// The `backend:` line and the indented lines under it, as written.
    static func backendSection(_ text: String) -> String? {
        var section: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if section.isEmpty {
                if line.hasPrefix("backend:") { section.append(line) }
            } else if line.hasPrefix(" ") || line.hasPrefix("\t") || line.isEmpty {
                section.append(line)
            } else {
                break
            }
        }
        while let last = section.last, last.allSatisfy(\.isWhitespace) { section.removeLast() }
        return section.isEmpty ? nil : section.joined(separator: "\n")
    }

    // MARK: - Front Matter CMS

    public var frontMatterCMS: String {
        let paths = references.localityPaths.map { JSONValue.string($0) }
        func field(_ name: String, _ title: String, _ type: String, _ extra: [(String, JSONValue)] = []) -> JSONValue {
            .object([("title", .string(title)), ("name", .string(name)), ("type", .string(type))] + extra)
        }
        let fields: [JSONValue] = [
            field("title", "Tiêu đề", "string", [("required", .bool(true))]),
            field("date", "Ngày đăng", "datetime", [("required", .bool(true))]),
            field("locality", "Địa bàn", "choice", [("required", .bool(true)), ("choices", .array(paths))]),
            field("localities", "Địa bàn khác được nêu", "choice", [("multiple", .bool(true)), ("choices", .array(paths))]),
            field("author", "Tác giả", "string"),
            field("source", "Nguồn", "string"),
            field("source_url", "Địa chỉ bài gốc", "string"),
            field("period", "Thời kỳ của số liệu", "string"),
            field("tags", "Chủ đề", "list"),
            field("summary", "Tóm tắt", "string", [("multiline", .bool(true))]),
            field("image", "Ảnh", "image"),
            field("image_alt", "Mô tả ảnh", "string"),
            field("draft", "Bản nháp", "draft"),
            field("slug", "Đường dẫn", "slug"),
            field("corrections", "Đính chính", "block", [("fieldGroup", .array([.string("correction")]))]),
        ]
        // A block is a list of items of a field group: each correction has its day and its text.
        let correction = JSONValue.object([
            ("id", .string("correction")),
            ("labelField", .string("date")),
            ("fields", .array([
                field("date", "Ngày đính chính", "datetime", [("required", .bool(true))]),
                field("text", "Nội dung đính chính", "string", [("required", .bool(true)), ("multiline", .bool(true))]),
            ])),
        ])
        return JSONValue.object([
            ("$schema", .string("https://frontmatter.codes/frontmatter.schema.json")),
            ("frontMatter.framework.id", .string("other")),
            ("frontMatter.content.publicFolder", .string("content/static")),
            ("frontMatter.content.pageFolders", .array([.object([
                ("title", .string("Bài viết")),
                ("path", .string("[[workspace]]/content/articles")),
                ("contentTypes", .array([.string("article")])),
            ])])),
            ("frontMatter.taxonomy.dateFormat", .string("yyyy-MM-dd'T'HH:mm:ssXXX")),
            ("frontMatter.taxonomy.fieldGroups", .array([correction])),
            ("frontMatter.taxonomy.contentTypes", .array([.object([
                ("name", .string("article")),
                ("pageBundle", .bool(false)),
                ("fileType", .string("md")),
                ("fields", .array(fields)),
            ])])),
        ]).printed()
    }

    // MARK: - Staleness

    /// An error for each generated file of the site that differs from what `bantin cms` writes
    /// now; a site without them is not asked to have them.
    public func staleFiles(in source: SiteSource) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for path in [Self.decapPath, Self.frontMatterPath] {
            guard let data = source.contents(of: path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            let expected = path == Self.decapPath ? decap(keeping: text) : frontMatterCMS
            guard text != expected else { continue }
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(lines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(lines.count, expectedLines.count)
            let line = first + 1
            problems.append(.error(.staleCMSConfig,
                "\(path) is out of date with content/schema.yaml and content/localities.yaml",
                at: SourceLocation(file: path, line: line, column: 1),
                hint: "run 'bantin cms' to write it again"
            ))
        }
        return problems
    }

    static func quoted(_ text: String) -> String { NewArticle.quoted(text) }
}
