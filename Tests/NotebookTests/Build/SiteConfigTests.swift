import Foundation
@testable import Notebook
import Testing

@Suite struct SiteConfigTests {
    static func parse(_ yaml: String) -> (SiteConfig, [String]) {
        let (config, diagnostics) = SiteConfig.parse(SourceText(fileName: "weave.yml", text: yaml))
        return (config, diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" + ($0.hint.map { " (\($0))" } ?? "") })
    }

    @Test func anEmptyFileOrOnlyCommentsGiveTheDefaults() {
        #expect(Self.parse("") == (SiteConfig(), []))
        #expect(Self.parse("# nothing yet\n# base_url: https://x.org/\n") == (SiteConfig(), []))
    }

    @Test func titleAndBaseURLAreRead() {
        let (config, problems) = Self.parse("title: Notes on nets\nbase_url: https://example.github.io/notes/\n")
        #expect(problems == [])
        #expect(config == SiteConfig(title: "Notes on nets", baseURL: "https://example.github.io/notes/"))
        #expect(Self.parse("base_url:\n").0.baseURL == nil)
    }

    @Test(arguments: [
        ("titel: x\n", "1:1: unknown key 'titel' in weave.yml (did you mean 'title'?)"),
        ("base_url: javascript:alert(1)\n", "1:11: 'base_url' must be an http or https URL (for example: base_url: https://example.github.io/notes/)"),
        ("base_url: example.org\n", "1:11: 'base_url' must be an http or https URL (for example: base_url: https://example.github.io/notes/)"),
        ("base_url: \"https://x.org/a b\"\n", "1:11: 'base_url' must be an http or https URL (for example: base_url: https://example.github.io/notes/)"),
        ("title: [a, b]\n", "1:8: 'title' must be text"),
        ("- a\n- b\n", "1:1: weave.yml must be a mapping of keys to values (write 'title: …' lines)"),
    ])
    func mistakesAreLocated(_ yaml: String, _ message: String) {
        #expect(Self.parse(yaml).1 == [message])
    }

    @Test func theBuilderReadsTheProjectsWeaveYml() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-config-tests-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notebooks"), withIntermediateDirectories: true)
        try Data("# T\n".utf8).write(to: root.appendingPathComponent("notebooks/t.md"))
        try Data("title: My nets\n".utf8).write(to: root.appendingPathComponent("weave.yml"))
        let builder = try SiteBuilder(notebooksDirectory: root.appendingPathComponent("notebooks").path)
        #expect(builder.config.title == "My nets")
        let index = String(decoding: try #require(builder.build(selecting: nil)["index.html"]), as: UTF8.self)
        #expect(index.contains("<title>My nets</title>"))

        try Data("title: x\nbase: y\n".utf8).write(to: root.appendingPathComponent("weave.yml"))
        #expect(throws: BuildFailure.self) { try SiteBuilder(notebooksDirectory: root.appendingPathComponent("notebooks").path) }
        do {
            _ = try SiteBuilder(notebooksDirectory: root.appendingPathComponent("notebooks").path)
        } catch {
            #expect(error.formatted.contains("weave.yml:2:1: error: unknown key 'base' in weave.yml"))
            #expect(error.formatted.contains("base: y"))
        }
    }
}
