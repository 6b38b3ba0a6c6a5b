import Foundation
import Testing

@Suite("bantin")
struct BantinTests {
    @Test func helpListsEveryCommand() throws {
        let output = try BantinProcess.run(["--help"])
        #expect(output.status == 0)
        #expect(output.stdout == """
            OVERVIEW: Build the bulletin of the movement as a static site, with every figure checked.

            USAGE: bantin <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              build                   Check the site and write it into public/ (left as it was when anything is wrong).
              check                   Check every article, figure, locality and template; write nothing.
              serve                   Preview the site from memory, rebuilt and reloaded on every save; write nothing.
              new                     Start a new bulletin site or a new article.
              schema                  Write front-matter.schema.json and facts.schema.json (JSON Schema 2020-12) for editors that check YAML.
              cms                     Write content/static/admin/config.yml (Decap CMS, Sveltia CMS) and frontmatter.json (Front Matter CMS).
              facts                   Help with the fact blocks of an article.

              See 'bantin help <subcommand>' for detailed help.

            """)
    }

    @Test func version() throws {
        let output = try BantinProcess.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout == "0.1.0\n")
    }

    @Test("misuse exits 64 with the usage", arguments: [
        (["build", "--nonsense"], "Error: Unknown option '--nonsense'\nUsage: bantin build [<site>] [--output <output>] [--drafts] [--full] [--strict] [--future] [--timings] [--quiet]\n  See 'bantin build --help' for more information.\n"),
        (["check", "--nonsense"], "Error: Unknown option '--nonsense'\nUsage: bantin check [<site>] [--drafts] [--strict] [--future]\n  See 'bantin check --help' for more information.\n"),
        (["new", "page"], "Error: Unexpected argument 'page'\nUsage: bantin new <subcommand>\n  See 'bantin new --help' for more information.\n"),
        (["khong-co-lenh"], "Error: Unexpected argument 'khong-co-lenh'\nUsage: bantin <subcommand>\n  See 'bantin --help' for more information.\n"),
    ])
    func misuse(arguments: [String], stderr: String) throws {
        let output = try BantinProcess.run(arguments)
        #expect(output.status == 64)
        #expect(output.stdout == "")
        #expect(output.stderr == stderr)
    }
}
