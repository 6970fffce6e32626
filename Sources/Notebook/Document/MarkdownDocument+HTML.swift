import Markup

extension MarkdownDocument {
    /// The page body for this notebook: the prose rendered by cmark, with engine-made HTML in
    /// place of nn blocks, math spans and references, and the title heading it opens with apart.
    ///
    /// The HTML passed in is trusted (weave made it) and inserted as it is, even in safe mode;
    /// the author's own raw HTML is dropped unless the front matter says `raw_html: true` (or
    /// `allowsRawHTML` overrides it). Headings carry ``Heading/id``; ordinary fenced code gets
    /// `class="language-X"`. Anything missing from a dictionary falls back to the escaped source:
    /// a block's code, a span's `$…$`, a reference's `@fig:NAME`.
    ///
    /// ```swift
    /// document.body(blockHTML: [0: "<figure>…</figure>"], mathHTML: [0: "<math>…</math>"]).title
    /// ```
    ///
    /// - Parameters:
    ///   - blockHTML: by ``NNBlock/index``.
    ///   - mathHTML: by ``MathSpan/index``.
    ///   - referenceHTML: by ``FigureReference/index``.
    func body(
        blockHTML: [Int: String] = [:], mathHTML: [Int: String] = [:], referenceHTML: [Int: String] = [:],
        allowsRawHTML: Bool? = nil
    ) -> PageBody {
        let inlineHTML: (Placeholder.Kind, Int) -> String = { [math, references] kind, index in
            switch kind {
            case .math: mathHTML[index] ?? Node.text(math[index].sourceText).render()
            case .reference: referenceHTML[index] ?? Node.text(references[index].sourceText).render()
            }
        }
        let plan = CMarkRenderPlan(
            allowsRawHTML: allowsRawHTML ?? frontMatter.allowsRawHTML,
            isReplacedBlock: { NNBlock.isNNInfo(Substring($0)) },
            blockHTML: blocks.map { block in
                blockHTML[block.index] ?? Self.fallbackHTML(for: block)
            },
            headingIDs: headings.map(\.id),
            splitText: { [placeholder, math, references] text in
                placeholder.split(text, mathCount: math.count, referenceCount: references.count).map { piece in
                    switch piece {
                    case .text(let text): .text(text)
                    case .token(let kind, let index): .html(inlineHTML(kind, index))
                    }
                }
            },
            restoreText: restoringSource(in:))
        return CMarkDocument.body(of: renderText, plan: plan)
    }

    /// ``body(blockHTML:mathHTML:referenceHTML:allowsRawHTML:)`` as one HTML text.
    func html(
        blockHTML: [Int: String] = [:], mathHTML: [Int: String] = [:], referenceHTML: [Int: String] = [:],
        allowsRawHTML: Bool? = nil
    ) -> String {
        body(blockHTML: blockHTML, mathHTML: mathHTML, referenceHTML: referenceHTML, allowsRawHTML: allowsRawHTML).html
    }

    /// An nn block shown as ordinary code, when the engine gave nothing for it.
    private static func fallbackHTML(for block: NNBlock) -> String {
        let code = Node.element("code", ["class": "language-nn"], [.text(block.source + "\n")])
        return Node.element("pre", [code]).render() + "\n"
    }
}
