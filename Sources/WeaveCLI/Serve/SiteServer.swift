import FlyingFox
import FlyingSocks
import Foundation
import Notebook

/// `weave serve`: builds the site, serves it over HTTP, and rebuilds through the block cache
/// whenever a notebook or a file it reads changes; open pages reload.
///
/// A build that fails keeps the server up: pages show the diagnostics until a save builds again.
/// Files are served from the last good build held in memory (the same bytes as `site/`, which
/// each good build also writes), so a rebuild never serves half a site.
///
/// ```swift
/// let server = SiteServer(notebooks: "notebooks", out: "site", host: "127.0.0.1", port: 0,
///                         cache: BlockCache.beside(notebooksDirectory: "notebooks"), console: .standard())
/// let port = try await server.start()   // the port actually bound
/// await server.stop()
/// ```
final class SiteServer: @unchecked Sendable {
    let notebooks: String
    let out: String
    let host: String
    let port: UInt16
    let cache: BlockCache?
    let console: Console
    let site = ServedSite(files: SiteFiles(), failure: nil)
    /// Seconds between polls of the notebooks folder.
    var pollInterval: TimeInterval = 0.2

    private let lock = NSLock()
    /// One build at a time: two would race to replace `site/`.
    private let buildLock = NSLock()
    private var isStopped = false
    private var http: HTTPServer?
    private var serving: Task<Void, any Error>?

    init(notebooks: String, out: String, host: String, port: UInt16, cache: BlockCache?, console: Console) {
        self.notebooks = notebooks
        self.out = out
        self.host = host
        self.port = port
        self.cache = cache
        self.console = console
    }

    /// Builds once, starts listening and watching; returns the port bound (useful with port 0).
    func start() async throws -> UInt16 {
        // Fingerprint first: a save during the first build is then seen as a change.
        let watcher = ProjectWatcher(directory: URL(fileURLWithPath: notebooks, isDirectory: true))
        rebuild()
        let address: any SocketAddress = host.contains(":")
            ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, logger: .disabled)
        let site = self.site
        await server.appendRoute("*") { request in
            if request.path == LiveReload.path {
                let known = request.query.first { $0.name == "since" }.flatMap { Int($0.value) } ?? 0
                let generation = await site.generation(after: known, timeout: 10)
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                                    body: Data("\(generation)".utf8))
            }
            let answer = SiteRequestRouter.respond(
                method: request.method.rawValue, target: request.target.path(percentEncoded: true),
                snapshot: site.snapshot)
            return HTTPResponse(
                statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)),
                headers: [.contentType: answer.contentType, .contentLength: String(answer.contentLength),
                          .cacheControl: "no-store"],
                body: answer.body)
        }
        let task = Task { try await server.run() }
        lock.withLock {
            serving = task
            http = server
        }
        try await server.waitUntilListening(timeout: 10)
        let bound: UInt16 = switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): port
        default: port
        }
        Thread { [self] in watch(watcher) }.start()
        return bound
    }

    /// Stops watching and serving.
    func stop() async {
        let (server, task) = lock.withLock {
            isStopped = true
            return (http, serving)
        }
        await server?.stop(timeout: 1)
        task?.cancel()
    }

    /// Waits until the server stops (for the command line: until the process is interrupted).
    func wait() async {
        let task = lock.withLock { serving }
        _ = try? await task?.value
    }

    private var stopped: Bool {
        lock.withLock { isStopped }
    }

    private func watch(_ watcher: ProjectWatcher) {
        var watcher = watcher
        while !stopped {
            Thread.sleep(forTimeInterval: pollInterval)
            if watcher.hasChanged() { rebuild() }
        }
    }

    /// Builds every notebook through the cache; publishes the site or the diagnostics.
    func rebuild() {
        buildLock.lock()
        defer { buildLock.unlock() }
        do {
            var builder = try SiteBuilder(notebooksDirectory: notebooks)
            builder.cache = cache
            let build = try builder.compile(selecting: nil)
            try? SiteWriter(directory: URL(fileURLWithPath: out)).replaceAll(with: build.files)
            site.publish(build.files)
            console.err("built \(build.files.paths.count) files: \(build.ranBlocks.count) blocks ran, "
                + "\(build.cachedBlocks.count) from the cache\n")
        } catch {
            let formatted = error.formatted
            site.publish(failure: formatted)
            console.err(formatted)
        }
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Internal Server Error"
        }
    }
}
