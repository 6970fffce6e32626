import Foundation
import Testing
import TestSupport

/// A notebook's file name reaches the site only as a relative, percent-encoded link: a name that
/// looks like a URL scheme, a fragment, a query or a data URL links to its own page and runs
/// nothing, on the index, in the neighbours' Previous/Next links and in the navigation.
@Suite struct HostileFileNameTests {
    static let names = [
        "javascript:alert(1)", "a#b", "q?x=1", "data:text,x", "sp ace", "100%", "über",
    ]

    /// Every `href` of every page, with the page it is on.
    static func links(in site: URL, pages: [String]) throws -> [(page: String, href: String)] {
        try pages.flatMap { page in
            let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
            let parsed = ParsedPage(html: html)
            #expect(parsed.problems == [], "\(page)")
            return parsed.elements.flatMap { element in
                element.attributes.filter { $0.name == "href" }.map { (page, $0.value) }
            }
        }
    }

    @Test func everyLinkToAPageIsRelativeAndFindsItsFile() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        for (k, name) in Self.names.enumerated() {
            try project.write("notebooks/\(name).md", "---\norder: \(k)\n---\n\n# Page \(k)\n\n## One\n\n## Two\n")
        }
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        let site = project.root.appendingPathComponent("site")
        let pages = ["index.html"] + Self.names.map { $0 + ".html" }
        let links = try Self.links(in: site, pages: pages)
        var linked: Set<String> = []
        for (page, href) in links where !href.hasPrefix("#") {
            #expect(href.hasPrefix("./"), "\(page): \(href)")
            #expect(!ParsedPage.runsCode(href))
            let url = try #require(URL(string: href, relativeTo: URL(string: "https://example.org/s/")), "\(page): \(href)")
            #expect(url.query == nil && url.fragment == nil, "\(page): \(href)")
            // URL.path is decoded: the file's own name.
            #expect(url.path.hasPrefix("/s/"))
            let file = String(url.path.dropFirst(3))
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path),
                    "\(page): \(href) names \(file), which is not in the site")
            linked.insert(url.path)
        }
        // Each page is linked from the index; the second page's neighbours are the first and third.
        for name in Self.names {
            #expect(linked.contains("/s/\(name).html"), "no link reaches \(name).html")
        }
        let second = links.filter { $0.page == Self.names[1] + ".html" }.map(\.href)
        #expect(second.contains("./javascript%3Aalert%281%29.html"))
        #expect(second.contains("./q%3Fx%3D1.html"))
    }
}

/// The navigation and the index's previews in a built site.
@Suite struct NavigationSiteTests {
    @Test func everyPageListsEveryNotebookAndTheIndexShowsPreviews() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/one.md", "---\ntitle: First\norder: 1\n---\n\n# First\n\n## Setup\n\n" + """
            ```nn
            data = moons n=20 seed=1
            plot data data
            ```

            ## Result

            """)
        try project.write("notebooks/javascript:two.md", "---\ntitle: Second\norder: 2\n---\n\n# Second\n\nNo figure.\n")
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        for page in ["index.html", "one.html", "javascript:two.html"] {
            let html = try project.read("site/" + page)
            #expect(html.contains(#"<a "#) && html.contains(#"href="./one.html">First</a>"#), "\(page)")
            #expect(html.contains(#"href="./javascript%3Atwo.html">Second</a>"#), "\(page)")
        }
        let one = try project.read("site/one.html")
        #expect(one.contains(##"<a class="current" href="./one.html">First</a><ol class="site-nav-sections"><li><a href="#setup">Setup</a></li><li><a href="#result">Result</a></li></ol>"##))

        let index = ParsedPage(html: try project.read("site/index.html"))
        let sources = index.elements.filter { $0.name == "img" }.flatMap { $0.attributes.filter { $0.name == "src" }.map(\.value) }
        #expect(sources == ["./previews/one.svg"])
        #expect(!project.exists("site/previews/javascript:two.svg"))
        let preview = ParsedPage(html: try project.read("site/previews/one.svg"))
        #expect(preview.problems == [])
        #expect(preview.elements.first?.name == "svg")
        #expect(preview.elements.contains { $0.name == "style" })
    }
}

/// The sitemap, the feed and the pages' metadata in a built site, from front matter and weave.yml.
@Suite struct FeedSiteTests {
    static func notebook(_ title: String, date: String?) -> String {
        "---\ntitle: \(title)\nsummary: About \(title).\n" + (date.map { "date: \($0)\n" } ?? "") + "---\n\n# \(title)\n"
    }

    @Test func datedPagesMakeTheFeedAndABaseURLMakesLinksAbsolute() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("weave.yml", "title: Hostile notes\nbase_url: https://example.org/notes/\n")
        try project.write("notebooks/javascript:alert(1).md", Self.notebook("First", date: "2026-01-02"))
        try project.write("notebooks/b#c.md", Self.notebook("Second", date: nil))
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        let sitemap = try project.read("site/sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/notes/javascript%3Aalert%281%29.html</loc><lastmod>2026-01-02</lastmod>"))
        #expect(sitemap.contains("<loc>https://example.org/notes/b%23c.html</loc></url>"))
        let feed = try project.read("site/feed.xml")
        #expect(feed.contains(#"href="https://example.org/notes/javascript%3Aalert%281%29.html""#))
        #expect(!feed.contains("Second"))
        #expect(ParsedPage(html: feed).problems == [] && ParsedPage(html: sitemap).problems == [])
        let page = try project.read("site/javascript:alert(1).html")
        #expect(page.contains(#"<link rel="canonical" href="https://example.org/notes/javascript%3Aalert%281%29.html"/>"#))
        #expect(page.contains(#"<link rel="alternate" type="application/atom+xml" title="Hostile notes" href="./feed.xml"/>"#))
        // A rebuild gives the same bytes: no clock anywhere.
        let again = WeaveRun.run(["check", project.path("notebooks"), "--site", project.path("site"), "--quiet"])
        #expect(again.status == 0, "\(again.output)")
    }

    @Test func withoutDatesThereIsNoFeedAndWithoutABaseNoCanonicalLink() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/a.md", Self.notebook("A", date: nil))
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(!project.exists("site/feed.xml"))
        #expect(try project.read("site/sitemap.xml").contains("<loc>./a.html</loc>"))
        let page = try project.read("site/a.html")
        #expect(!page.contains("canonical") && !page.contains("feed.xml"))
    }
}
