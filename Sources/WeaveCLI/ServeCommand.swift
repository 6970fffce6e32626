import ArgumentParser
import Foundation
import Notebook

/// `weave serve [DIR] [--port N] [--host H]`: builds, serves and rebuilds on every save.
struct ServeCommand: ParsableCommand, WeaveRunnable {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it, and rebuild and reload pages on every save.",
        discussion: """
            Serves on 127.0.0.1 unless --host names another interface, and answers only requests \
            addressed to localhost, a loopback address or that host. Notebooks and the files they \
            read are watched; only blocks whose inputs changed run again (see weave clean). Served \
            pages get a small reload script; the site written to disk has none.

            Examples:
              weave serve
              weave serve notebooks --port 0 --host 0.0.0.0
            """
    )

    @Argument(help: "The folder of notebooks.")
    var directory: String = "notebooks"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The interface to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The folder the site is written to.")
    var out: String = "site"

    @OptionGroup var cacheOptions: CacheOptions

    func execute(console: Console) -> Int32 {
        do {
            try SiteCommandRunner.validateOut(out, notebooksDirectory: directory)
        } catch {
            console.err("error: \(error)\n")
            return 2
        }
        let server = SiteServer(
            notebooks: directory, out: out, host: host, port: port,
            cache: cacheOptions.noCache ? nil : CacheOptions.projectCache(notebooksDirectory: directory),
            console: console)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let bound = try await server.start()
                let shownHost = host.contains(":") ? "[\(host)]" : host
                console.err("serving \(directory) at http://\(shownHost):\(bound)/ (Ctrl-C stops)\n")
                await server.wait()
            } catch {
                console.err("error: cannot serve on \(host):\(port): \(error)\n")
                outcome.status = 1
            }
            done.signal()
        }
        done.wait()
        return outcome.status
    }

    private final class Outcome: @unchecked Sendable {
        var status: Int32 = 0
    }
}
