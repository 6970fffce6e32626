import Foundation

/// The ids SVGPlot writes in a figure, every one derived from the figure's key: panel `k`'s clip
/// path is `KEY-clip-k` (only line plots have one). This is the one place that knows the scheme.
///
/// A caller that keeps a figure's SVG and later needs it under another key (the notebook's block
/// cache, when a block moved) asks for it here rather than patching ids itself:
///
/// ```swift
/// let svg = Figure(key: "b3-1", layers: [.line(series)]).svg()
/// FigureIDs.rekeyed(svg, from: "b3-1", to: "b5-1") == Figure(key: "b5-1", layers: [.line(series)]).svg()   // true
/// ```
public enum FigureIDs {
    /// The id of panel `index`'s clip path in the figure `key`: derived, never random.
    static func clipID(key: String, index: Int) -> String {
        clipPrefix(key: key) + String(index)
    }

    /// `svg`, as SVGPlot wrote it for the figure `oldKey`, as it would have written it for `newKey`.
    ///
    /// Only SVGPlot's own markup changes: the clip path's `id` and the group that refers to it.
    /// Both are matched from their `<`, which text and attribute values never contain unescaped,
    /// so a title or label that merely looks like an id stays as the author wrote it.
    public static func rekeyed(_ svg: String, from oldKey: String, to newKey: String) -> String {
        let old = clipPrefix(key: oldKey), new = clipPrefix(key: newKey)
        guard old != new else { return svg }
        return svg
            .replacingOccurrences(of: "<clipPath id=\"" + old, with: "<clipPath id=\"" + new)
            .replacingOccurrences(of: "<g clip-path=\"url(#" + old, with: "<g clip-path=\"url(#" + new)
    }

    /// `KEY-clip-`, the key reduced to ASCII letters, digits and `-` (`plot` when nothing is left).
    private static func clipPrefix(key: String) -> String {
        let safe = key.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
                ? Character(scalar) : "_"
        }
        return (safe.isEmpty ? "plot" : String(safe)) + "-clip-"
    }
}
