import Foundation
import Hummingbird
import Logging
import NIOCore
import Notebook

/// `weave serve`: builds the site, serves it over HTTP, and rebuilds through the block cache
/// whenever a notebook or a file it reads changes; open pages reload.
///
/// A build that fails keeps the server up: pages show the diagnostics until a save builds again
/// (the first build too). Files are served from the last good build held in memory (the same
/// bytes as `site/`, which each good build also writes), so a rebuild never serves half a site.
/// Builds are scheduled by ``RebuildScheduler``: the latest save is always built, even while an
/// older build is stuck. HTTP is Hummingbird's, on SwiftNIO, whose parser bounds each request's
/// head (see ``Limits``); the `Host` header is checked on every request (``HostAllowList``).
///
/// ```swift
/// let server = SiteServer(notebooks: "notebooks", out: "site", host: "127.0.0.1", port: 0,
///                         cache: BlockCache.beside(notebooksDirectory: "notebooks"), console: .standard())
/// let port = try await server.start()   // the port actually bound
/// await server.stop()
/// ```
final class SiteServer: @unchecked Sendable {
    /// What one client may cost the server.
    struct Limits: Sendable {
        /// Bytes of the request target and the header fields' names and values together (one
        /// field alone is bounded alike); beyond it the request is answered 400 and the
        /// connection closed, as soon as the bound is crossed, whatever the client still sends.
        var headBytes = 32 * 1024
        /// Header fields in one request.
        var headerFields = 100
        /// Seconds a connection may take to send a request's head, counted from the connection's
        /// start or its previous response; then it is closed. Answering (a reload long poll)
        /// does not count.
        var headSeconds: Int64 = 10
        /// Connections open at once; more wait to be accepted.
        var connections = 256
    }

    let notebooks: String
    let out: String
    let host: String
    let port: UInt16
    let cache: BlockCache?
    let console: Console
    let limits: Limits
    let site = ServedSite(files: SiteFiles(), failure: nil)
    /// Seconds between polls of the notebooks folder.
    var pollInterval: TimeInterval = 0.2
    /// When builds run; set once in `init`.
    private(set) var scheduler: RebuildScheduler! = nil

    private let lock = NSLock()
    private var isStopped = false
    private var serving: Task<Void, any Error>?

    /// `patience`: seconds after which a running build no longer holds back a newer save (see
    /// ``RebuildScheduler``).
    init(notebooks: String, out: String, host: String, port: UInt16, cache: BlockCache?, console: Console,
         limits: Limits = Limits(), patience: TimeInterval = 2) {
        self.notebooks = notebooks
        self.out = out
        self.host = host
        self.port = port
        self.cache = cache
        self.console = console
        self.limits = limits
        scheduler = RebuildScheduler(patience: patience) { [weak self] build in self?.rebuild(build) }
    }

    /// Builds once, starts watching and listening; returns the port bound (useful with port 0).
    func start() async throws -> UInt16 {
        // Fingerprint first: a save during the first build is then seen as a change.
        let watcher = ProjectWatcher(directory: URL(fileURLWithPath: notebooks, isDirectory: true))
        scheduler.noteChange()
        Thread { [self] in watch(watcher) }.start()
        while !site.snapshot.isBuilt { try await Task.sleep(nanoseconds: 20_000_000) }

        let quiet = Logger(label: "weave.serve", factory: { _ in SwiftLogNoOpLogHandler() })
        let bound = AsyncStream<Int?>.makeStream()
        let application = Application(
            responder: SiteResponder(site: site, allowedHosts: HostAllowList(boundHost: host)),
            server: .http1(configuration: .init(
                idleTimeout: .seconds(limits.headSeconds),
                httpDecoderConfiguration: .init(
                    maxHeaderFieldSize: limits.headBytes, maxHeaderListSize: limits.headBytes,
                    maxHeaderFieldCount: limits.headerFields))),
            configuration: .init(
                address: .hostname(host, port: Int(port)),
                availableConnectionsDelegate: .maximum(limits.connections, logger: quiet)),
            onServerRunning: { channel in
                bound.continuation.yield(channel.localAddress?.port)
                bound.continuation.finish()
            },
            logger: quiet)
        let task = Task {
            defer { bound.continuation.finish() }
            try await application.run()
        }
        lock.withLock { serving = task }
        for await port in bound.stream {
            if let port, let value = UInt16(exactly: port) { return value }
            task.cancel()
        }
        // Not listening (the address is taken, say): stop watching too.
        lock.withLock { isStopped = true }
        try await task.value
        throw CancellationError()
    }

    /// Stops watching and serving.
    func stop() async {
        let task = lock.withLock {
            isStopped = true
            return serving
        }
        task?.cancel()
        _ = await task?.result
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
            if watcher.hasChanged() { scheduler.noteChange() } else { scheduler.tick() }
        }
    }

    /// Builds every notebook through the cache; publishes the site or the diagnostics, unless a
    /// newer build has started meanwhile.
    private func rebuild(_ build: RebuildScheduler.Build) {
        do {
            var builder = try SiteBuilder(notebooksDirectory: notebooks)
            builder.cache = cache
            let result = try builder.compile(selecting: nil)
            let published = scheduler.publishIfNewest(build) {
                try? SiteWriter(directory: URL(fileURLWithPath: out)).replaceAll(with: result.files)
                site.publish(result.files)
            }
            console.err(published
                ? "built \(result.files.paths.count) files: \(result.ranBlocks.count) blocks ran, "
                    + "\(result.cachedBlocks.count) from the cache\n"
                : "an older build ended after a newer one started; its result is dropped\n")
        } catch {
            let formatted = error.formatted
            if scheduler.publishIfNewest(build, { site.publish(failure: formatted) }) { console.err(formatted) }
        }
    }
}

/// Hummingbird's side of ``SiteServer``: the reload long poll, and every other request through
/// ``SiteRequestRouter``.
private struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let site: ServedSite
    let allowedHosts: HostAllowList

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let target = request.head.path ?? "/"
        // HTTP/1's `Host` becomes the request's authority; a second one, ambiguous, stays a
        // field and the request is refused as if it had none.
        let host = request.headers.contains { $0.name.canonicalName == "host" } ? nil : request.head.authority
        var answer: SiteRequestRouter.Response
        if target.split(separator: "?").first == Substring(LiveReload.path),
           SiteRequestRouter.refusal(host: host, allowedHosts: allowedHosts) == nil {
            let query = URLComponents(string: target)?.queryItems ?? []
            let known = query.first { $0.name == "since" }.flatMap { $0.value.flatMap(Int.init) } ?? 0
            let generation = await site.generation(after: known, timeout: 10)
            let body = Data("\(generation)".utf8)
            answer = .init(status: 200, contentType: "text/plain", body: body, contentLength: body.count)
        } else {
            answer = SiteRequestRouter.respond(
                method: request.method.rawValue, target: target, host: host, allowedHosts: allowedHosts,
                snapshot: site.snapshot)
        }
        return Response(
            status: .init(code: answer.status),
            headers: [.contentType: answer.contentType, .contentLength: String(answer.contentLength),
                      .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
