import Foundation
@testable import Notebook
import Testing

@Suite struct SiteURLTests {
    @Test(arguments: [
        ("bp.html", "./bp.html"),
        ("javascript:alert(1).html", "./javascript%3Aalert%281%29.html"),
        ("a#b.html", "./a%23b.html"),
        ("q?x=1.html", "./q%3Fx%3D1.html"),
        ("data:text/html,x.html", "./data%3Atext/html%2Cx.html"),
        ("a b&c.html", "./a%20b%26c.html"),
        ("über.html", "./%C3%BCber.html"),
        ("100%.html", "./100%25.html"),
        ("data/loss.csv", "./data/loss.csv"),
        ("~tilde_-.html", "./~tilde_-.html"),
    ])
    func relativeLinksEncodeEverythingButUnreservedCharacters(_ name: String, _ href: String) {
        #expect(SiteURL.relative(name) == href)
    }

    @Test func aRelativeLinkResolvesToTheFileItNames() throws {
        let base = try #require(URL(string: "https://example.org/site/index.html"))
        for name in ["javascript:alert(1).html", "a#b?c.html", "data:text,x.html", "sp ace ü.html", "%41.html"] {
            let resolved = try #require(URL(string: SiteURL.relative(name), relativeTo: base)?.absoluteURL)
            #expect(resolved.scheme == "https")
            #expect(resolved.host == "example.org")
            #expect(resolved.query == nil)
            #expect(resolved.fragment == nil)
            #expect(resolved.path == "/site/" + name, "\(name)")
        }
    }

    @Test func absoluteURLsJoinTheBaseWithOneSlash() {
        #expect(SiteURL.absolute("a b.html", base: "https://example.org/site") == "https://example.org/site/a%20b.html")
        #expect(SiteURL.absolute("a b.html", base: "https://example.org/site/") == "https://example.org/site/a%20b.html")
        #expect(SiteURL.absolute("index.html", base: "https://example.org") == "https://example.org/index.html")
    }
}

@Suite struct SiteURLFragmentTests {
    @Test func fragmentsArePercentEncodedUTF8() {
        #expect(SiteURL.fragment("fig-数据") == "#fig-%E6%95%B0%E6%8D%AE")
        #expect(SiteURL.fragment("section-2") == "#section-2")
        #expect(SiteURL.fragment("a b\"<") == "#a%20b%22%3C")
    }
}
