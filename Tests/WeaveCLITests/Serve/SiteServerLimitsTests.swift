import Foundation
@testable import Notebook
import Testing
@testable import WeaveCLI

/// What a client, a page from elsewhere or a slow build can cost `weave serve`: each over real
/// loopback sockets, bounded in time.
extension SiteServerTests {
    static func seconds(since start: Date) -> Double { Date().timeIntervalSince(start) }

    @Test func anOversizedRequestLineOrHeaderIsRefusedAtOnceWhileOthersAreServed() async throws {
        let served = try await Served.start(Self.notebook("Words."))
        let longLine = Array("GET /\(String(repeating: "a", count: 256 * 1024)) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        let bigHeader = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ".utf8)
            + [UInt8](repeating: UInt8(ascii: "a"), count: 8 * 1024 * 1024) + Array("\r\n\r\n".utf8)

        let start = Date()
        let line = try RawHTTP.Connection(port: served.port)
        let header = try RawHTTP.Connection(port: served.port)
        // Sent from other threads: the server stops reading the header long before its end.
        let sent = DispatchGroup()
        for (connection, bytes) in [(line, longLine), (header, bigHeader)] {
            sent.enter()
            Thread {
                connection.send(bytes)
                sent.leave()
            }.start()
        }
        // A normal request is answered meanwhile.
        #expect(try await served.get("/bp.html").status == 200)
        for (name, connection) in [("request line", line), ("header", header)] {
            // 400, then the server's end of the connection closes.
            let answer = RawHTTP.parse(String(decoding: await connection.readAll(), as: UTF8.self))
            #expect(answer?.status == 400, "\(name)")
            #expect(Self.seconds(since: start) < 5, "\(name): took \(Self.seconds(since: start)) s")
            connection.shutDown()
        }
        #expect(await RawHTTP.offThePool { sent.wait(timeout: .now() + 5) } == .success)

        // The bound is not so tight that a large but ordinary head (a 20 KB cookie) is refused.
        let cookie = try RawHTTP.Connection(port: served.port, bytes: Array(
            "GET /bp.html HTTP/1.1\r\nHost: localhost\r\nCookie: c=\(String(repeating: "x", count: 20_000))\r\nConnection: close\r\n\r\n".utf8))
        #expect(await cookie.read()?.status == 200)
        await served.finish()
    }

    @Test func aHeadSentTooSlowlyIsCutOffAfterTheTimeLimit() async throws {
        var limits = SiteServer.Limits()
        limits.headSeconds = 1
        let served = try await Served.start(Self.notebook("Words."), limits: limits)
        // One header byte every 100 ms, never ending the head: closed after about 1 s.
        let start = Date()
        let connection = try RawHTTP.Connection(port: served.port, bytes: Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".utf8))
        var isOpen = true
        for _ in 0..<60 where isOpen {
            try await Task.sleep(nanoseconds: 100_000_000)
            isOpen = connection.send([UInt8(ascii: "X")])
        }
        let elapsed = Self.seconds(since: start)
        #expect(!isOpen)
        #expect(elapsed > 0.8 && elapsed < 6, "closed after \(elapsed) s")
        _ = await connection.readAll()
        // A long poll is not a slow head: it is answered after the limit has passed.
        let generation = served.server.site.snapshot.generation
        let waiting = try RawHTTP.Connection(port: served.port, method: "GET", target: "\(LiveReload.path)?since=\(generation)")
        try await Task.sleep(nanoseconds: 1_500_000_000)
        try served.project.write("notebooks/bp.md", Self.notebook("Changed words."))
        #expect(await waiting.read()?.body == "\(generation + 1)")
        await served.finish()
    }

    @Test func requestsNamingAnotherHostAreRefused() async throws {
        let served = try await Served.start(Self.notebook("Secret words."))
        let rebound = try await served.get("/bp.html", host: "evil.example:\(served.port)")
        #expect(rebound.status == 421)
        #expect(!rebound.body.contains("Secret words."))
        #expect(try await served.get("\(LiveReload.path)?since=0", host: "evil.example").status == 421)
        #expect(try await served.get("/bp.html", host: "localhost:\(served.port)").body.contains("Secret words."))
        #expect(try await served.get("/bp.html", host: "[::1]:\(served.port)").status == 200)
        await served.finish()
    }

    @Test func aFirstBuildThatFailsShowsItsDiagnosticsUntilASaveBuilds() async throws {
        let broken = Self.notebook("Broken from the start.").replacingOccurrences(of: "hidden=tanh", with: "hidden=tahn")
        let served = try await Served.start(broken)
        for target in ["/", "/bp.html"] {
            let page = try await served.get(target)
            #expect(page.status == 500, "\(target)")
            #expect(page.body.contains("bp.md:7:28: error: unknown activation 'tahn'"), "\(target)")
            #expect(page.body.contains(LiveReload.path), "\(target)")
        }
        try served.project.write("notebooks/bp.md", Self.notebook("Fixed."))
        let fixed = try await served.waitFor("/bp.html", within: 3) { $0.status == 200 }
        #expect(fixed.status == 200 && fixed.body.contains("Fixed."))
        await served.finish()
    }

    /// Seconds of training (a 2-50-1 network, 400 000 epochs): far longer than the test's patience.
    static let slowNotebook = """
        # Slow

        Slow words.

        ```nn
        data = moons n=60 noise=0.1 seed=1
        net = network 2-50-1 hidden=tanh output=sigmoid seed=0
        model = train net on data epochs=400000 rate=0.1
        ```

        """

    @Test func aSaveDuringAStuckBuildIsServedWithoutWaitingForIt() async throws {
        let served = try await Served.start(Self.notebook("First words."), patience: 0.3)
        // The first build has published but may still count as running for a moment: a save
        // then would be merged with the next one, and the slow build would never start.
        let settled = Date()
        while !served.server.scheduler.isIdle && Self.seconds(since: settled) < 10 {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        #expect(served.server.scheduler.isIdle)
        try served.project.write("notebooks/bp.md", Self.slowNotebook)
        // The watcher sees it within a poll (0.2 s) and starts the slow build.
        let slowStarted = Date()
        while served.server.scheduler.runningBuilds == 0 && Self.seconds(since: slowStarted) < 3 {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        #expect(served.server.scheduler.runningBuilds == 1)
        try served.project.write("notebooks/bp.md", Self.notebook("After the slow one."))
        let saved = Date()
        let page = try await served.waitFor("/bp.html", within: 5) { $0.body.contains("After the slow one.") }
        #expect(page.status == 200 && page.body.contains("After the slow one."))
        #expect(Self.seconds(since: saved) < 5)
        // The slow build ends later; its result is dropped, never served over the newer one.
        let deadline = Date().addingTimeInterval(120)
        while !served.server.scheduler.isIdle && Date() < deadline {
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        #expect(served.server.scheduler.isIdle)
        #expect(served.server.scheduler.droppedBuilds == 1)
        let after = try await served.get("/bp.html")
        #expect(after.body.contains("After the slow one.") && !after.body.contains("Slow words."))
        await served.finish()
    }
}
