// libyaml itself (Yams' C module), for its event stream: Yams composes a whole tree before
// anyone can look at it, and composing is where an alias bomb explodes.
import CYaml

/// Refuses the YAML shapes a front matter never needs and that can make reading it explode:
/// aliases (`*name`), anchors (`&name`) and keys that are not plain scalars (`? [a, b]`).
///
/// Yams checks a mapping's keys for duplicates by hashing them, and a key that is an alias of
/// an alias of … expands to 9ⁿ nodes while it is hashed: 408 bytes of front matter would hang
/// the build. This check walks libyaml's events once, before Yams composes anything, and builds
/// nothing; a syntax error is left to Yams, which reports it in the usual words.
///
/// ```swift
/// if let problem = FrontMatterShape.firstProblem(in: "a: &x 1\nb: *x") {
///     problem.message   // "front matter may not use YAML anchors ('&x')"
///     problem.line      // 1 (1-based, in the YAML text), problem.column 4
/// }
/// ```
///
/// This is the only file that calls libyaml; events are deleted as soon as they are read.
enum FrontMatterShape {
    struct Problem: Equatable {
        var message: String
        var hint: String
        /// 1-based, in the YAML text (the line after the opening `---` is line 1).
        var line: Int
        /// 1-based, in Unicode scalars.
        var column: Int
        /// Scalars to underline: the `*name` or `&name`, else 1.
        var length = 1
    }

    /// The first alias, anchor or non-scalar key of `yaml`, or nil when there is none (or when
    /// libyaml cannot read it: Yams then reports the syntax error).
    static func firstProblem(in yaml: String) -> Problem? {
        let bytes = Array(yaml.utf8)
        guard !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // For each open collection: whether it is a mapping whose next node is a key.
            var expectsKey: [Bool?] = []
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                func problem(_ message: String, _ hint: String, marking name: String? = nil) -> Problem {
                    Problem(message: message, hint: hint, line: Int(mark.line) + 1, column: Int(mark.column) + 1,
                            length: name.map { $0.unicodeScalars.count + 1 } ?? 1)
                }
                var isKey = false
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    _ = expectsKey.popLast()
                    continue
                case YAML_ALIAS_EVENT, YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    if let top = expectsKey.last, let expecting = top {
                        isKey = expecting
                        expectsKey[expectsKey.count - 1] = !expecting
                    }
                default:
                    continue
                }
                let anchor: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_ALIAS_EVENT:
                    let name = text(event.data.alias.anchor)
                    return problem("front matter may not use YAML aliases ('*\(name)')", "write the value out in full",
                                   marking: name)
                case YAML_SCALAR_EVENT:
                    anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT:
                    anchor = event.data.sequence_start.anchor
                default:
                    anchor = event.data.mapping_start.anchor
                }
                if let anchor {
                    let name = text(anchor)
                    return problem("front matter may not use YAML anchors ('&\(name)')",
                                   "remove the anchor and write the value out in full", marking: name)
                }
                if isKey, event.type != YAML_SCALAR_EVENT {
                    return problem("front matter keys must be words, not lists or mappings",
                                   "write 'title: …' lines")
                }
                switch event.type {
                case YAML_SEQUENCE_START_EVENT: expectsKey.append(nil)
                case YAML_MAPPING_START_EVENT: expectsKey.append(true)
                default: break
                }
            }
            return nil
        }
    }

    /// A NUL-terminated libyaml string as Swift text (invalid UTF-8 repaired).
    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}
