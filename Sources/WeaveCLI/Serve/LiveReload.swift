import Foundation
import Markup

/// The reload hook of `weave serve`: a tiny script added to served pages only (the site on disk
/// stays free of JavaScript), and the error page shown while a notebook does not build.
///
/// The script long-polls ``path``: the server answers with the current build generation as soon
/// as it differs from the one the page was served with (or after a while, unchanged), and the
/// page reloads when it differs.
///
/// ```swift
/// LiveReload.inject(into: "<html><body>…</body></html>", generation: 3)
/// // "<html><body>…<script>…</script></body></html>"
/// ```
enum LiveReload {
    /// The long-polling endpoint: `GET /__weave/changes?since=G` answers the generation.
    static let path = "/__weave/changes"

    static func script(generation: Int) -> String {
        """
        <script>(function(){var g=\(generation);function poll(){fetch('\(path)?since='+g,{cache:'no-store'})\
        .then(function(r){return r.text()}).then(function(t){if(parseInt(t,10)!==g){location.reload()}else{poll()}})\
        .catch(function(){setTimeout(poll,1000)})}poll()})();</script>
        """
    }

    /// The page with the script added before `</body>` (or at the end when there is none).
    static func inject(into html: String, generation: Int) -> String {
        let script = script(generation: generation)
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }

    /// A page showing why the build failed: every diagnostic with its location, message and
    /// source line, escaped, and the reload script, so the next good save brings the site back.
    static func errorPage(diagnostics: String, generation: Int) -> String {
        let page = Node.element("html", ["lang": "en"], [
            .element("head", [
                .element("meta", ["charset": "utf-8"], []),
                .element("title", [.text("weave: the build failed")]),
                .element("style", [.trusted(
                    "body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}"
                        + "pre{background:#fff4f4;border-left:4px solid #c0392b;padding:1rem;overflow-x:auto}")]),
            ]),
            .element("body", [
                .element("h1", [.text("The build failed")]),
                .element("p", [.text("Fix the notebook and save: this page reloads when the site builds again.")]),
                .element("pre", ["class": "diagnostics"], [.text(diagnostics)]),
            ]),
        ])
        return inject(into: "<!DOCTYPE html>\n" + page.render(), generation: generation)
    }
}
