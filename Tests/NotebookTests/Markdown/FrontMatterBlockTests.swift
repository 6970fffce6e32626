import NotebookLanguage
import Testing
@testable import Notebook

@Suite struct FrontMatterBlockTests {
    private func read(_ text: String) -> FrontMatterBlock {
        FrontMatterBlock(source: SourceText(fileName: "n.md", text: text))
    }

    @Test func readsEveryKey() {
        let block = read("---\ntitle: \"Back-prop: by hand\"\nsummary: One pass.\norder: 3\nraw_html: true\n---\n# Body\n")
        #expect(block.frontMatter == FrontMatter(
            title: "Back-prop: by hand", summary: "One pass.", order: 3, allowsRawHTML: true))
        #expect(block.lineCount == 6)
        #expect(block.diagnostics.isEmpty)
    }

    @Test func absentWithoutLeadingFence() {
        let block = read("# Title\n---\ntitle: x\n---\n")
        #expect(block.lineCount == 0)
        #expect(block.frontMatter == FrontMatter())
    }

    @Test func emptyBlockIsDefaults() {
        let block = read("---\n---\ntext")
        #expect(block.lineCount == 2)
        #expect(block.frontMatter == FrontMatter())
        #expect(block.diagnostics.isEmpty)
    }

    @Test func datesImagesAndBaseURLsAreRead() {
        let block = read("---\ndate: 2024-02-29\nimage: figures/cover image.png\nbase_url: https://example.org/notes/\n---\n")
        #expect(block.diagnostics.isEmpty)
        #expect(block.frontMatter == FrontMatter(
            date: "2024-02-29", image: "figures/cover image.png", baseURL: "https://example.org/notes/"))
        #expect(read("---\nimage: https://example.org/a.png\n---\n").frontMatter.image == "https://example.org/a.png")
        #expect(!FrontMatter.isDate("2023-02-29") && FrontMatter.isDate("2000-02-29") && !FrontMatter.isDate("1900-02-29"))
        #expect(!FrontMatter.isDate("2026-13-01") && !FrontMatter.isDate("2026-00-10") && !FrontMatter.isDate("2026-1-01"))
    }

    @Test func nullValuesKeepDefaults() {
        let block = read("---\ntitle:\norder: ~\nraw_html: null\n---\n")
        #expect(block.frontMatter == FrontMatter())
        #expect(block.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("---\ntitel: X\n---\n", 2, 1, "unknown front matter key 'titel'", "did you mean 'title'?"),
        ("---\ntitle: X\nrawhtml: true\n---\n", 3, 1, "unknown front matter key 'rawhtml'", "did you mean 'raw_html'?"),
        ("---\ncolour: red\n---\n", 2, 1, "unknown front matter key 'colour'",
         "known keys: title, summary, order, raw_html, date, image, base_url, lang"),
        ("---\ndate: 2026-02-30\n---\n", 2, 7, "front matter key 'date' must be a date written YYYY-MM-DD", nil),
        ("---\ndate: 28.11.2026\n---\n", 2, 7, "front matter key 'date' must be a date written YYYY-MM-DD", nil),
        ("---\ndate: 2026-11-28T10:00:00Z\n---\n", 2, 7, "front matter key 'date' must be a date written YYYY-MM-DD", nil),
        ("---\nimage: javascript:alert(1)\n---\n", 2, 8, "front matter key 'image' must be an http or https URL, or a path inside the site", nil),
        ("---\nimage: ../secret.png\n---\n", 2, 8, "front matter key 'image' must be an http or https URL, or a path inside the site", nil),
        ("---\nimage: data:image/png;base64,AAAA\n---\n", 2, 8, "front matter key 'image' must be an http or https URL, or a path inside the site", nil),
        ("---\nbase_url: ftp://x.org/\n---\n", 2, 11, "front matter key 'base_url' must be an http or https URL", nil),
        ("---\norder: first\n---\n", 2, 8, "front matter key 'order' must be a whole number", nil),
        ("---\nraw_html: maybe\n---\n", 2, 11, "front matter key 'raw_html' must be true or false", nil),
        // YAML 1.1 reads these as true; the switch for raw HTML takes only the two words.
        ("---\nraw_html: on\n---\n", 2, 11, "front matter key 'raw_html' must be true or false", nil),
        ("---\nraw_html: yes\n---\n", 2, 11, "front matter key 'raw_html' must be true or false", nil),
        ("---\nraw_html: True\n---\n", 2, 11, "front matter key 'raw_html' must be true or false", nil),
        ("---\nraw_html: \"true\"\n---\n", 2, 11, "front matter key 'raw_html' must be true or false", nil),
        ("---\ntitle: [a, b]\n---\n", 2, 8, "front matter key 'title' must be text", nil),
        ("---\ntitle: \"open\n---\n", 2, 8,
         "invalid front matter: found unexpected end of stream while scanning a quoted scalar", "front matter is YAML; quote values that contain ':', '#', '[' or '{'"),
        ("---\ntitle: [open\n---\n", 2, 8,
         "invalid front matter: did not find expected ',' or ']' while parsing a flow sequence", "front matter is YAML; quote values that contain ':', '#', '[' or '{'"),
        ("---\ntitle: x\n  bad: indent\n---\n", 3, 6,
         "invalid front matter: mapping values are not allowed in this context", "front matter is YAML; quote values that contain ':', '#', '[' or '{'"),
        ("---\ntitle: x\n", 1, 1, "unterminated front matter", "close it with a line '---'"),
    ] as [(String, Int, Int, String, String?)])
    func reportsLocatedErrors(text: String, line: Int, column: Int, message: String, hint: String?) {
        let diagnostics = read(text).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "n.md", line: line, column: column))
        #expect(diagnostics.first?.message == message)
        #expect(diagnostics.first?.hint == hint)
    }
}
