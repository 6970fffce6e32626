/// Finds the pages that are one notebook in different languages, so each can link to the others.
///
/// Editions are paired by file name: a notebook's name may end in its language's primary subtag
/// (`bp.zh.md` with `lang: zh-CN`), and notebooks whose names are the same without it
/// (`bp.md`, `lang: en`) are editions of each other when their languages differ.
///
/// ```swift
/// Editions.base(of: "bp.zh.html", language: "zh-CN")   // "bp"
/// Editions.linking(pages)[0].editions                  // [PageLink(title: "反向传播…", href: "./bp.zh.html", …)]
/// ```
enum Editions {
    /// The page's file name without `.html` and without a final `.LANG` naming its language.
    static func base(of fileName: String, language tag: String) -> String {
        let stem = fileName.hasSuffix(".html") ? String(fileName.dropLast(5)) : fileName
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        let suffix = "." + primary
        if !primary.isEmpty, stem.lowercased().hasSuffix(suffix), stem.count > suffix.count {
            return String(stem.dropLast(suffix.count))
        }
        return stem
    }

    /// `pages` with each one's ``PageContent/editions`` filled in, in site order.
    static func linking(_ pages: [PageContent]) -> [PageContent] {
        let bases = pages.map { base(of: $0.fileName, language: $0.language.tag) }
        return pages.enumerated().map { offset, page in
            var page = page
            page.editions = pages.indices.filter { other in
                other != offset && bases[other] == bases[offset] && pages[other].language.tag != page.language.tag
            }.map { other in
                PageLink(title: pages[other].title, href: SiteURL.relative(pages[other].fileName),
                         language: pages[other].language)
            }
            return page
        }
    }
}
