import Foundation

/// Reads back what SVGPlot wrote, so the drawing rules can be checked on produced SVG and on
/// whole pages: path vertices in absolute pixels, legend boxes, text positions and attributes.
///
/// It reads SVGPlot's own output (its path commands and attribute order), not SVG in general.
///
/// ```swift
/// let boxes = SVGReader.legendBoxes(svg)
/// let covered = SVGReader.dataVertices(svg).filter { p in boxes.contains { $0.contains(p) } }   // []
/// ```
public enum SVGReader {
    /// Every vertex of a path's data (`M`, `l` with implicit pairs, `h`, `v`, `a`, `z`), absolute.
    public static func vertices(ofPath data: String) -> [(Double, Double)] {
        var tokens: [String] = []
        var current = ""
        for character in data {
            if character.isLetter {
                if !current.isEmpty { tokens.append(current) }
                tokens.append(String(character))
                current = ""
            } else if character == " " || character == "," {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else if character == "-" && !current.isEmpty && !current.hasSuffix("e") {
                tokens.append(current)
                current = "-"
            } else if character == "." && current.contains(".") {
                tokens.append(current)
                current = "."
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var points: [(Double, Double)] = []
        var (x, y) = (0.0, 0.0), start = (0.0, 0.0)
        var command = "M"
        var numbers: [Double] = []
        func flush() {
            switch command {
            case "M":
                for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
                    if pair == 0 { (x, y) = (numbers[0], numbers[1]); start = (x, y) } else { (x, y) = (x + numbers[pair], y + numbers[pair + 1]) }
                    points.append((x, y))
                }
            case "l":
                for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
                    (x, y) = (x + numbers[pair], y + numbers[pair + 1])
                    points.append((x, y))
                }
            case "h": for dx in numbers { x += dx; points.append((x, y)) }
            case "v": for dy in numbers { y += dy; points.append((x, y)) }
            case "a":
                for arc in stride(from: 0, to: numbers.count - 6, by: 7) {
                    (x, y) = (x + numbers[arc + 5], y + numbers[arc + 6])
                    points.append((x, y))
                }
            default: break
            }
            numbers = []
        }
        for token in tokens {
            if token.count == 1, let letter = token.first, letter.isLetter {
                flush()
                command = token
                if command == "z" { (x, y) = start }
            } else if let value = Double(token) {
                numbers.append(value)
            }
        }
        flush()
        return points
    }

    /// The numeric value of attribute `name` in the text of one tag.
    public static func attribute(_ name: String, in tag: Substring) -> Double? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return Double(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The legend boxes drawn: `<rect class="legend" …>`.
    public static func legendBoxes(_ svg: String) -> [(x: Double, y: Double, width: Double, height: Double)] {
        svg.components(separatedBy: "<rect class=\"legend\"").dropFirst().compactMap { rest in
            let tag = rest.prefix { $0 != ">" }
            guard let x = attribute("x", in: tag), let y = attribute("y", in: tag),
                let w = attribute("width", in: tag), let h = attribute("height", in: tag)
            else { return nil }
            return (x, y, w, h)
        }
    }

    /// The vertices of every data path: paths outside the legend that are neither axes nor grid
    /// lines nor halos (the curves, markers, regions' boundary and notes).
    public static func dataVertices(_ svg: String) -> [(Double, Double)] {
        var vertices: [(Double, Double)] = []
        // Legends are `<g>` groups opening with their box; cut each from its box to its group's end.
        var text = svg
        while let start = text.range(of: "<g><rect class=\"legend\"") {
            let end = text.range(of: "</g></g>", range: start.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
            text.removeSubrange(start.lowerBound..<end)
        }
        for piece in text.components(separatedBy: "<path ").dropFirst() {
            let tag = piece.prefix { $0 != ">" }
            if tag.contains("class=\"axis\"") || tag.contains("class=\"grid\"") || tag.contains("class=\"halo\"") { continue }
            guard let range = tag.range(of: "d=\"") else { continue }
            vertices += Self.vertices(ofPath: String(tag[range.upperBound...].prefix { $0 != "\"" }))
        }
        return vertices
    }

    /// `<text>` elements: class, x, y and content.
    public static func texts(_ svg: String) -> [(class: String?, x: Double, y: Double, text: String)] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { piece in
            let tag = piece.prefix { $0 != ">" }
            guard let x = attribute("x", in: tag), let y = attribute("y", in: tag),
                let close = piece.range(of: "</text>"), let open = piece.firstIndex(of: ">")
            else { return nil }
            let name = tag.range(of: "class=\"").map { String(tag[$0.upperBound...].prefix { $0 != "\"" }) }
            return (name, x, y, String(piece[piece.index(after: open)..<close.lowerBound]))
        }
    }
}
