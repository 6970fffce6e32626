import Foundation
@testable import Notebook
import Testing
@testable import WeaveCLI

@Suite struct SiteRequestRouterTests {
    var snapshot: ServedSite.Snapshot {
        var files = SiteFiles()
        files.add("index.html", text: "<html><body><p>index</p></body></html>")
        files.add("bp.html", text: "<html><body><p>bp</p></body></html>")
        files.add("style.css", text: "body{}")
        files.add("moons.csv", text: "x1,x2,label\n")
        files.add("sitemap.xml", text: "<urlset/>")
        files.add("previews/bp.svg", text: "<svg/>")
        return ServedSite.Snapshot(files: files, failure: nil, generation: 7)
    }

    func respond(_ target: String, method: String = "GET", host: String? = "127.0.0.1:8000",
                 boundTo bound: String = "127.0.0.1", snapshot: ServedSite.Snapshot? = nil) -> SiteRequestRouter.Response {
        SiteRequestRouter.respond(method: method, target: target, host: host,
                                  allowedHosts: HostAllowList(boundHost: bound), snapshot: snapshot ?? self.snapshot)
    }

    @Test(arguments: [
        ("/", 200, "text/html; charset=utf-8"), ("/bp.html", 200, "text/html; charset=utf-8"),
        ("/style.css", 200, "text/css; charset=utf-8"), ("/moons.csv?x=1", 200, "text/csv; charset=utf-8"),
        ("/sitemap.xml", 200, "application/xml; charset=utf-8"), ("/previews/bp.svg", 200, "image/svg+xml"),
        ("/missing.html", 404, "text/plain; charset=utf-8"),
        ("/../etc/passwd", 400, "text/plain; charset=utf-8"), ("/%2e%2e/etc/passwd", 400, "text/plain; charset=utf-8"),
        ("/%2E%2E%2fetc%2fpasswd", 400, "text/plain; charset=utf-8"), ("/a/./b", 400, "text/plain; charset=utf-8"),
        ("//etc/passwd", 400, "text/plain; charset=utf-8"), ("/etc/passwd", 404, "text/plain; charset=utf-8"),
        ("/..%5cbp.html", 400, "text/plain; charset=utf-8"), ("/bp.html%00", 400, "text/plain; charset=utf-8"),
        ("/%zz", 400, "text/plain; charset=utf-8"), ("bp.html", 400, "text/plain; charset=utf-8"),
    ])
    func statusAndType(target: String, status: Int, type: String) {
        let response = respond(target)
        #expect(response.status == status, "\(target)")
        #expect(response.contentType == type, "\(target)")
    }

    @Test func pagesGetTheReloadScriptOtherFilesDoNot() {
        let page = respond("/bp.html")
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.hasPrefix("<html><body><p>bp</p><script>(function(){var g=7;"))
        #expect(html.hasSuffix("</script></body></html>"))
        let css = respond("/style.css")
        #expect(String(decoding: css.body, as: UTF8.self) == "body{}")
    }

    @Test func headHasTheLengthButNoBody() {
        let get = respond("/bp.html")
        let head = respond("/bp.html", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.contentLength == get.body.count)
        #expect(respond("/", method: "POST").status == 405)
    }

    @Test func failedBuildShowsEscapedDiagnosticsInPlaceOfPages() {
        var failed = snapshot
        failed.failure = "bp.md:3:5: error: unknown activation '<b>tahn'\n  3 | x <script>\n"
        let page = respond("/bp.html", snapshot: failed)
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 500)
        #expect(html.contains("bp.md:3:5: error: unknown activation '&lt;b&gt;tahn'"))
        #expect(html.contains("3 | x &lt;script&gt;"))
        #expect(!html.contains("<p>bp</p>"))
        #expect(html.contains("var g=7;"))
        // Files other than pages are still the last good ones.
        #expect(respond("/style.css", snapshot: failed).status == 200)
    }

    @Test func aFirstBuildThatFailsShowsTheDiagnosticsOnEveryPagePath() {
        // No build has succeeded yet: no files at all, only the diagnostics.
        let failed = ServedSite.Snapshot(
            files: SiteFiles(), failure: "bp.md:3:5: error: unknown activation 'tahn'\n", generation: 1)
        for target in ["/", "/bp.html", "/notes/", "/missing.html?x=1"] {
            let page = respond(target, snapshot: failed)
            #expect(page.status == 500, "\(target)")
            #expect(String(decoding: page.body, as: UTF8.self).contains("bp.md:3:5: error: unknown activation 'tahn'"), "\(target)")
        }
        #expect(respond("/style.css", snapshot: failed).status == 404)
        #expect(respond("/", method: "HEAD", snapshot: failed).status == 500)
        #expect(respond("/../x.html", snapshot: failed).status == 400)
    }

    @Test(arguments: [
        // (bound host, Host header, status)
        ("127.0.0.1", "127.0.0.1:8000", 200), ("127.0.0.1", "localhost:8000", 200), ("127.0.0.1", "LOCALHOST", 200),
        ("127.0.0.1", "localhost.:8000", 200), ("127.0.0.1", "[::1]:8000", 200), ("127.0.0.1", "127.0.0.2", 200),
        ("127.0.0.1", "evil.example:8000", 421), ("127.0.0.1", "localhost.evil.example", 421),
        ("127.0.0.1", "127.0.0.1.nip.io:8000", 421), ("127.0.0.1", "192.168.1.5:8000", 421),
        ("127.0.0.1", "", 400), ("127.0.0.1", "a:b:c", 400), ("127.0.0.1", "[::1", 400), ("127.0.0.1", "host:80x", 400),
        ("::1", "[::1]:8000", 200), ("::1", "evil.example", 421),
        ("192.168.1.5", "192.168.1.5:8000", 200), ("192.168.1.5", "10.0.0.2:8000", 421),
        ("box.local", "BOX.local:8000", 200), ("box.local", "evil.example", 421),
        ("0.0.0.0", "192.168.1.5:8000", 200), ("0.0.0.0", "[fe80::1]:8000", 200), ("0.0.0.0", "evil.example", 421),
        ("::", "10.0.0.2", 200), ("::", "rebind.evil.example:8000", 421),
    ])
    func hostHeaderIsChecked(bound: String, host: String, status: Int) {
        #expect(respond("/bp.html", host: host, boundTo: bound).status == status, "\(bound) \(host)")
    }

    @Test func aRequestWithoutHostIsRefusedBeforeAnythingElse() {
        #expect(respond("/bp.html", host: nil).status == 400)
        #expect(respond("/", method: "POST", host: "evil.example").status == 421)
        let refused = respond("/bp.html", host: "evil.example")
        #expect(!String(decoding: refused.body, as: UTF8.self).contains("bp"))
    }
}
