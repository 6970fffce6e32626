/// A page's language: its BCP 47 tag, written to `<html lang>`, and the interface words chosen
/// by it.
///
/// ```swift
/// PageLanguage(tag: "zh-CN")?.words.contents   // "目录"
/// PageLanguage(tag: "fr")                      // nil: weave has no French words
/// ```
struct PageLanguage: Sendable, Equatable {
    /// The tag as the author wrote it (`zh-CN`).
    var tag: String
    var words: InterfaceWords

    /// English, the default.
    static let english = PageLanguage(tag: "en", words: .english)

    /// The languages weave has words for, as the front matter's error lists them.
    static let supportedTags = ["en", "zh-CN"]

    init(tag: String, words: InterfaceWords) {
        self.tag = tag
        self.words = words
    }

    /// The language of `tag`, or nil when the tag is not BCP 47 or weave has no words for it.
    /// English is any `en` tag; Simplified Chinese is `zh` with no script or `Hans`, and without a
    /// region of Traditional script (`zh-TW`, `zh-HK`, `zh-MO`).
    init?(tag: String) {
        guard Self.isWellFormed(tag) else { return nil }
        let subtags = tag.lowercased().split(separator: "-").map(String.init)
        switch subtags[0] {
        case "en":
            self.init(tag: tag, words: .english)
        case "zh":
            let rest = subtags.dropFirst()
            let script = rest.first { $0.count == 4 }
            let region = rest.first { $0.count == 2 }
            let isTraditional = script == "hant" || (script == nil && ["tw", "hk", "mo"].contains(region ?? ""))
            guard !isTraditional, script == nil || script == "hans" else { return nil }
            self.init(tag: tag, words: .simplifiedChinese)
        default:
            return nil
        }
    }

    /// Whether `tag` has the shape of a BCP 47 tag: a 2–3 letter language, then subtags of 1–8
    /// ASCII letters or digits, joined by `-`.
    static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
