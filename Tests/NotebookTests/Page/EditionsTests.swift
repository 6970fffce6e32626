@testable import Notebook
import Testing

@Suite struct EditionsTests {
    @Test(arguments: [
        ("bp.zh.html", "zh-CN", "bp"), ("bp.html", "en", "bp"), ("bp.en.html", "en", "bp"),
        ("bp.zh.html", "en", "bp.zh"), ("zh.html", "zh-CN", "zh"), ("a.b.ZH.html", "zh", "a.b"),
    ])
    func theBaseDropsASuffixNamingThePagesLanguage(file: String, tag: String, base: String) {
        #expect(Editions.base(of: file, language: tag) == base)
    }

    @Test func editionsOfOneNotebookLinkToEachOtherOnly() throws {
        let zh = try #require(PageLanguage(tag: "zh-CN"))
        func page(_ file: String, _ title: String, _ language: PageLanguage) -> PageContent {
            PageContent(fileName: file, title: title, summary: nil, sourcePath: "n/x.md", body: PageBody(), headings: [],
                        language: language)
        }
        let pages = Editions.linking([
            page("bp.html", "BP", .english), page("bp.zh.html", "反向传播", zh),
            page("other.html", "Other", .english), page("other.en.html", "Other again", .english),
        ])
        #expect(pages[0].editions == [PageLink(title: "反向传播", href: "./bp.zh.html", language: zh)])
        #expect(pages[1].editions == [PageLink(title: "BP", href: "./bp.html", language: .english)])
        // Same base, same language: not an edition of each other.
        #expect(pages[2].editions.isEmpty && pages[3].editions.isEmpty)
    }
}
