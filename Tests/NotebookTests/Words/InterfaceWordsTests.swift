import Foundation
@testable import Notebook
import Testing

@Suite struct InterfaceWordsTests {
    static let tables: [(String, InterfaceWords)] = [("en", .english), ("zh-CN", .simplifiedChinese)]

    /// Every word of a table, by property name (the struct's stored properties, all strings).
    static func words(_ table: InterfaceWords) -> [(String, String)] {
        Mirror(reflecting: table).children.map { child in (child.label ?? "?", child.value as? String ?? "") }
    }

    static func placeholders(_ template: String) -> [String] {
        var found: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found.sorted()
    }

    @Test func everyTableHasEveryWordWithTheSamePlaceholders() {
        let english = Dictionary(uniqueKeysWithValues: Self.words(.english))
        #expect(english.count >= 70)
        for (tag, table) in Self.tables {
            let words = Self.words(table)
            #expect(words.count == english.count, "\(tag)")
            for (key, word) in words {
                // Chinese sentences follow each other without a space.
                #expect(!word.isEmpty || key == "sentenceGap", "\(tag).\(key) is empty")
                #expect(Self.placeholders(word) == Self.placeholders(english[key] ?? ""), "\(tag).\(key): \(word)")
            }
        }
    }

    /// The Chinese table holds no English word: only the names weave writes in every language.
    @Test func theChineseTableHasNoEnglishWords() {
        let names: Set<String> = ["weave", "JavaScript", "softmax", "x", "TensorFlow", "Playground", "numpy"]
        for (key, word) in Self.words(.simplifiedChinese) {
            let latin = word.split { !($0.isASCII && $0.isLetter) }.map(String.init)
            for run in latin {
                #expect(names.contains(run), "simplifiedChinese.\(key) has '\(run)'")
            }
        }
    }

    @Test func fillReplacesPlaceholdersOnceInOrder() {
        let words = InterfaceWords.simplifiedChinese
        #expect(words.fill(words.evaluationCaption, "m", "moons") == "m 在 moons 上的评估")
        #expect(words.fill(words.figureNumber, "2") == "图 2")
        // A value holding a placeholder stays as written.
        #expect(InterfaceWords.english.fill("{1} and {2}", "{2}", "b") == "{2} and b")
        #expect(InterfaceWords.english.fill("{1} {3} {", "a") == "a {3} {")
    }

    @Test(arguments: [
        ("en", "English"), ("en-GB", "English"), ("zh-CN", "中文"), ("zh", "中文"), ("zh-Hans-SG", "中文"),
    ])
    func languagesChooseTheirTable(tag: String, name: String) throws {
        let language = try #require(PageLanguage(tag: tag))
        #expect(language.tag == tag)
        #expect(language.words.languageName == name)
    }

    @Test(arguments: ["fr", "zh-TW", "zh-Hant", "", "english", "zh_CN", "z", "zh--CN", "zh-CN-toolongsubtag"])
    func unknownOrMalformedTagsHaveNoLanguage(tag: String) {
        #expect(PageLanguage(tag: tag) == nil)
    }

    @Test func wellFormedTagsAreToldApartFromMalformedOnes() {
        #expect(PageLanguage.isWellFormed("fr"))
        #expect(PageLanguage.isWellFormed("zh-Hant-TW"))
        #expect(!PageLanguage.isWellFormed("zh_CN"))
        #expect(!PageLanguage.isWellFormed("1x"))
    }
}
