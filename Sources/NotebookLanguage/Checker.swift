/// Checks a notebook's nn blocks in document order and turns them into typed statements.
///
/// One `Checker` is one notebook session: it remembers the kind (and known sizes) of every name
/// defined so far, so a later block can use names from an earlier one. Within one block a name
/// may be defined once; a later block may define it again, which shadows the earlier definition
/// from then on. Every problem is reported, located in the `.md` file; statements with errors
/// are left out of the checked block.
///
/// ```swift
/// var checker = Checker()
/// let (block, diagnostics) = checker.check(source)
/// for statement in block.statements {
///     switch statement.command { case .train(let spec): …; default: … }
/// }
/// ```
public struct Checker: Sendable {
    var symbols: [String: Symbol] = [:]
    /// The files exports have written so far in this notebook, and where each was named.
    var written: [String: SourceLocation] = [:]
    /// The folders those files are in, each with the first file that needs it.
    var writtenFolders: [String: (file: String, location: SourceLocation)] = [:]

    public init() {}

    /// The kind of a name defined so far, if any.
    public func kind(of name: String) -> NameKind? { symbols[name]?.kind }

    /// Checks a whole notebook's blocks, in order, in one session.
    public static func check(_ blocks: [BlockSource]) -> (blocks: [CheckedBlock], diagnostics: DiagnosticList) {
        let checked = check(blocks, values: [])
        return (checked.blocks, checked.diagnostics)
    }

    /// Every `evaluate` without `show=` gets one: `none` when it is named and a later statement
    /// reads the name (before another statement defines it again), so an evaluation made for an
    /// `expect` prints no tables; `all` otherwise. `valueReads` are the names inline values in the
    /// prose read, each with the number of blocks above it: they read as a statement does.
    static func decidingEvaluationDisplays(_ blocks: [CheckedBlock],
                                           valueReads: [(blocksBefore: Int, name: String)] = []) -> [CheckedBlock] {
        var blocks = blocks
        var pending: [String: (block: Int, statement: Int)] = [:]
        var used: Set<[Int]> = []
        var nextRead = valueReads.startIndex
        func readValues(upTo blockCount: Int) {
            while nextRead < valueReads.endIndex, valueReads[nextRead].blocksBefore <= blockCount {
                if let place = pending[valueReads[nextRead].name] { used.insert([place.block, place.statement]) }
                nextRead += 1
            }
        }
        for (b, block) in blocks.enumerated() {
            readValues(upTo: b)
            for (s, statement) in block.statements.enumerated() {
                for name in statement.reads {
                    if let place = pending[name] { used.insert([place.block, place.statement]) }
                }
                for name in statement.defines { pending[name] = nil }
                if case .evaluate(let spec) = statement.command, spec.show == nil, let name = statement.defines.first {
                    pending[name] = (b, s)
                }
            }
        }
        readValues(upTo: Int.max)
        for (b, block) in blocks.enumerated() {
            for (s, statement) in block.statements.enumerated() {
                guard case .evaluate(var spec) = statement.command, spec.show == nil else { continue }
                spec.show = used.contains([b, s]) ? EvaluationDisplay.none : .all
                blocks[b].statements[s].command = .evaluate(spec)
            }
        }
        return blocks
    }

    /// Parses and checks one block, then records the names it defines for later blocks.
    public mutating func check(_ block: BlockSource) -> (block: CheckedBlock, diagnostics: [Diagnostic]) {
        let (statements, syntaxErrors, unparsed) = Parser().parseRecovering(block)
        var diagnostics = syntaxErrors
        var checked: [CheckedStatement] = []
        var definedHere: [String: SourceLocation] = [:]
        // Statements that could not be parsed, in order, interleaved with the others below.
        var failed = unparsed.filter { !$0.targets.isEmpty }[...]
        for statement in statements {
            while let next = failed.first, next.targets[0].location < statement.location {
                standIn(next.targets, command: next.command, &definedHere)
                failed.removeFirst()
            }
            guard var signature = Signature.command(named: statement.command.text) else {
                let word = statement.command
                diagnostics.append(.error(
                    at: word.location, "unknown command '\(word.text)'",
                    hint: Suggestion.hint(for: word.text, in: Signature.commands.map(\.name)), length: word.length))
                standIn(statement.targets, command: nil, &definedHere)
                continue
            }
            var skipping = 0
            if let kinds = signature.kinds {
                guard let kind = kindSignature(statement, signature, kinds, &diagnostics) else { continue }
                signature = kind
                skipping = 1
            }
            let targetErrors = checkTargets(statement, signature, definedHere)
            diagnostics += targetErrors
            var reader = ArgumentReader(statement, signature: signature, skipping: skipping)
            let outcome = run(signature, &reader)
            precondition(outcome != nil || reader.hasErrors, "'\(signature.name)' failed without a diagnostic")
            diagnostics += reader.diagnostics
            let fallback = signature.defines.map { Symbol($0, at: statement.location) }
            for (offset, target) in statement.targets.enumerated() where definedHere[target.text] == nil {
                definedHere[target.text] = target.location
                let made = outcome?.symbols ?? []
                guard var symbol = made.isEmpty ? fallback : made[min(offset, made.count - 1)] else { continue }
                symbol.location = target.location
                symbols[target.text] = symbol
            }
            guard let outcome, !reader.hasErrors, targetErrors.isEmpty else { continue }
            let clashes = outcome.writes.compactMap(clash)
            diagnostics += clashes
            guard clashes.isEmpty else { continue }
            for write in outcome.writes {
                written[write.path] = write.value.location
                for folder in SitePath.folders(of: write.path) where writtenFolders[folder] == nil {
                    writtenFolders[folder] = (write.path, write.value.location)
                }
            }
            checked.append(CheckedStatement(
                command: outcome.command, defines: statement.targets.map(\.text), reads: reader.reads,
                files: outcome.files, writes: outcome.writes.map(\.path), location: statement.location))
        }
        for next in failed { standIn(next.targets, command: next.command, &definedHere) }
        diagnostics += scrubberProblems(checked)
        return (CheckedBlock(statements: checked), diagnostics)
    }

    /// Defines the targets of a statement that could not be read, so that using them later
    /// reports nothing more: of the kind its command defines when that is known, else of any kind.
    private mutating func standIn(_ targets: [Statement.Word], command: Statement.Word?,
                                  _ definedHere: inout [String: SourceLocation]) {
        let kind = command.flatMap { Signature.command(named: $0.text)?.defines }
        for target in targets where definedHere[target.text] == nil && target.text.first?.isLetter == true {
            definedHere[target.text] = target.location
            var symbol = Symbol(kind ?? .dataset, at: target.location)
            symbol.isStandIn = kind == nil
            symbols[target.text] = symbol
        }
    }

    /// A scrubber is a block's one figure, shown a panel at a time under its controls: another
    /// plot in the same block would be folded into its radio group.
    private func scrubberProblems(_ checked: [CheckedStatement]) -> [Diagnostic] {
        let plots = checked.compactMap { statement -> (spec: PlotSpec, location: SourceLocation)? in
            if case .plot(let spec) = statement.command { (spec, statement.location) } else { nil }
        }
        guard plots.count > 1, let scrubber = plots.first(where: { $0.spec.scrub != nil }) else { return [] }
        return [.error(at: scrubber.location,
                       "a scrubber shows its panels one at a time, so it must be the only plot of its block",
                       hint: "move the other plots to blocks of their own")]
    }

    /// Why an export cannot write `write.path` after the exports before it: the same file (the
    /// second would silently replace the first), or a file where another needs a folder.
    private func clash(_ write: (path: String, value: Value)) -> Diagnostic? {
        let message: String
        if let earlier = written[write.path] {
            message = "'\(write.path)' is already written by the export on line \(earlier.line)"
        } else if let (folder, earlier) = SitePath.folders(of: write.path).lazy
                    .compactMap({ folder in self.written[folder].map { (folder, $0) } }).first {
            message = "'\(write.path)' needs a folder '\(folder)', but the export on line "
                + "\(earlier.line) writes a file of that name"
        } else if let earlier = writtenFolders[write.path] {
            message = "'\(write.path)' is a folder of '\(earlier.file)', written by the export on line "
                + "\(earlier.location.line)"
        } else {
            return nil
        }
        return .error(at: write.value.location, message, hint: "give each export a file name of its own",
                      length: write.value.length)
    }

    /// A command's meaning, and what its targets become.
    struct Outcome {
        var command: Command
        /// One per target (the last repeats for further targets); empty when it defines nothing.
        var symbols: [Symbol] = []
        var files: [String] = []
        /// Files the command writes, each with the argument that names it.
        var writes: [(path: String, value: Value)] = []
    }

    private func run(_ signature: Signature, _ reader: inout ArgumentReader) -> Outcome? {
        guard case .method(let check) = signature.checking else { return nil }
        return check(self, &reader)
    }

    /// The signature of the kind a statement names first (`plot boundary …`), or nil with an error.
    private func kindSignature(_ statement: Statement, _ command: Signature, _ kinds: [Signature],
                               _ diagnostics: inout [Diagnostic]) -> Signature? {
        let names = kinds.map(\.name)
        guard let first = statement.arguments.first, first.key == nil, case .word(let word) = first.value.kind else {
            diagnostics.append(.error(at: statement.command.location, "'\(command.name)' needs a kind",
                                      hint: "expected one of: " + names.joined(separator: ", "),
                                      length: statement.command.length))
            return nil
        }
        if let signature = kinds.first(where: { $0.name == word }) { return signature }
        diagnostics.append(.error(at: first.value.location, "unknown \(command.name) kind '\(word)'",
                                  hint: Suggestion.hint(for: word, in: names), length: first.value.length))
        return nil
    }

    private func checkTargets(_ statement: Statement, _ signature: Signature,
                              _ definedHere: [String: SourceLocation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let command = statement.command
        let targets = statement.targets
        let name = signature.displayName
        switch (signature.targets, targets.count) {
        case (.none, 1...):
            diagnostics.append(.error(at: targets[0].location, "'\(name)' does not define a name",
                                      hint: "remove '\(targets.map(\.text).joined(separator: ", ")) ='",
                                      length: targets[0].length))
        case (.one, 0):
            diagnostics.append(.error(at: command.location, "'\(name)' defines \(signature.defines!); name it",
                                      hint: "write: \(signature.usage)", length: command.length))
        case (.one, 2...), (.optional, 2...):
            diagnostics.append(.error(at: targets[1].location, "'\(name)' defines one name, not \(targets.count)",
                                      hint: "write: \(signature.usage)", length: targets[1].length))
        case (.two, let count) where count != 2:
            diagnostics.append(.error(at: targets.first?.location ?? command.location,
                                      "'\(name)' defines two names, not \(count)",
                                      hint: "write: \(signature.usage)"))
        default: break
        }
        var seen: Set<String> = []
        for target in targets {
            if !seen.insert(target.text).inserted {
                diagnostics.append(.error(at: target.location, "'\(target.text)' is named twice in one statement",
                                          hint: "give each target its own name", length: target.length))
            } else if let earlier = definedHere[target.text] {
                diagnostics.append(.error(
                    at: target.location, "'\(target.text)' is already defined in this block (line \(earlier.line))",
                    hint: "use another name; a later block may redefine it", length: target.length))
            }
        }
        return diagnostics
    }
}
