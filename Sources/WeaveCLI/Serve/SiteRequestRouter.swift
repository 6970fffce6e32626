import Foundation
import Notebook

/// Answers one request of `weave serve` from a ``ServedSite/Snapshot``, with no sockets involved.
///
/// The `Host` header is checked first (see ``HostAllowList``): none, or one that is not a host
/// name, is refused with 400, an unknown name with 421. Paths are decoded and checked before
/// anything is looked up: a `..` or `.` segment (plain or percent-encoded), a backslash, a NUL
/// or an undecodable escape is refused with 400; otherwise the path names a file of the built
/// site or nothing (404). Files are served from the site in memory, so no path can reach outside
/// it. HTML pages get the reload script. While the last build failed, every page path (`.html`,
/// `/`, `dir/`) answers the error page (500), whether or not an earlier build made that page:
/// after a first build that failed there are no pages yet, only the diagnostics.
///
/// ```swift
/// let response = SiteRequestRouter.respond(
///     method: "GET", target: "/bp.html", host: "localhost:8000",
///     allowedHosts: HostAllowList(boundHost: "127.0.0.1"), snapshot: site.snapshot)
/// response.status        // 200
/// response.contentType   // "text/html; charset=utf-8"
/// ```
enum SiteRequestRouter {
    struct Response: Equatable, Sendable {
        var status: Int
        var contentType: String
        var body: Data
        /// For HEAD: the length the body would have.
        var contentLength: Int
    }

    static func respond(method: String, target: String, host: String?, allowedHosts: HostAllowList,
                        snapshot: ServedSite.Snapshot) -> Response {
        if let refusal = refusal(host: host, allowedHosts: allowedHosts) { return refusal }
        guard method == "GET" || method == "HEAD" else { return plain(405, "method not allowed\n") }
        let response: Response
        switch sitePath(fromTarget: target) {
        case .failure(let error): response = plain(error.status, "bad request\n")
        case .success(let path): response = file(path, snapshot: snapshot)
        }
        guard method == "HEAD" else { return response }
        var head = response
        head.body = Data()
        return head
    }

    /// The answer to a request whose `Host` header (nil when it has none) is missing, malformed
    /// (400) or names another host (421); nil when the request may be answered.
    static func refusal(host: String?, allowedHosts: HostAllowList) -> Response? {
        guard let host, HostAllowList.name(ofHostHeader: host) != nil else { return plain(400, "bad request: no host\n") }
        guard allowedHosts.permits(host) else {
            return plain(421, "misdirected request: weave serve answers to localhost, 127.0.0.1, [::1] and its --host only\n")
        }
        return nil
    }

    /// The site path a request target names (`/` is `index.html`, `/dir/` is `dir/index.html`).
    static func sitePath(fromTarget target: String) -> Result<String, StatusError> {
        let rawPath = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard rawPath.hasPrefix("/"), let decoded = String(rawPath).removingPercentEncoding else {
            return .failure(StatusError(400))
        }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        for segment in segments {
            if segment.isEmpty || segment == "." || segment == ".." || segment.contains("\\")
                || segment.contains("\0") {
                return .failure(StatusError(400))
            }
        }
        return .success(segments.joined(separator: "/"))
    }

    struct StatusError: Error, Equatable {
        var status: Int
        init(_ status: Int) { self.status = status }
    }

    private static func file(_ path: String, snapshot: ServedSite.Snapshot) -> Response {
        let type = contentType(of: path)
        if let failure = snapshot.failure, path.hasSuffix(".html") {
            let page = Data(LiveReload.errorPage(diagnostics: failure, generation: snapshot.generation).utf8)
            return Response(status: 500, contentType: type, body: page, contentLength: page.count)
        }
        guard let data = snapshot.files[path] else { return plain(404, "not found\n") }
        guard path.hasSuffix(".html") else { return Response(status: 200, contentType: type, body: data, contentLength: data.count) }
        let page = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: snapshot.generation).utf8)
        return Response(status: 200, contentType: type, body: page, contentLength: page.count)
    }

    private static func plain(_ status: Int, _ text: String) -> Response {
        Response(status: status, contentType: "text/plain; charset=utf-8", body: Data(text.utf8), contentLength: text.utf8.count)
    }

    /// The media type of a site file, by extension.
    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "csv": "text/csv; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }
}
