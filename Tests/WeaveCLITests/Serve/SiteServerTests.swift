import Foundation
@testable import Notebook
import Testing
import TestSupport
@testable import WeaveCLI

/// `weave serve` over real loopback sockets, on an ephemeral port.
@Suite(.serialized) struct SiteServerTests {
    static func notebook(_ prose: String, seed: Int = 1) -> String {
        """
        # Served

        \(prose)

        ```nn
        data = moons n=40 noise=0.1 seed=\(seed)
        net = network 2-4-1 hidden=tanh output=sigmoid seed=0
        model = train net on data epochs=200 rate=0.5
        plot loss model
        ```

        """
    }

    /// A scratch project with a running server; stopped and removed by ``finish()``.
    struct Served {
        let project: ScratchProject
        let server: SiteServer
        let port: UInt16

        static func start(_ text: String, limits: SiteServer.Limits = .init(), patience: TimeInterval = 2) async throws -> Served {
            let project = try ScratchProject()
            try project.write("notebooks/bp.md", text)
            let console = Console(isErrorTerminal: false, output: { _ in }, error: { _ in })
            let server = SiteServer(
                notebooks: project.path("notebooks"), out: project.path("site"), host: "127.0.0.1", port: 0,
                cache: BlockCache.beside(notebooksDirectory: project.path("notebooks")), console: console,
                limits: limits, patience: patience)
            let port = try await server.start()
            return Served(project: project, server: server, port: port)
        }

        func get(_ target: String, _ method: String = "GET", host: String = "127.0.0.1") async throws -> RawHTTP.Response {
            try #require(try await RawHTTP.request(port: port, method, target, host: host))
        }

        /// Polls `target` until `accept` holds or `seconds` pass; returns the last response.
        func waitFor(_ target: String, within seconds: Double, _ accept: (RawHTTP.Response) -> Bool) async throws -> RawHTTP.Response {
            let deadline = Date().addingTimeInterval(seconds)
            var response = try await get(target)
            while !accept(response) && Date() < deadline {
                try await Task.sleep(nanoseconds: 50_000_000)
                response = try await get(target)
            }
            return response
        }

        func finish() async {
            await server.stop()
            project.remove()
        }
    }

    @Test func servesTheIndexPagesAndFilesWithTypes() async throws {
        let served = try await Served.start(Self.notebook("First words."))
        let index = try await served.get("/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.body.contains("bp.html") && index.body.contains(LiveReload.path))
        let css = try await served.get("/style.css")
        #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8")
        let head = try await served.get("/bp.html", "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && Int(head.headers["content-length"] ?? "") ?? 0 > 1000)
        #expect(try await served.get("/nothing.html").status == 404)
        for target in ["/../site/index.html", "/%2e%2e/notebooks/bp.md", "/..%2f..%2fetc%2fpasswd"] {
            #expect(try await served.get(target).status != 200, "\(target)")
        }
        #expect(try await served.get("/etc/passwd").status == 404)
        // The site on disk has no script; only served pages do.
        #expect(try !served.project.read("site/bp.html").contains("<script"))
        await served.finish()
    }

    @Test func anEditIsVisibleWithinTwoSecondsAndABrokenSaveShowsTheError() async throws {
        let served = try await Served.start(Self.notebook("First words."))
        #expect(try await served.get("/bp.html").body.contains("First words."))

        try served.project.write("notebooks/bp.md", Self.notebook("Second words."))
        let edited = try await served.waitFor("/bp.html", within: 2) { $0.body.contains("Second words.") }
        #expect(edited.status == 200 && edited.body.contains("Second words."))

        let broken = Self.notebook("Broken <em>save</em>.").replacingOccurrences(of: "hidden=tanh", with: "hidden=tahn")
        try served.project.write("notebooks/bp.md", broken)
        let failed = try await served.waitFor("/bp.html", within: 2) { $0.status == 500 }
        #expect(failed.status == 500)
        #expect(failed.body.contains("bp.md:7:28: error: unknown activation 'tahn'"))
        #expect(failed.body.contains("tahn"))
        #expect(!failed.body.contains("Second words."))

        try served.project.write("notebooks/bp.md", Self.notebook("Third words."))
        let recovered = try await served.waitFor("/bp.html", within: 2) { $0.body.contains("Third words.") }
        #expect(recovered.status == 200)
        await served.finish()
    }

    @Test func reloadEndpointAnswersWhenTheGenerationChanges() async throws {
        let served = try await Served.start(Self.notebook("Words."))
        let generation = served.server.site.snapshot.generation
        #expect(try await served.get("\(LiveReload.path)?since=\(generation - 1)").body == "\(generation)")
        let waiting = try RawHTTP.Connection(port: served.port, method: "GET", target: "\(LiveReload.path)?since=\(generation)")
        try served.project.write("notebooks/bp.md", Self.notebook("Changed words."))
        let answer = await waiting.read()
        #expect(answer?.body == "\(generation + 1)")
        await served.finish()
    }

    @Test func twoHundredConcurrentRequestsDuringARebuildAllSucceed() async throws {
        let served = try await Served.start(Self.notebook("Words."))
        try served.project.write("notebooks/bp.md", Self.notebook("Words.", seed: 2))
        served.server.scheduler.noteChange()
        let targets = ["/", "/bp.html", "/style.css"]
        let connections = try (0..<200).map { i in
            try RawHTTP.Connection(port: served.port, method: "GET", target: targets[i % targets.count])
        }
        var statuses: [Int] = []
        for connection in connections { statuses.append(await connection.read()?.status ?? 0) }
        #expect(statuses.count == 200)
        #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses.filter { $0 != 200 })")
        await served.finish()
    }
}
