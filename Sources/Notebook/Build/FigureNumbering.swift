/// Figure numbers of a page: every nn block that draws at least one figure gets the next number,
/// in document order, and its label (`label=fig:moons`) points at it.
struct FigureNumbering {
    struct Target: Equatable {
        var number: Int
        var anchor: String
    }

    private var numbers: [Int: Int] = [:]
    private var targets: [String: Target] = [:]

    init(blocks: [NNBlock], results: [BlockResult]) {
        var next = 1
        for (block, result) in zip(blocks, results) where !result.figures.isEmpty && !block.options.isQuiet {
            numbers[block.index] = next
            if let label = block.options.label {
                targets[label] = Target(number: next, anchor: FigureCaption(number: next, caption: "", label: label).id)
            }
            next += 1
        }
    }

    /// The number of the block's figure, or nil when the block draws none.
    func number(ofBlock index: Int) -> Int? { numbers[index] }

    /// The figure a `@fig:NAME` reference points at.
    func target(ofLabel label: String) -> Target? { targets[label] }
}
