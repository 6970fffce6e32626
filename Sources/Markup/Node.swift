/// A small typed tree of HTML or SVG markup.
///
/// Every piece of text that reaches a page or a figure goes through a `Node`, and `Node` escapes
/// text and attribute values in exactly one place (``String/escapedForMarkup(inAttribute:)``).
/// The only way to put unescaped markup in the tree is ``Node/trusted(_:)``, which is meant for
/// markup that weave itself produced (cmark's safe-mode HTML, an SVG rendered by SVGPlot).
///
/// ```swift
/// let figure = Node.element("figure", ["class": "plot"], [
///     .element("figcaption", [.text("Loss <falls>")])
/// ])
/// figure.render()   // <figure class="plot"><figcaption>Loss &lt;falls&gt;</figcaption></figure>
/// ```
public indirect enum Node: Equatable, Sendable {
    /// An element with ordered attributes and children.
    case element(Element)
    /// Text, escaped when rendered.
    case text(String)
    /// Markup produced by weave itself, inserted as it is.
    case trusted(String)
    /// A sequence of nodes without an element around them.
    case fragment([Node])

    // MARK: - Building

    /// An element with attributes given in order as pairs.
    public static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [Node] = []
    ) -> Node {
        .element(Element(name, attributes.map { ($0.key, $0.value) }, children))
    }

    /// An element without attributes.
    public static func element(_ name: String, _ children: [Node]) -> Node {
        .element(Element(name, [], children))
    }

    // MARK: - Rendering

    /// The markup for this node.
    ///
    /// - Parameter syntax: `.html` writes HTML void elements as `<br/>` and other empty elements
    ///   with a closing tag (`<div></div>`); `.xml` writes every childless element as `<path/>`,
    ///   which is also valid for SVG inlined in HTML.
    public func render(_ syntax: Syntax = .html) -> String {
        var output = ""
        write(to: &output, syntax: syntax)
        return output
    }

    /// Appends this node's markup to `output`.
    public func write(to output: inout String, syntax: Syntax) {
        switch self {
        case .text(let text):
            output += text.escapedForMarkup(inAttribute: false)
        case .trusted(let markup):
            output += markup
        case .fragment(let nodes):
            for node in nodes { node.write(to: &output, syntax: syntax) }
        case .element(let element):
            element.write(to: &output, syntax: syntax)
        }
    }
}

/// How childless elements are written.
public enum Syntax: Sendable {
    case html
    case xml
}
