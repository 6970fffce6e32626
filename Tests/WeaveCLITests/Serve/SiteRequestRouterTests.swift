import Foundation
import Notebook
import Testing
@testable import WeaveCLI

@Suite struct SiteRequestRouterTests {
    var snapshot: ServedSite.Snapshot {
        var files = SiteFiles()
        files.add("index.html", text: "<html><body><p>index</p></body></html>")
        files.add("bp.html", text: "<html><body><p>bp</p></body></html>")
        files.add("style.css", text: "body{}")
        files.add("moons.csv", text: "x1,x2,label\n")
        return ServedSite.Snapshot(files: files, failure: nil, generation: 7)
    }

    @Test(arguments: [
        ("/", 200, "text/html; charset=utf-8"), ("/bp.html", 200, "text/html; charset=utf-8"),
        ("/style.css", 200, "text/css; charset=utf-8"), ("/moons.csv?x=1", 200, "text/csv; charset=utf-8"),
        ("/missing.html", 404, "text/plain; charset=utf-8"),
        ("/../etc/passwd", 400, "text/plain; charset=utf-8"), ("/%2e%2e/etc/passwd", 400, "text/plain; charset=utf-8"),
        ("/%2E%2E%2fetc%2fpasswd", 400, "text/plain; charset=utf-8"), ("/a/./b", 400, "text/plain; charset=utf-8"),
        ("//etc/passwd", 400, "text/plain; charset=utf-8"), ("/etc/passwd", 404, "text/plain; charset=utf-8"),
        ("/..%5cbp.html", 400, "text/plain; charset=utf-8"), ("/bp.html%00", 400, "text/plain; charset=utf-8"),
        ("/%zz", 400, "text/plain; charset=utf-8"), ("bp.html", 400, "text/plain; charset=utf-8"),
    ])
    func statusAndType(target: String, status: Int, type: String) {
        let response = SiteRequestRouter.respond(method: "GET", target: target, snapshot: snapshot)
        #expect(response.status == status, "\(target)")
        #expect(response.contentType == type, "\(target)")
    }

    @Test func pagesGetTheReloadScriptOtherFilesDoNot() {
        let page = SiteRequestRouter.respond(method: "GET", target: "/bp.html", snapshot: snapshot)
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.hasPrefix("<html><body><p>bp</p><script>(function(){var g=7;"))
        #expect(html.hasSuffix("</script></body></html>"))
        let css = SiteRequestRouter.respond(method: "GET", target: "/style.css", snapshot: snapshot)
        #expect(String(decoding: css.body, as: UTF8.self) == "body{}")
    }

    @Test func headHasTheLengthButNoBody() {
        let get = SiteRequestRouter.respond(method: "GET", target: "/bp.html", snapshot: snapshot)
        let head = SiteRequestRouter.respond(method: "HEAD", target: "/bp.html", snapshot: snapshot)
        #expect(head.status == 200 && head.body.isEmpty && head.contentLength == get.body.count)
        #expect(SiteRequestRouter.respond(method: "POST", target: "/", snapshot: snapshot).status == 405)
    }

    @Test func failedBuildShowsEscapedDiagnosticsInPlaceOfPages() {
        var failed = snapshot
        failed.failure = "bp.md:3:5: error: unknown activation '<b>tahn'\n  3 | x <script>\n"
        let page = SiteRequestRouter.respond(method: "GET", target: "/bp.html", snapshot: failed)
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 500)
        #expect(html.contains("bp.md:3:5: error: unknown activation '&lt;b&gt;tahn'"))
        #expect(html.contains("3 | x &lt;script&gt;"))
        #expect(!html.contains("<p>bp</p>"))
        #expect(html.contains("var g=7;"))
        // Files other than pages are still the last good ones.
        #expect(SiteRequestRouter.respond(method: "GET", target: "/style.css", snapshot: failed).status == 200)
    }
}
