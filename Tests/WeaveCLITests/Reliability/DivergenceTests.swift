import Foundation
import Testing
import TestSupport

/// A training whose loss overflows stops at that epoch with a located warning, a note on the
/// page and plots of finite points only; expectations on it fail; nothing crashes or hangs.
@Suite struct DivergenceTests {
    static let notebook = """
        # Diverging

        ```nn
        data = moons n=40 noise=0.1 seed=1
        net = network 2-3-1 output=identity seed=3
        m = train net on data epochs=50 rate=1e3 loss=squared
        rates = train net on data epochs=50 rate=[0.01, 1e3] loss=squared
        plot loss m rates log=true
        plot boundary rates on data
        table m rates on data
        ```

        """

    @Test func theRunStopsWithAWarningANoteAndFinitePlots() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/nb.md", Self.notebook)
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 0)
        #expect(run.error.replacingOccurrences(of: project.root.path + "/", with: "") == """
            notebooks/nb.md:6:1: warning: training diverged at epoch 46: the loss became infinite; try a smaller rate
               6 | m = train net on data epochs=50 rate=1e3 loss=squared
                 | ^ the network after epoch 45 is kept
            notebooks/nb.md:7:1: warning: training 'rate = 1000' diverged at epoch 46: the loss became infinite; try a smaller rate
               7 | rates = train net on data epochs=50 rate=[0.01, 1e3] loss=squared
                 | ^ the network after epoch 45 is kept

            """)

        let page = ParsedPage(html: try project.read("site/nb.html"))
        let text = page.texts.joined(separator: "\n")
        #expect(text.contains("training diverged at epoch 46: the loss became infinite; try a smaller rate"))
        #expect(page.texts.contains("at epoch 46"), "the table says where")
        // Every coordinate drawn is a finite number.
        let drawn = page.elements.flatMap { element in
            element.attributes.filter { ["d", "x", "y", "cx", "cy", "points", "x1", "x2", "y1", "y2"].contains($0.name) }
        }
        #expect(drawn.count > 50)
        for attribute in drawn {
            let lowered = attribute.value.lowercased()
            #expect(!lowered.contains("nan") && !lowered.contains("inf"), "\(attribute.name)=\(attribute.value)")
        }
    }

    @Test func anExpectationOnADivergedRunFails() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/nb.md", Self.notebook.replacingOccurrences(
            of: "plot loss m rates log=true", with: "expect m.loss < 1"))
        let run = WeaveRun.run(["build", project.path("notebooks"), "--out", project.path("site"), "--quiet"])
        #expect(run.status == 1)
        #expect(run.error.contains("notebooks/nb.md:8:1: error: expectation failed: m.loss is 2.0275514e+303 but should be < 1"))
        #expect(run.error.contains("^ training of 'm' diverged at epoch 46; try a smaller rate"))
        #expect(!project.exists("site/nb.html"))
    }
}
