import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup with Foundation's XMLParser; nil when well-formed, else the parser's error.
enum XMLWellFormedness {
    static func check(_ markup: String) -> String? {
        let parser = XMLParser(data: Data(markup.utf8))
        // On Linux `parse()` can return true after an error; the recorded error is what counts.
        let finished = parser.parse()
        guard finished, parser.parserError == nil else { return String(describing: parser.parserError) }
        return nil
    }
}
