import Foundation
@testable import Notebook
import NotebookLanguage
import Testing
import TestSupport

/// A Chinese notebook built in-process: its page names its language and shows no English word
/// of weave's own.
@Suite struct PageLanguageSiteTests {
    static let chinese = """
        ---
        title: 数据与网络
        lang: zh-CN
        ---

        # 数据与网络

        ## 第一节

        先训练一个神经网络，
        然后画出它的决策边界，见@fig:数据图中的区域。

        ## 第二节

        ```nn caption="决策区域" label=fig:数据图
        d = moons n=20 noise=0.1 seed=1
        n = network 2-3-2 hidden=tanh output=sigmoid init=xavier seed=2
        m = train n on d epochs=5 rate=0.5
        plot boundary m on d
        plot loss m
        plot data d xlabel="特征 1" ylabel="特征 2"
        e = evaluate m on d
        predict m on d
        table m on d
        expect e.accuracy >= 0
        print m
        t = trace n input=[0.1, 0.2] target=[0, 1] loss=squared rate=0.5
        print e
        lin = network 2-8-1 hidden=tanh output=identity init=xavier seed=1
        rr = train lin on d epochs=200 rate=[0.1, 50] loss=squared
        plot loss rr
        table rr on d
        ```

        ```nn caption="逐步成形" label=fig:成形
        s = train n on d epochs=20 rate=0.5 snapshots=3
        plot boundary s on d scrub=snapshots
        ```

        ```nn caption="两种学习率"
        plot boundary rr on d scrub=models
        ```

        ```nn
        tr = trace n input=[0.1, 0.2] target=[0, 1] loss=squared rate=0.5 steps=true
        pd = playground xor n=40 noise=0.1 seed=1
        pn = network 2-4-1 hidden=tanh output=sigmoid seed=1
        pm = train pn on pd epochs=5 rate=0.03
        plot boundary pm on pd playground=true
        ```

        """

    static let english = """
        ---
        title: Data and networks
        ---

        # Data and networks

        Hello.
        """

    static func build() throws -> (zh: String, en: String, index: String) {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        try project.write("notebooks/dn.zh.md", chinese)
        try project.write("notebooks/dn.md", english)
        let build = try project.build(cached: false)
        func text(_ path: String) throws -> String {
            String(decoding: try #require(build.files[path]), as: UTF8.self)
        }
        return (try text("dn.zh.html"), try text("dn.html"), try text("index.html"))
    }

    @Test func theChinesePageNamesItsLanguageAndHasNoEnglishInterfaceWords() throws {
        let (zh, en, index) = try Self.build()
        #expect(zh.contains(#"<html lang="zh-CN">"#))
        #expect(en.contains(#"<html lang="en">"#))
        // Every word weave writes itself, English and Chinese: none of the English on the page.
        let chineseWords = Set(InterfaceWordsTests.words(.simplifiedChinese).map(\.1))
        for (key, word) in InterfaceWordsTests.words(.english) where !chineseWords.contains(word) {
            let fixed = word.split(separator: "{").first.map(String.init) ?? word
            guard fixed.count >= 4, fixed != "English" else { continue }
            #expect(!Self.visibleText(zh).contains(fixed), "English '\(key)' on the Chinese page: \(fixed)")
        }
        for word in ["目录", "笔记列表", "图 1", "类别 0", "迭代轮数", "损失", "特征 1", "特征 2", "准确率",
                     "前向传播", "由 weave 根据", "rate = 50 在第", "训练在第", "保留第",
                     "步骤", "第 20 轮", "损失曲线（标出所选轮次）", "在 TensorFlow Playground 中打开"] {
            #expect(zh.contains(word), "\(word)")
        }
        // The soft break between two Chinese lines is no space; the reference found its label.
        #expect(zh.contains("先训练一个神经网络，然后画出"))
        #expect(zh.contains(##"见<a class="figure-ref" href="#fig-%E6%95%B0%E6%8D%AE%E5%9B%BE">图 1</a>中的区域"##))
        #expect(zh.contains(##"<figure id="fig-数据图">"##))
        #expect(zh.contains(##"<a href="#%E7%AC%AC%E4%B8%80%E8%8A%82">第一节</a>"##))
        // Each edition links to the other, named in its own language.
        #expect(zh.contains(#"<a href="./dn.html" hreflang="en" lang="en" rel="alternate">English</a>"#))
        #expect(en.contains(#"<a href="./dn.zh.html" hreflang="zh-CN" lang="zh-CN" rel="alternate">中文</a>"#))
        // The index lists both; the Chinese entry is marked as such.
        #expect(index.contains(#"<li lang="zh-CN">"#))
    }

    /// The page's text outside tags (figures' titles and descriptions included), leaving out
    /// code: nn source and expectations, whose keywords are the language's (`epochs=`, `target=`).
    static func visibleText(_ html: String) -> String {
        var html = html
        for (open, close) in [("<pre", "</pre>"), ("<code", "</code>")] {
            while let start = html.range(of: open), let end = html.range(of: close, range: start.upperBound..<html.endIndex) {
                html.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false; text.append(" ") } else if !inTag { text.append(character) }
        }
        return text
    }

    @Test func aMissingReferenceInChineseTextIsALocatedError() throws {
        let document = MarkdownDocument(fileName: "a.md", text: """
            ```nn label=fig:数据图
            d = moons n=20
            plot data d
            ```

            见@fig:数据。再见@fig:曲线图中的点。
            """)
        let errors = document.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["no figure has the label 'fig:数据'", "no figure has the label 'fig:曲线图中的点'"])
        #expect(errors.map(\.location.line) == [6, 6])
        #expect(errors.map(\.location.column) == [2, 12])
    }

    @Test func unicodeLabelsAreAcceptedAndReferencesEndAtThem() throws {
        let document = MarkdownDocument(fileName: "a.md", text: """
            ```nn label=fig:数据图
            d = moons n=20
            plot data d
            ```

            见@fig:数据图中的点，和 @fig:数据图。又见 me@fig:x 与 @fig:数据图_2-。
            """)
        #expect(document.blocks[0].options.label == "fig:数据图")
        #expect(document.references.map(\.label) == ["fig:数据图", "fig:数据图", "fig:数据图_2"])
        #expect(document.diagnostics.map(\.message) == ["no figure has the label 'fig:数据图_2'"])
    }

    @Test(arguments: [
        ("lang: fr", "weave has no interface words for the language 'fr'", "write one of en, zh-CN"),
        ("lang: zh_CN", "front matter key 'lang' must be a BCP 47 language tag such as en or zh-CN", nil),
    ] as [(String, String, String?)])
    func unknownLanguagesAreErrors(line: String, message: String, hint: String?) {
        let document = MarkdownDocument(fileName: "a.md", text: "---\n\(line)\n---\n")
        #expect(document.diagnostics.map(\.message) == [message])
        #expect(document.diagnostics.first?.hint == hint)
        #expect(document.diagnostics.first?.location.line == 2)
    }

    @Test func theLanguageIsPartOfABlocksCacheKey() {
        let document = MarkdownDocument(fileName: "a.md", text: "```nn\nd = moons n=20\n```\n")
        let checked = Checker.check(document.blocks.map(\.blockSource)).blocks
        let folder = URL(fileURLWithPath: "/tmp")
        let en = BlockKeys(notebookPath: "a.md", directory: folder).key(of: document.blocks[0], checked: checked[0])
        let zh = BlockKeys(notebookPath: "a.md", directory: folder, language: "zh-CN")
            .key(of: document.blocks[0], checked: checked[0])
        #expect(en != zh)
    }
}

/// docs/nn-language.md's example of a page language reads as it says.
@Suite struct PageLanguageReferenceTests {
    @Test func theDocumentedExampleReads() throws {
        let markdown = try String(contentsOfFile: LanguageReferenceTests.path, encoding: .utf8)
        let section = try #require(markdown.range(of: "## Page language"))
        let start = try #require(markdown.range(of: "```markdown\n", range: section.upperBound..<markdown.endIndex))
        let end = try #require(markdown.range(of: "\n```\n", range: start.upperBound..<markdown.endIndex))
        let example = String(markdown[start.upperBound..<end.lowerBound]) + "\n\n```nn label=fig:数据图\nd = moons\nplot data d\n```\n"
        let document = MarkdownDocument(fileName: "example.md", text: example)
        #expect(document.diagnostics.isEmpty)
        #expect(document.frontMatter.language.tag == "zh-CN")
        #expect(document.references.map(\.label) == ["fig:数据图"])
        #expect(document.html(referenceHTML: [0: "图 1"]).contains("先训练一个神经网络，然后画出它的决策边界（见图 1）。"))
    }
}
