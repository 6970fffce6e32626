import CCmark
import Markup
import NotebookLanguage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place where weave touches libcmark's C API.
///
/// Ownership, following `cmark.h`:
/// - `cmark_parse_document` returns a tree that we own; each function here frees it with
///   `cmark_node_free` on the root before returning (`defer`).
/// - `cmark_iter_new` returns an iterator we own and free with `cmark_iter_free`.
/// - Strings cmark returns from getters (`cmark_node_get_literal`, `…_fence_info`) belong to the
///   node: we copy them into Swift `String`s at once and never keep the pointer.
/// - `cmark_render_html` returns a `malloc`ed string that we copy and then `free()`.
/// - Nodes we create (`cmark_node_new`) are linked into the tree, which then owns them; nodes we
///   unlink or replace are ours, and we `cmark_node_free` them right away.
/// - Setters (`cmark_node_set_literal`, `…_on_enter`) copy their argument.
///
/// No cmark pointer leaves this file.
enum CMarkDocument {
    /// Code blocks, headings and verbatim line ranges of `text`, parsed with source positions.
    static func outline(of text: String) -> CMarkOutline {
        let root = parse(text, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)
        defer { cmark_node_free(root) }
        var outline = CMarkOutline()
        walk(root) { node in
            let type = cmark_node_get_type(node)
            if type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue, type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue,
               type != CMARK_NODE_DOCUMENT {
                outline.blockStartLines.insert(Int(cmark_node_get_start_line(node)))
            }
            switch type {
            case CMARK_NODE_CODE_BLOCK:
                let block = CMarkOutline.CodeBlock(
                    info: string(cmark_node_get_fence_info(node)),
                    literal: string(cmark_node_get_literal(node)),
                    startLine: Int(cmark_node_get_start_line(node)),
                    startByteColumn: Int(cmark_node_get_start_column(node)),
                    endLine: Int(cmark_node_get_end_line(node)))
                outline.codeBlocks.append(block)
                outline.verbatimLines.append(block.startLine...max(block.startLine, block.endLine))
            case CMARK_NODE_HTML_BLOCK:
                let start = Int(cmark_node_get_start_line(node))
                outline.verbatimLines.append(start...max(start, Int(cmark_node_get_end_line(node))))
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node))
                outline.headings.append(.init(level: level, text: plainText(of: node)))
            default:
                break
            }
        }
        return outline
    }

    /// The HTML of `text`: replaced code blocks become custom blocks with the plan's HTML, text
    /// nodes are split around placeholders into custom inlines, headings get ids.
    ///
    /// Custom nodes are written even in safe mode, which is what lets engine-made figures through
    /// while an author's `<script>` is dropped.
    static func body(of text: String, plan: CMarkRenderPlan) -> PageBody {
        let options = plan.allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_SAFE
        let root = parse(text, options: options)
        defer { cmark_node_free(root) }

        // Collect first, change afterwards: the iterator must not see a changing tree.
        var texts: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        var blocks: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var softBreaks: [OpaquePointer] = []
        walk(root) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_SOFTBREAK: softBreaks.append(node)
            case CMARK_NODE_TEXT where isInsideImage(node):
                // cmark writes an image's description as plain `alt` text and drops custom nodes.
                cmark_node_set_literal(node, plan.restoreText(string(cmark_node_get_literal(node))))
            case CMARK_NODE_TEXT: texts.append(node)
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                // The scanner skips code spans and autolinks; should cmark see one it did not
                // (or inline HTML holding `$`), the author's text comes back as written.
                cmark_node_set_literal(node, plan.restoreText(string(cmark_node_get_literal(node))))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_CODE_BLOCK where plan.isReplacedBlock(string(cmark_node_get_fence_info(node))):
                blocks.append(node)
            case CMARK_NODE_CODE_BLOCK:
                cmark_node_set_fence_info(node, plan.restoreText(string(cmark_node_get_fence_info(node))))
                cmark_node_set_literal(node, plan.restoreText(string(cmark_node_get_literal(node))))
            default: break
            }
        }
        // A soft break between two characters of a script written without spaces is no space
        // ("神经网络，\n然后" reads "神经网络，然后"), as CJK-aware CommonMark renderers do.
        for node in softBreaks where isBetweenUnspacedCharacters(node) {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        // Leaves could be changed on entering them; containers only now, after the walk.
        for node in links {
            cmark_node_set_url(node, plan.restoreText(string(cmark_node_get_url(node))))
            cmark_node_set_title(node, plan.restoreText(string(cmark_node_get_title(node))))
        }
        for node in texts {
            let literal = string(cmark_node_get_literal(node))
            let pieces = plan.splitText(literal)
            guard pieces != [.text(literal)] else { continue }
            for piece in pieces {
                let inserted: OpaquePointer
                switch piece {
                case .text(let text):
                    inserted = cmark_node_new(CMARK_NODE_TEXT)
                    cmark_node_set_literal(inserted, text)
                case .html(let html):
                    inserted = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
                    cmark_node_set_on_enter(inserted, html)
                }
                cmark_node_insert_before(node, inserted)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        // Headings last among inline changes, so their HTML includes the custom inlines. A
        // level-1 heading that opens the document is the page's title: it leaves the tree and
        // comes back as an element of its own.
        var title: Node?
        let first = cmark_node_first_child(root)
        for (index, heading) in headings.enumerated() where index < plan.headingIDs.count {
            let level = Int(cmark_node_get_heading_level(heading))
            let rendered = render(heading, options: options)
            let open = "<h\(level)>", close = "</h\(level)>\n"
            guard rendered.hasPrefix(open), rendered.hasSuffix(close) else { continue }
            let inner = String(rendered.dropFirst(open.count).dropLast(close.count))
            let element = Node.element("h\(level)", ["id": plan.headingIDs[index]], [.trusted(inner)])
            if heading == first && level == 1 {
                title = element
                cmark_node_unlink(heading)
                cmark_node_free(heading)
            } else {
                replace(heading, withBlockHTML: element.render() + "\n")
            }
        }
        for (index, block) in blocks.enumerated() where index < plan.blockHTML.count {
            replace(block, withBlockHTML: plan.blockHTML[index])
        }
        return PageBody(title: title, rest: render(root, options: options))
    }

    // MARK: - Helpers

    /// Whether the text before `node` ends, and the text after it starts, with a character of a
    /// script written without spaces (looking into emphasis, strong emphasis and links: the text
    /// a reader sees on either side).
    private static func isBetweenUnspacedCharacters(_ node: OpaquePointer) -> Bool {
        guard let last = edgeScalar(cmark_node_previous(node), atEnd: true),
              let first = edgeScalar(cmark_node_next(node), atEnd: false)
        else { return false }
        return EastAsianText.isWrittenWithoutSpaces(last) && EastAsianText.isWrittenWithoutSpaces(first)
    }

    /// The last (or first) character of the text an inline node shows, or nil when it is not
    /// plain text (code, math, a break, an image).
    private static func edgeScalar(_ node: OpaquePointer?, atEnd: Bool) -> Unicode.Scalar? {
        var current = node
        // Emphasis nests only as deep as the author wrote it; a bound keeps this loop short.
        for _ in 0..<64 {
            guard let node = current else { return nil }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                let scalars = string(cmark_node_get_literal(node)).unicodeScalars
                return atEnd ? scalars.last : scalars.first
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
                current = atEnd ? cmark_node_last_child(node) : cmark_node_first_child(node)
            default:
                return nil
            }
        }
        return nil
    }

    private static func parse(_ text: String, options: Int32) -> OpaquePointer {
        let utf8 = Array(text.utf8)
        let root = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        // cmark returns NULL only when out of memory.
        guard let root else { fatalError("cmark could not allocate a document") }
        return root
    }

    /// Calls `visit` for every node on entering it, in document order.
    private static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The text a reader sees in a heading: text and code literals, breaks as single spaces.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private static func isInsideImage(_ node: OpaquePointer) -> Bool {
        var ancestor = cmark_node_parent(node)
        while let current = ancestor {
            if cmark_node_get_type(current) == CMARK_NODE_IMAGE { return true }
            ancestor = cmark_node_parent(current)
        }
        return false
    }

    private static func replace(_ node: OpaquePointer, withBlockHTML html: String) {
        let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(custom, html)
        cmark_node_replace(node, custom)
        cmark_node_free(node)
    }

    private static func render(_ node: OpaquePointer, options: Int32) -> String {
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
