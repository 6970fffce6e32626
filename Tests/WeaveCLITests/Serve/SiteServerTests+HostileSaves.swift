import Foundation
import Testing
@testable import WeaveCLI

// Saves that used to kill or hang `weave serve` (an export name the site could not hold
// trapped in SiteFiles; an alias bomb in the front matter hung the build) now show their error
// on the page, and the next good save is served. In SiteServerTests' serialized suite: its
// requests block a thread of the cooperative pool each, so two servers tested at once on two
// cores could starve both.
extension SiteServerTests {
    @Test(arguments: [
        ("export", SiteServerTests.notebook("Saved.") + "```nn\ndata = moons n=40 noise=0.1 seed=1\nexport data to \"./x.csv\"\n```\n",
         "error: the file name \"./x.csv\" has a '.' part"),
        ("alias bomb", BadInputCase.aliasBomb,
         "bp.md:2:4: error: front matter may not use YAML anchors ('&amp;a')"),
    ])
    func aHostileSaveShowsItsErrorAndTheServerGoesOn(name: String, text: String, message: String) async throws {
        let served = try await Served.start(Self.notebook("First words."))
        try served.project.write("notebooks/bp.md", text)
        let failed = try await served.waitFor("/bp.html", within: 5) { $0.status == 500 }
        #expect(failed.status == 500)
        #expect(failed.body.contains(message))

        try served.project.write("notebooks/bp.md", Self.notebook("Good again."))
        let recovered = try await served.waitFor("/bp.html", within: 5) { $0.body.contains("Good again.") }
        #expect(recovered.status == 200)
        await served.finish()
    }
}
