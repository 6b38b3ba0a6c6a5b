import BantinMarkdown
import Foundation
import Testing
@testable import BantinCore

/// The generated schemas are checked with a real validator, Python's `jsonschema` (draft 2020-12),
/// run from the test when `python3` with `jsonschema` and `yaml` is installed; without them the
/// test that needs them is skipped, and the others still check the schema's shape.
@Suite("JSON Schema of front matter and fact blocks")
struct JSONSchemaWriterTests {
    static let writer = JSONSchemaWriter(references: SiteReferences(gazetteer: TestSite.gazetteer, schema: TestSite.schema))

    @Test func theFrontMatterSchemaListsEveryKeyOfTheContentFormatAndNoOther() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(Self.writer.frontMatter.printed().utf8)) as? [String: Any]
        let properties = try #require(schema?["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(ArticleParser.knownKeys))
        #expect(schema?["additionalProperties"] as? Bool == false)
        #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema?["required"] as? [String] == ["title", "date", "locality"])
        for (key, value) in properties {
            #expect((value as? [String: Any])?["description"] is String, "\(key) has no description")
        }
    }

    @Test func eachMetricIsDescribedByItsLabelUnitAndKind() throws {
        let text = Self.writer.facts.printed()
        #expect(text.contains("""
                  "cases_solved": {
                    "description": "Vụ phạm tội được làm rõ (vụ); ratio",
            """))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let metrics = try #require(defs["metrics"] as? [String: Any])
        #expect(Set(metrics.keys) == Set(TestSite.schema.ids))
    }

    @Test func theOutputIsTheSameEveryTime() {
        let again = JSONSchemaWriter(references: SiteReferences(gazetteer: TestSite.gazetteer, schema: TestSite.schema))
        #expect(again.files == Self.writer.files)
    }

    static let validator = """
        import json, sys, yaml
        from jsonschema import Draft202012Validator
        class Loader(yaml.SafeLoader):
            pass
        # YAML as editors read it (1.2): a date stays a string.
        Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                          for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
        schema = json.load(open(sys.argv[1], encoding='utf-8'))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for path in sys.argv[2:]:
            document = yaml.load(open(path, encoding='utf-8'), Loader=Loader)
            errors = sorted(error.message for error in validator.iter_errors(document))
            print(path.rsplit('/', 1)[-1] + ': ' + ('valid' if not errors else ' | '.join(errors)))
        """

    static let pythonReady: Bool = {
        (try? run(["-c", "import jsonschema, yaml"]))?.status == 0
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Validates each YAML text against the schema; "name: valid" or "name: <errors>" per text.
    static func validate(_ documents: [(String, String)], with schema: JSONValue) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemaURL = folder.appendingPathComponent("schema.json")
        try Data(schema.printed().utf8).write(to: schemaURL)
        var paths: [String] = []
        for (name, text) in documents {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
        }
        let result = try run(["-c", validator, schemaURL.path] + paths)
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }

    /// The front matter and fact blocks of every article of a site.
    static func documents(of files: [String: String]) -> (frontMatter: [(String, String)], facts: [(String, String)]) {
        var frontMatter: [(String, String)] = []
        var facts: [(String, String)] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("content/articles/") && path.hasSuffix(".md") {
            guard case .success(let parts) = FrontMatterSplitter.split(text) else { continue }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            frontMatter.append((name + ".yaml", parts.frontMatter))
            for (index, block) in MarkdownParser.parse(parts.body).blocks.enumerated() where block.info == "facts" {
                facts.append(("\(name)-\(index).yaml", block.content))
            }
        }
        return (frontMatter, facts)
    }

    static func texts(_ files: [String: Data]) -> [String: String] {
        files.compactMapValues { String(data: $0, encoding: .utf8) }
    }

    @Test(.enabled(if: pythonReady, "python3 with jsonschema and yaml is not installed"))
    func theExampleTheFixtureSiteAndANewSiteValidateAndTyposDoNot() throws {
        let fixture = Self.texts(TestSite.filesOnDisk(under: TestSite.fixtures.appendingPathComponent("valid-site")))
        for files in [Self.texts(ExampleSite.files), fixture, StarterSite.files] {
            var diagnostics = DiagnosticBag()
            let references = SiteReferences.load(from: MemorySiteSource(files), diagnostics: &diagnostics)
            #expect(!diagnostics.hasErrors)
            let writer = JSONSchemaWriter(references: references)
            let (frontMatter, facts) = Self.documents(of: files)
            #expect(!frontMatter.isEmpty && !facts.isEmpty)
            for line in try Self.validate(frontMatter, with: writer.frontMatter) + Self.validate(facts, with: writer.facts) {
                #expect(line.hasSuffix(": valid"), "\(line)")
            }
        }
        let typos = try Self.validate([
            ("title.yaml", "tittle: Lâm Hà\ndate: 2023-05-26\nlocality: lam-dong/lam-ha\n"),
            ("locality.yaml", "title: Lâm Hà\ndate: 2023-05-26\nlocality: lam-dong/lamha\n"),
            ("date.yaml", "title: Lâm Hà\ndate: 26/05/2023\nlocality: lam-dong/lam-ha\n"),
        ], with: Self.writer.frontMatter)
        // The locality must be one of the national gazetteer's paths, or an id naming one unit.
        #expect(typos.count == 3)
        #expect(typos.first == "title.yaml: 'title' is a required property | Additional properties are not allowed ('tittle' was unexpected)")
        #expect(typos.dropFirst().first?.hasPrefix("locality.yaml: 'lam-dong/lamha' is not one of ['ha-noi', 'ha-giang', ") == true)
        #expect(typos.dropFirst().first?.contains(", 'lam-dong/lam-ha', ") == true)
        #expect(typos.last == "date.yaml: '26/05/2023' does not match '^[0-9]{4}(-[0-9]{2}(-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2})?)?)?)?$'")
        let badFacts = try Self.validate([
            ("metric.yaml", "values:\n  propaganda_sesions: 6003\n"),
            ("part.yaml", "values:\n  festival_sites: {value: 1297, parts: {provincal: 24}}\n"),
            ("ratio.yaml", "values:\n  cases_solved: 1010\n"),
            ("notation.yaml", "values:\n  propaganda_sessions: \"6,003.5\"\n"),
        ], with: Self.writer.facts)
        #expect(badFacts.map { $0.split(separator: ":").first.map(String.init) ?? "" } == ["metric.yaml", "part.yaml", "ratio.yaml", "notation.yaml"])
        for line in badFacts { #expect(!line.hasSuffix(": valid"), "\(line)") }
        #expect(badFacts[0] == "metric.yaml: Additional properties are not allowed ('propaganda_sesions' was unexpected)")
    }
}

