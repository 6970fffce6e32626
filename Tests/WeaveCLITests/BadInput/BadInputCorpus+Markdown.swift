// The Markdown around the blocks: encoding, fences, nesting, front matter, math, references.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    static let markdown: [BadInputCase] = [
        BadInputCase(
            "non-UTF-8 notebook",
            files: ["notebooks/nb.md": .bytes(Array("# T\n\nCaf".utf8) + [0xE9, 0x0A])],
            stderr: #"""
            notebooks/nb.md:3:4: error: invalid UTF-8 in the notebook
              note: save the file as UTF-8
            1 error

            """#),
        BadInputCase(
            "empty notebook",
            notebook: "",
            status: 0,
            stderr: ""),
        BadInputCase(
            "notebook without nn blocks",
            notebook: #"""
            # Prose

            Only words.

            """#,
            status: 0,
            stderr: ""),
        BadInputCase(
            "unterminated fence",
            notebook: #"""
            # T

            ```nn
            data = moons n=40

            """#,
            stderr: #"""
            notebooks/nb.md:3:1: error: unterminated code fence
               3 | ```nn
                 | ^~~ close it with a line '```'
            1 error

            """#),
        BadInputCase(
            "very long prose line",
            notebook: "# T\n\n" + String(repeating: "word ", count: 40000) + "\n",
            status: 0,
            stderr: ""),
        BadInputCase(
            "very long nn line",
            notebook: block("data = moons n=40 seed=1 " + String(repeating: " ", count: 20000) + "nois=1"),
            stderr: "notebooks/nb.md:4:20026: error: unknown key 'nois' for 'moons'\n"
                + "   4 | …" + String(repeating: " ", count: 94) + "nois=1\n"
                + "     | " + String(repeating: " ", count: 95) + "^~~~ did you mean 'noise'?\n"
                + "1 error\n"),
        BadInputCase(
            "nn block in nested lists",
            notebook: #"""
            # T

            - a
              - b
                - c

                  ```nn
                  data = moons n=40 noize=1
                  ```

            """#,
            stderr: #"""
            notebooks/nb.md:8:25: error: unknown key 'noize' for 'moons'
               8 |       data = moons n=40 noize=1
                 |                         ^~~~~ did you mean 'noise'?
            1 error

            """#),
        BadInputCase(
            "nn block in nested quotes",
            notebook: #"""
            # T

            > > > ```nn
            > > > data = moons n=40 noize=1
            > > > ```

            """#,
            stderr: #"""
            notebooks/nb.md:4:25: error: unknown key 'noize' for 'moons'
               4 | > > > data = moons n=40 noize=1
                 |                         ^~~~~ did you mean 'noise'?
            1 error

            """#),
        BadInputCase(
            "deeply nested lists and quotes",
            notebook: "# T\n\n" + (0..<400).map { String(repeating: "  ", count: $0) + "- x\n" }.joined()
                + "\n" + String(repeating: ">", count: 400) + " deep\n",
            status: 0,
            stderr: ""),
        BadInputCase(
            "unterminated front matter",
            notebook: #"""
            ---
            title: T

            # T

            """#,
            stderr: #"""
            notebooks/nb.md:1:1: error: unterminated front matter
               1 | ---
                 | ^~~ close it with a line '---'
            1 error

            """#),
        BadInputCase(
            "front matter that is not YAML",
            notebook: #"""
            ---
            title: [T
            ---

            # T

            """#,
            stderr: #"""
            notebooks/nb.md:2:8: error: invalid front matter: did not find expected ',' or ']' while parsing a flow sequence
               2 | title: [T
                 |        ^ front matter is YAML; quote values that contain ':', '#', '[' or '{'
            1 error

            """#),
        BadInputCase(
            "unknown front matter key",
            notebook: #"""
            ---
            titel: T
            ---

            # T

            """#,
            stderr: #"""
            notebooks/nb.md:2:1: error: unknown front matter key 'titel'
               2 | titel: T
                 | ^~~~~ did you mean 'title'?
            1 error

            """#),
        BadInputCase(
            "front matter order not a number",
            notebook: #"""
            ---
            title: T
            order: first
            ---

            # T

            """#,
            stderr: #"""
            notebooks/nb.md:3:8: error: front matter key 'order' must be a whole number
               3 | order: first
                 |        ^
            1 error

            """#),
        BadInputCase(
            "unsupported TeX command",
            notebook: #"""
            # T

            See $\foo{x}$.

            """#,
            stderr: #"""
            notebooks/nb.md:3:6: error: unsupported TeX command '\foo'
               3 | See $\foo{x}$.
                 |      ^~~~ weave supports: \frac, \sqrt, \sum, \prod, \int, \text, \mathbf, \left … \right, Greek letters and more; see the MathML module's README
            1 error

            """#),
        BadInputCase(
            "unbalanced TeX brace",
            notebook: #"""
            # T

            See $\frac{1}{2$.

            """#,
            stderr: #"""
            notebooks/nb.md:3:14: error: unbalanced '{'
               3 | See $\frac{1}{2$.
                 |              ^ add a matching '}'
            1 error

            """#),
        BadInputCase(
            "reference to a missing label",
            notebook: #"""
            # T

            As @fig:nothing shows.

            """#,
            stderr: #"""
            notebooks/nb.md:3:4: error: no figure has the label 'fig:nothing'
               3 | As @fig:nothing shows.
                 |    ^~~~~~~~~~~~ label the block that draws it: ```nn label=fig:nothing
            1 error

            """#),
        BadInputCase(
            "caption on a block without a figure",
            notebook: #"""
            # T

            ```nn caption="The data"
            data = moons n=40 seed=1
            print data.count
            ```

            """#,
            status: 0,
            stderr: #"""
            notebooks/nb.md:3:1: warning: this block draws no figure, so its caption and label are not shown
               3 | ```nn caption="The data"
                 | ^ add a plot to the block, or drop caption= and label=

            """#),
        BadInputCase(
            "reference to a block without a figure",
            notebook: #"""
            # T

            ```nn label=fig:data
            data = moons n=40 seed=1
            ```

            As @fig:data shows.

            """#,
            stderr: #"""
            notebooks/nb.md:3:1: warning: this block draws no figure, so its caption and label are not shown
               3 | ```nn label=fig:data
                 | ^ add a plot to the block, or drop caption= and label=
            notebooks/nb.md:7:4: error: the block labelled 'fig:data' draws no figure
               7 | As @fig:data shows.
                 |    ^~~~~~~~~ refer to a block with a plot in it
            1 error

            """#),
        BadInputCase(
            "unknown block option",
            notebook: #"""
            # T

            ```nn sise=3x3
            data = moons n=40
            ```

            """#,
            stderr: #"""
            notebooks/nb.md:3:7: error: unknown block option 'sise'
               3 | ```nn sise=3x3
                 |       ^~~~ did you mean 'size'?
            1 error

            """#),
        BadInputCase(
            "duplicate figure label",
            notebook: #"""
            # T

            ```nn label=fig:a
            data = moons n=40
            plot data data
            ```

            ```nn label=fig:a
            plot data data
            ```

            """#,
            stderr: #"""
            notebooks/nb.md:8:1: error: figure label 'fig:a' is used twice
               8 | ```nn label=fig:a
                 | ^ give each figure its own label
            1 error

            """#),
    ]
}
