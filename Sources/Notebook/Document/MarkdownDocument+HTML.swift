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
    ///   - valueHTML: by ``InlineValue/index``, for the values in text (those in math are part
    ///     of their span's MathML).
    ///   - linkURLs: new destinations of links, by the destination as written (``ProseLink``).
    ///   - imageURLs: new destinations of images, likewise.
    ///
    /// Block quotes marked as GitHub-style alerts (``ProseAlert``) become callouts headed in the
    /// page's language.
    func body(
        blockHTML: [Int: String] = [:], mathHTML: [Int: String] = [:], referenceHTML: [Int: String] = [:],
        valueHTML: [Int: String] = [:], linkURLs: [String: String] = [:], imageURLs: [String: String] = [:],
        allowsRawHTML: Bool? = nil
    ) -> PageBody {
        let inlineHTML: (Placeholder.Kind, Int) -> String = { [math, references, values] kind, index in
            switch kind {
            case .math: mathHTML[index] ?? Node.text(math[index].sourceText).render()
            case .reference: referenceHTML[index] ?? Node.text(references[index].sourceText).render()
            case .value: valueHTML[index] ?? Node.text(values[index].sourceText).render()
            }
        }
        let plan = CMarkRenderPlan(
            allowsRawHTML: allowsRawHTML ?? frontMatter.allowsRawHTML,
            isReplacedBlock: { NNBlock.isNNInfo(Substring($0)) },
            blockHTML: blocks.map { block in
                blockHTML[block.index] ?? Self.fallbackHTML(for: block)
            },
            headingIDs: headings.map(\.id),
            splitText: { [placeholder, math, references, values] text in
                placeholder.split(text, mathCount: math.count, referenceCount: references.count,
                                  valueCount: values.count).map { piece in
                    switch piece {
                    case .text(let text): .text(text)
                    case .token(let kind, let index): .html(inlineHTML(kind, index))
                    }
                }
            },
            restoreText: restoringSource(in:),
            rewriteURL: { isImage, url in isImage ? imageURLs[url] : linkURLs[url] },
            alertHTML: { [words = frontMatter.language.words] alert, content in
                Self.calloutHTML(alert, content: content, words: words)
            })
        return CMarkDocument.body(of: renderText, plan: plan)
    }

    /// ``body(blockHTML:mathHTML:referenceHTML:valueHTML:linkURLs:imageURLs:allowsRawHTML:)`` as one HTML text.
    func html(
        blockHTML: [Int: String] = [:], mathHTML: [Int: String] = [:], referenceHTML: [Int: String] = [:],
        valueHTML: [Int: String] = [:], linkURLs: [String: String] = [:], imageURLs: [String: String] = [:],
        allowsRawHTML: Bool? = nil
    ) -> String {
        body(blockHTML: blockHTML, mathHTML: mathHTML, referenceHTML: referenceHTML, valueHTML: valueHTML,
             linkURLs: linkURLs, imageURLs: imageURLs, allowsRawHTML: allowsRawHTML).html
    }

    /// A callout: its kind as a class, a `note` role, its heading, then its content.
    static func calloutHTML(_ alert: ProseAlert, content: String, words: InterfaceWords) -> String {
        Node.element("div", ["class": "callout callout-\(alert.rawValue)", "role": ProseAlert.role], [
            .trusted("\n"),
            .element("p", ["class": "callout-title"], [.text(alert.title(in: words))]),
            .trusted("\n" + content),
        ]).render() + "\n"
    }

    /// An nn block shown as ordinary code, when the engine gave nothing for it.
    private static func fallbackHTML(for block: NNBlock) -> String {
        let code = Node.element("code", ["class": "language-nn"], [.text(block.source + "\n")])
        return Node.element("pre", [code]).render() + "\n"
    }
}
