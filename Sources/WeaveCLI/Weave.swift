import ArgumentParser
import Foundation

/// The `weave` command line: `main.swift` calls ``Weave/main(_:console:)`` and exits with its result.
///
/// Exit status: 0 on success, 1 when notebooks have errors (or the site is stale, for `check`),
/// 2 for a usage mistake.
public enum Weave {
    /// Runs weave with `arguments` (without the program name) and returns the exit status.
    public static func main(_ arguments: [String], console: Console = .standard()) -> Int32 {
        if arguments.first == "help", arguments.count > 1, !arguments[1].hasPrefix("-"),
           !WeaveCommand.subcommandNames.contains(arguments[1]) {
            // ArgumentParser would print the overview for a name it does not know.
            console.err("error: no subcommand '\(arguments[1])'; the subcommands are \(WeaveCommand.subcommandNames.joined(separator: ", "))\n")
            return 2
        }
        let command: ParsableCommand
        do {
            command = try WeaveCommand.parseAsRoot(arguments)
        } catch {
            let message = WeaveCommand.fullMessage(for: error)
            let status = WeaveCommand.exitCode(for: error)
            if status == .success {
                console.out(message + "\n")
                return 0
            }
            console.err(message + "\n")
            return 2
        }
        guard let runnable = command as? WeaveRunnable else {
            // `weave help SUB`, `weave SUB --help` and a bare `weave --help` come back as
            // ArgumentParser's own help command, whose `run()` throws the help of the command
            // it names (the root when it names none).
            var helpCommand = command
            do {
                try helpCommand.run()
            } catch {
                let isSuccess = WeaveCommand.exitCode(for: error) == .success
                let message = WeaveCommand.fullMessage(for: error) + "\n"
                if isSuccess { console.out(message) } else { console.err(message) }
                return isSuccess ? 0 : 2
            }
            console.out(WeaveCommand.helpMessage() + "\n")
            return 0
        }
        return runnable.execute(console: console)
    }
}

/// A subcommand that runs with a console and returns an exit status.
protocol WeaveRunnable {
    func execute(console: Console) -> Int32
}

struct WeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weave",
        abstract: "Turn Markdown notebooks about neural networks into a verified static site.",
        discussion: """
            Every nn block of a notebook is checked, then run: datasets, networks, training, \
            traces, expectations and plots. The pages are plain HTML with inline SVG and MathML.
            """,
        version: WeaveVersion.current,
        subcommands: [RenderCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, CleanCommand.self,
                      InitCommand.self],
        defaultSubcommand: RenderCommand.self
    )

    /// The names `weave help NAME` accepts.
    static var subcommandNames: [String] {
        configuration.subcommands.map { $0.configuration.commandName ?? "" }
    }
}
