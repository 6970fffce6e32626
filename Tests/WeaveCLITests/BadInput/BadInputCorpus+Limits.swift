// Hostile shapes found by the red team: export names the writer cannot take, front matter that
// explodes when composed, and the limits on work, memory and output.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    /// A front matter whose last key is an alias of nine aliases of nine aliases … (9⁹ nodes
    /// when expanded): composing it used to hang the duplicate-key check.
    static let aliasBomb: String = {
        var lines = ["---", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        return (lines + ["? *i", ": x", "---", "", "# T", ""]).joined(separator: "\n")
    }()

    static let limits: [BadInputCase] = exportNames + frontMatterShapes + sizes

    static let exportNames: [BadInputCase] = [
        BadInputCase(
            "a scrubber sharing its block with another plot",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=1
            m = train net on data epochs=20 rate=0.5 snapshots=3
            plot data data
            plot boundary m on data scrub=snapshots
            """#),
            stderr: #"""
            notebooks/nb.md:8:1: error: a scrubber shows its panels one at a time, so it must be the only plot of its block
               8 | plot boundary m on data scrub=snapshots
                 | ^ move the other plots to blocks of their own
            1 error

            """#),
        BadInputCase(
            "export name with a '.' part",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "./x.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: the file name "./x.csv" has a '.' part
               5 | export data to "./x.csv"
                 |                ^~~~~~~~~ exports are written beside the page: name them like "x.csv" or "data/x.csv"
            1 error

            """#),
        BadInputCase(
            "export name with an empty part",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "a//b.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: the file name "a//b.csv" has an empty part (a '//' or a '/' at the end)
               5 | export data to "a//b.csv"
                 |                ^~~~~~~~~~ exports are written beside the page: name them like "x.csv" or "data/x.csv"
            1 error

            """#),
        BadInputCase(
            "export name with a backslash",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "a\\b.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: the file name "a\\b.csv" contains a backslash
               5 | export data to "a\\b.csv"
                 |                ^~~~~~~~~~ exports are written beside the page: name them like "x.csv" or "data/x.csv"
            1 error

            """#),
        BadInputCase(
            "export name with a '.' folder",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "sub/./x.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: the file name "sub/./x.csv" has a '.' part
               5 | export data to "sub/./x.csv"
                 |                ^~~~~~~~~~~~~ exports are written beside the page: name them like "x.csv" or "data/x.csv"
            1 error

            """#),
        BadInputCase(
            "export that needs a folder where an export is a file",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "a.csv"
            export data to "a.csv/b.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:6:16: error: 'a.csv/b.csv' needs a folder 'a.csv', but the export on line 5 writes a file of that name
               6 | export data to "a.csv/b.csv"
                 |                ^~~~~~~~~~~~~ give each export a file name of its own
            1 error

            """#),
        BadInputCase(
            "export named like a folder of an earlier export",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "c.csv/d.csv"
            export data to "c.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:6:16: error: 'c.csv' is a folder of 'c.csv/d.csv', written by the export on line 5
               6 | export data to "c.csv"
                 |                ^~~~~~~ give each export a file name of its own
            1 error

            """#),
        BadInputCase(
            "export inside the page's name",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "nb.html/x.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:1: error: 'nb.html/x.csv' needs a folder 'nb.html', but the site has a file of that name
               5 | export data to "nb.html/x.csv"
                 | ^ give the file another name
            1 error

            """#),
        BadInputCase(
            "export inside another notebook's export",
            files: [
                "notebooks/ab.md": .text("# A\n\n```nn\ndata = moons n=40 noise=0.1 seed=1\nexport data to \"nb.csv\"\n```\n"),
                "notebooks/nb.md": .text(block(#"""
                    data = moons n=40 noise=0.1 seed=1
                    export data to "nb.csv/x.csv"
                    """#)),
            ],
            stderr: #"""
            notebooks/nb.md:5:1: error: 'nb.csv/x.csv' needs a folder 'nb.csv', but the site has a file of that name
               5 | export data to "nb.csv/x.csv"
                 | ^ give the file another name
            1 error

            """#),
        BadInputCase(
            "notebook whose page name has a backslash",
            files: ["notebooks/a\\b.md": .text("# T\n")],
            stderr: #"""
            notebooks/a\b.md:1:1: error: this notebook's page would be named 'a\b.html', which contains a backslash
               1 | # T
                 | ^ rename the notebook
            1 error

            """#),
    ]

    static let frontMatterShapes: [BadInputCase] = [
        BadInputCase(
            "front matter alias bomb as a key",
            notebook: aliasBomb,
            stderr: #"""
            notebooks/nb.md:2:4: error: front matter may not use YAML anchors ('&a')
               2 | a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                 |    ^~ remove the anchor and write the value out in full
            1 error

            """#),
        BadInputCase(
            "front matter anchor",
            notebook: "---\ntitle: &t Backprop\nsummary: *t\n---\n\n# T\n",
            stderr: #"""
            notebooks/nb.md:2:8: error: front matter may not use YAML anchors ('&t')
               2 | title: &t Backprop
                 |        ^~ remove the anchor and write the value out in full
            1 error

            """#),
        BadInputCase(
            "front matter alias",
            notebook: "---\ntitle: Backprop\nsummary: *t\n---\n\n# T\n",
            stderr: #"""
            notebooks/nb.md:3:10: error: front matter may not use YAML aliases ('*t')
               3 | summary: *t
                 |          ^~ write the value out in full
            1 error

            """#),
        BadInputCase(
            "front matter list as a key",
            notebook: "---\ntitle: T\n? [a, b]\n: c\n---\n\n# T\n",
            stderr: #"""
            notebooks/nb.md:3:3: error: front matter keys must be words, not lists or mappings
               3 | ? [a, b]
                 |   ^ write 'title: …' lines
            1 error

            """#),
        BadInputCase(
            "front matter mapping as a key",
            notebook: "---\n{title: T}: c\n---\n\n# T\n",
            stderr: #"""
            notebooks/nb.md:2:1: error: front matter keys must be words, not lists or mappings
               2 | {title: T}: c
                 | ^ write 'title: …' lines
            1 error

            """#),
        BadInputCase(
            "placeholder tokens spelt with entities",
            notebook: "# wv&#112;hm5z\n\nwv&#112;hr3z and wv&#x70;hm0z, then $x$\n",
            status: 0,
            stderr: ""),
        BadInputCase(
            "front matter with '&' and '*' in its text",
            notebook: "---\ntitle: Rock & roll * 2\nsummary: \"*x &y\"\n---\n\n# T\n",
            status: 0,
            stderr: ""),
    ]

    static let sizes: [BadInputCase] = [
        BadInputCase(
            "a wide network evaluated on a million samples",
            notebook: block(#"""
            small = moons n=10 noise=0.1 seed=1
            data = moons n=1000000 noise=0.1 seed=1
            net = network 2-20000-2 seed=3
            m = train net on small epochs=1 rate=0.1
            e = evaluate m on data
            """#),
            stderr: #"""
            notebooks/nb.md:8:1: error: 'e' asks for 100002000000 units of work (1000000 samples × 100002 parameters, one forward pass), bringing the notebook to 100003000020, over the limit of 30000000000 per notebook
               8 | e = evaluate m on data
                 | ^ use fewer epochs, samples or weights, or raise the limit with --work-limit
            1 error

            """#),
        BadInputCase(
            "full-batch training over the memory limit",
            notebook: block(#"""
            data = moons n=100000 noise=0.1 seed=1
            net = network 2-2000-2 seed=3
            m = train net on data epochs=1 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:1: error: 'm' needs about 4810 MB of memory (batches of 100000 samples × 2004 units), bringing the notebook to about 4813 MB, over the limit of 1000 MB per notebook
               6 | m = train net on data epochs=1 rate=0.1
                 | ^ use fewer samples, a smaller batch=, or fewer and narrower layers
            1 error

            """#),
        BadInputCase(
            "loss recorded every epoch of ten million",
            notebook: block(#"""
            data = moons n=100 noise=0.1 seed=1
            net = network 2-3-2 seed=3
            m = train net on data epochs=10000000 rate=0.1 record=1
            """#),
            stderr: #"""
            notebooks/nb.md:6:1: error: 'm' records the loss 10000000 times (every 1 of 10000000 epochs), over the limit of 10000 per training
               6 | m = train net on data epochs=10000000 rate=0.1 record=1
                 | ^ record less often: record=1000 or more
            1 error

            """#),
        BadInputCase(
            "notebook over the size limit",
            notebook: "# T\n\n" + String(repeating: "word ", count: 1_000_001) + "\n",
            stderr: #"""
            notebooks/nb.md:1:1: error: the notebook is 5000011 bytes, over the limit of 5000000 bytes
              note: split it into several notebooks
            1 error

            """#),
        BadInputCase(
            "print of a network with 41202 weights and biases",
            notebook: block(#"""
            net = network 2-200-200-2 seed=3
            print net
            """#),
            stderr: #"""
            notebooks/nb.md:5:1: error: 'net' has 41202 numbers, over the limit of 20000 a print shows
               5 | print net
                 | ^ print a part of it, or use a smaller network
            1 error

            """#),
        BadInputCase(
            "trace of a network with 5322 weights and biases",
            notebook: block(#"""
            net = network 2-70-70-2 seed=3
            t = trace net input=[0.1, 0.2] target=[0, 1] rate=0.5
            """#),
            stderr: #"""
            notebooks/nb.md:5:1: error: 't' would tabulate 5322 weights and biases, over the limit of 5000 for a trace
               5 | t = trace net input=[0.1, 0.2] target=[0, 1] rate=0.5
                 | ^ trace a smaller network: a trace's tables show every weight, for worked examples
            1 error

            """#),
        BadInputCase(
            "page over the size limit",
            notebook: block("net = network 2-100-100-2 seed=3\n" + String(repeating: "print net\n", count: 200)),
            stderr: #"""
            notebooks/nb.md:1:1: error: the page would be 65836222 bytes, over the limit of 50000000 bytes
               1 | # T
                 | ^ print and plot less, or split the notebook
            1 error

            """#),
        BadInputCase(
            "plot of many points",
            notebook: block(#"""
            data = moons n=5000 noise=0.1 seed=1
            plot data data
            """#),
            status: 0,
            stderr: ""),
    ]
}
