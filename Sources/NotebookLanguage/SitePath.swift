/// The rule for the path of a file in the site, in one place: ``SiteFiles`` holds only paths
/// that keep it, and the checker refuses an export whose file name breaks it, with the reason.
///
/// A path is relative and stays inside the site: parts separated by `/`, none empty, `.` or
/// `..`; no backslash and no control character; each part at most 255 bytes of UTF-8 (the
/// longest file name Linux and macOS allow) and the whole at most 1024 bytes.
///
/// ```swift
/// SitePath.problem("data/x.csv")    // nil
/// SitePath.problem("./x.csv")       // "has a '.' part"
/// SitePath.folders(of: "a/b/c.csv") // ["a", "a/b"]
/// ```
public enum SitePath {
    /// The longest part, in bytes of UTF-8.
    public static let maxPartBytes = 255
    /// The longest path, in bytes of UTF-8.
    public static let maxBytes = 1024

    /// Why `path` cannot be a file of the site (a phrase after the path: "'./x.csv' has a '.'
    /// part"), or nil when it can.
    public static func problem(_ path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.hasPrefix("/") { return "starts with '/'" }
        if path.unicodeScalars.contains("\\") { return "contains a backslash" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "contains a control character"
        }
        if path.utf8.count > maxBytes { return "is longer than \(maxBytes) bytes" }
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "": return "has an empty part (a '//' or a '/' at the end)"
            case ".": return "has a '.' part"
            case "..": return "leaves the site ('..')"
            default:
                if part.utf8.count > maxPartBytes { return "has a part longer than \(maxPartBytes) bytes" }
            }
        }
        return nil
    }

    /// The folders a file at `path` needs, outermost first.
    public static func folders(of path: String) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        return parts.indices.map { end in parts[...end].joined(separator: "/") }
    }
}
