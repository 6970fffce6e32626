import Foundation
import Testing
import TestSupport
@testable import Notebook

/// Previous and Next page through the notebooks of one language: a page's other-language
/// edition is reached by its edition link, never by paging.
@Suite struct SiteBuilderPagerTests {
    func pager(_ build: SiteBuild, _ page: String) throws -> String {
        let html = String(decoding: try #require(build.files[page]), as: UTF8.self)
        guard let start = html.range(of: "<nav class=\"pager\"") else { return "" }
        return String(html[start.lowerBound...].prefix { $0 != "\n" })
    }

    @Test func pagingStaysInThePagesLanguage() throws {
        let project = try ScratchProject(prefix: "weave-pager-tests")
        defer { project.remove() }
        try project.write("notebooks/a.md", "# Alpha\n\nFirst.\n")
        try project.write("notebooks/a.zh.md", "---\nlang: zh-CN\n---\n\n# 甲\n\n第一。\n")
        try project.write("notebooks/b.md", "# Beta\n\nSecond.\n")
        try project.write("notebooks/b.zh.md", "---\nlang: zh-CN\n---\n\n# 乙\n\n第二。\n")
        let build = try project.build(cached: false)
        let a = try pager(build, "a.html"), b = try pager(build, "b.html")
        let aZh = try pager(build, "a.zh.html"), bZh = try pager(build, "b.zh.html")
        #expect(a.contains("href=\"./b.html\"") && !a.contains(".zh.html"))
        #expect(b.contains("href=\"./a.html\"") && !b.contains(".zh.html"))
        #expect(aZh.contains("href=\"./b.zh.html\"") && !aZh.contains("\"./b.html\"") && !aZh.contains("\"./a.html\""))
        #expect(bZh.contains("href=\"./a.zh.html\"") && !bZh.contains("\"./a.html\""))
    }
}
