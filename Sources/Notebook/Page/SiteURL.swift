/// The links weave writes from one file of the site to another.
///
/// A page's file name comes from its notebook's file name, which the author chose: it may hold a
/// colon (`javascript:alert(1).md`), `#`, `?`, spaces or any other character. Written as it is,
/// such a name would be read as a URL scheme, a fragment or a query. So every link is a relative
/// path that starts with `./` (a colon after it can never start a scheme) and percent-encodes
/// every byte of the name's UTF-8 outside RFC 3986's unreserved characters; a browser decodes it
/// back to the file's name.
///
/// ```swift
/// SiteURL.relative("bp.html")                       // "./bp.html"
/// SiteURL.relative("javascript:alert(1).html")      // "./javascript%3Aalert%281%29.html"
/// SiteURL.absolute("a b.html", base: "https://example.org/site")   // "https://example.org/site/a%20b.html"
/// ```
enum SiteURL {
    /// A link to `path` (a file name, or folders and a file name joined by `/`, relative to the
    /// site's root) from a file in the site's root; each part between `/`s is encoded.
    static func relative(_ path: String) -> String {
        "./" + encodedPath(path)
    }

    /// The full URL of `path` in a site published at `base` (an `http` or `https` URL,
    /// with or without a trailing `/`).
    static func absolute(_ path: String, base: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + encodedPath(path)
    }

    /// The absolute URL of `path` when the site's `base` URL is known, else the relative link.
    static func link(to path: String, base: String?) -> String {
        base.map { absolute(path, base: $0) } ?? relative(path)
    }

    private static func encodedPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { percentEncoded(String($0)) }.joined(separator: "/")
    }

    /// A link to an element of the same page: `#` and its id, percent-encoded, so an id in any
    /// script (`1-一个神经元`) is a valid URL that browsers decode back to the id.
    ///
    /// ```swift
    /// SiteURL.fragment("fig-数据")   // "#fig-%E6%95%B0%E6%8D%AE"
    /// ```
    static func fragment(_ id: String) -> String {
        "#" + percentEncoded(id)
    }

    /// `text` with every UTF-8 byte other than `A`–`Z`, `a`–`z`, `0`–`9`, `-`, `.`, `_` and `~`
    /// written as `%XX` (uppercase hex, as RFC 3986 recommends).
    static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
