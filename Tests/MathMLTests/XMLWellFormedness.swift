import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup with Foundation's XMLParser; nil when well-formed, else the parser's error.
enum XMLWellFormedness {
    static func check(_ markup: String) -> String? {
        let parser = XMLParser(data: Data(markup.utf8))
        return parser.parse() ? nil : String(describing: parser.parserError)
    }
}
