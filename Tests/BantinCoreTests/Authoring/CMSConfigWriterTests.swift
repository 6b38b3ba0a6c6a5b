import Testing
@testable import BantinCore

@Suite("CMS configuration")
struct CMSConfigWriterTests {
    static let writer = CMSConfigWriter(references: SiteReferences(gazetteer: TestSite.gazetteer, schema: TestSite.schema))

    @Test func decapHasTheArticlesFolderEveryFieldAndTheLocalitiesAsASelect() {
        let config = Self.writer.decap()
        #expect(config.hasPrefix("""
            # Made by `bantin cms` from content/schema.yaml and content/localities.yaml.
            # Run `bantin cms` again after changing them; only the backend section is yours to edit.
            backend:
              name: github
              repo: ten-to-chuc/ten-kho   # the repository of the site on GitHub: change it
              branch: main
            locale: vi
            media_folder: content/static/images
            public_folder: images
            collections:
              - name: articles
            """))
        #expect(config.contains("""
                folder: content/articles
                create: true
                extension: md
                format: frontmatter
                path: "{{year}}/{{slug}}"
            """))
        #expect(config.contains("""
                  - name: locality
                    label: "Địa bàn"
                    widget: select
                    options:
                      - {label: "Thành phố Hà Nội — ha-noi", value: "ha-noi"}
            """))
        // Every unit of the national gazetteer, each path once.
        #expect(config.components(separatedBy: "\n          - {label: \"Tỉnh Lâm Đồng — lam-dong\", value: \"lam-dong\"}\n").count == 3)
        #expect(config.components(separatedBy: "\n          - {label: \"Huyện Lâm Hà — lam-dong/lam-ha\", value: \"lam-dong/lam-ha\"}\n").count == 3)
        for key in ArticleParser.knownKeys + ["body"] {
            #expect(config.contains("      - name: \(key)\n"), "\(key)")
        }
        #expect(config.contains("cases_solved (Vụ phạm tội được làm rõ)"))
    }

    @Test func theBackendTheNewsroomWroteIsKept() {
        let edited = Self.writer.decap().replacingOccurrences(of: """
            backend:
              name: github
              repo: ten-to-chuc/ten-kho   # the repository of the site on GitHub: change it
              branch: main
            """, with: """
            backend:
              name: gitlab
              repo: cong-an-lam-dong/ban-tin
            """)
        #expect(edited.contains("name: gitlab"))
        #expect(Self.writer.decap(keeping: edited) == edited)
    }

    @Test func frontMatterCMSHasTheContentTypeAndFolder() {
        let json = Self.writer.frontMatterCMS
        #expect(json.contains("\"path\": \"[[workspace]]/content/articles\""))
        #expect(json.contains("""
                    {
                      "title": "Địa bàn",
                      "name": "locality",
                      "type": "choice",
                      "required": true,
                      "choices": [
                        "ha-noi",
            """))
        // Every path of the national gazetteer, once in each list.
        #expect(json.components(separatedBy: "\n            \"lam-dong/lam-ha\",\n").count == 3)
    }

    @Test func generatedFilesThatNoLongerMatchTheSchemaAreErrors() {
        var files = TestSite.files(with: [:])
        #expect(Self.writer.staleFiles(in: MemorySiteSource(files)).isEmpty)
        files[CMSConfigWriter.decapPath] = Self.writer.decap()
        files[CMSConfigWriter.frontMatterPath] = Self.writer.frontMatterCMS
        #expect(Self.writer.staleFiles(in: MemorySiteSource(files)).isEmpty)
        // A metric added to the schema since.
        let schema = TestSite.schemaYAML + """
              security_cameras:
                label: Mắt camera an ninh
                unit: mắt camera
                kind: count

            """
        files["content/schema.yaml"] = schema
        var diagnostics = DiagnosticBag()
        let references = SiteReferences.load(from: MemorySiteSource(files), diagnostics: &diagnostics)
        let stale = CMSConfigWriter(references: references).staleFiles(in: MemorySiteSource(files))
        #expect(stale.map { DiagnosticFormatter(lines: SourceLines(MemorySiteSource(files))).format($0) } == [
            """
            content/static/admin/config.yml:28791:1: error: content/static/admin/config.yml is out of date with content/schema.yaml and content/localities.yaml [stale-cms-config]
            28791 |         hint: "Số liệu: sau đoạn văn nêu số liệu, thêm một khối mã (code block) ngôn ngữ facts, ví dụ values: {propaganda_sessions: \\"6.003\\"}. Các chỉ tiêu: propaganda_sessions (Buổi tuyên truyền); p…
                  | ^
               hint: run 'bantin cms' to write it again

            """,
        ])
    }
}
