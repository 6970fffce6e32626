import Foundation
import Notebook

/// Shows build progress on standard error: one redrawn line on a terminal (notebook, block,
/// model, epoch, loss, time left), one line per block otherwise, nothing when quiet.
/// Warnings are always printed.
final class ProgressPrinter: @unchecked Sendable {
    private let console: Console
    private let isQuiet: Bool
    private let lock = NSLock()
    private var lineIsOpen = false
    private var lastDraw = Date.distantPast
    private var trainingStart: (label: String, date: Date)?

    init(console: Console, isQuiet: Bool) {
        self.console = console
        self.isQuiet = isQuiet
    }

    func handle(_ event: BuildEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .warning(_, let formatted):
            clearLine()
            console.err(formatted)
        case _ where isQuiet:
            break
        case .notebookStarted(let path, let blocks):
            if !console.isErrorTerminal { console.err("\(path): \(blocks) nn blocks\n") }
        case .blockStarted(let path, let index, let count):
            trainingStart = nil
            if console.isErrorTerminal {
                draw("\(path) · block \(index + 1)/\(count)", force: true)
            } else {
                console.err("\(path): block \(index + 1)/\(count)\n")
            }
        case .training(let path, let label, let epoch, let epochs, let loss):
            guard console.isErrorTerminal else { break }
            let now = Date()
            if trainingStart?.label != label { trainingStart = (label, now) }
            var line = "\(path) · \(label) · epoch \(epoch)/\(epochs) · loss \(String(format: "%.4g", loss))"
            if let start = trainingStart, epoch > 0 {
                let elapsed = now.timeIntervalSince(start.date)
                let remaining = elapsed / Double(epoch) * Double(max(0, epochs - epoch))
                line += String(format: " · ETA %.1fs", remaining)
            }
            draw(line, force: false)
        case .notebookFinished(let path):
            clearLine()
            console.err("\(path): done\n")
        }
    }

    /// Ends an open progress line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        clearLine()
    }

    private func draw(_ text: String, force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        console.err("\r\u{1B}[2K" + text)
        lineIsOpen = true
    }

    private func clearLine() {
        guard lineIsOpen else { return }
        console.err("\r\u{1B}[2K")
        lineIsOpen = false
    }
}
