// Crashes and poor messages found while exploring and fuzzing, kept as regressions.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    static let found: [BadInputCase] = [
        BadInputCase(
            "lists nested too deeply",
            notebook: block("net = network 2-2-1 w1=" + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)),
            stderr: #"""
            notebooks/nb.md:4:40: error: lists nested more than 16 deep
               4 | …2-2-1 w1=[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[…
                 |                           ^ weights are matrices: lists of lists of numbers
            1 error

            """#),
        BadInputCase(
            "CSV coordinates near the largest double",
            files: ["notebooks/nb.md": .text(block(#"""
            pts = csv "p.csv"
            net = network 2-2-1
            m = train net on pts epochs=5 rate=0.1
            plot boundary m on pts
            """#)), "notebooks/p.csv": .text(#"""
            x,y,label
            1e308,-1e308,0
            1e-308,5,1

            """#)],
            status: 0,
            stderr: ""),
        BadInputCase(
            "Windows line endings",
            notebook: "# T\r\n\r\n```nn\r\ndata = moons n=40 noize=1\r\n```\r\n",
            stderr: #"""
            notebooks/nb.md:4:19: error: unknown key 'noize' for 'moons'
               4 | data = moons n=40 noize=1
                 |                   ^~~~~ did you mean 'noise'?
            1 error

            """#),
        BadInputCase(
            "formula nested too deeply",
            notebook: "# T\n\n$" + String(repeating: "{", count: 100) + "x" + String(repeating: "}", count: 100) + "$\n",
            stderr: #"""
            notebooks/nb.md:3:66: error: formula nested too deeply
               3 | …{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{x}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}…
                 |                           ^ use at most 64 levels of braces and arguments
            1 error

            """#),
        BadInputCase(
            "tabs in a block",
            notebook: block("data\t= moons\tn=40 noize=1"),
            stderr: #"""
            notebooks/nb.md:4:19: error: unknown key 'noize' for 'moons'
               4 | data = moons n=40 noize=1
                 |                   ^~~~~ did you mean 'noise'?
            1 error

            """#),
        BadInputCase(
            "non-ASCII name",
            notebook: block("données = moons n=40"),
            stderr: #"""
            notebooks/nb.md:4:5: error: unexpected character 'é'
               4 | données = moons n=40
                 |     ^ names use ASCII letters, digits and '_'
            1 error

            """#),
        BadInputCase(
            "sweep index out of range",
            notebook: block(#"""
            nets = network 2-[1,2]-1
            print nets[3]
            """#),
            stderr: #"""
            notebooks/nb.md:5:7: error: index 3 is out of range: 'nets' has 2 elements
               5 | print nets[3]
                 |       ^~~~~~~ indexes count from 1 to 2
            1 error

            """#),
        BadInputCase(
            "split leaving no training samples",
            notebook: block(#"""
            d = moons n=1
            a, b = split d test=0.5
            """#),
            stderr: #"""
            notebooks/nb.md:5:1: error: splitting 1 sample of 'd' with test=0.5 leaves no training samples
               5 | a, b = split d test=0.5
                 | ^ use more samples or another 'test' fraction
            1 error

            """#),
        BadInputCase(
            "layer too wide",
            notebook: block("net = network 2-100000000-1"),
            stderr: #"""
            notebooks/nb.md:4:17: error: layer 2 of the shape must be at most 100000, not 100000000
               4 | net = network 2-100000000-1
                 |                 ^~~~~~~~~
            1 error

            """#),
        BadInputCase(
            "zero batch",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=0.1 batch=0
            """#),
            stderr: #"""
            notebooks/nb.md:6:47: error: 'batch' must be at least 1, not 0
               6 | m = train net on data epochs=5 rate=0.1 batch=0
                 |                                               ^
            1 error

            """#),
        BadInputCase(
            "CSV quote not closed",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "p.csv""#)), "notebooks/p.csv": .text(#"""
            x,y,label
            "1,2,0

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "p.csv" here
               4 | pts = csv "p.csv"
                 | ^
            notebooks/p.csv:2:1: error: quoted field is not closed; end it with '"' on the same line
               2 | "1,2,0
                 | ^
            1 error

            """#),
        BadInputCase(
            "CSV class label too large",
            files: ["notebooks/nb.md": .text(block(#"pts = csv "p.csv""#)), "notebooks/p.csv": .text(#"""
            x,y,label
            1,2,0
            3,4,99999999999

            """#)],
            stderr: #"""
            notebooks/nb.md:4:1: note: while reading "p.csv" here
               4 | pts = csv "p.csv"
                 | ^
            notebooks/p.csv:3:5: error: class label '99999999999' in column 'label' is too large; integer labels are class indices from 0 to 999
               3 | 3,4,99999999999
                 |     ^
            1 error

            """#),
        BadInputCase(
            "front matter that is a list",
            notebook: #"""
            ---
            - a
            ---

            """#,
            stderr: #"""
            notebooks/nb.md:2:1: error: front matter must be a mapping of keys to values
               2 | - a
                 | ^ write 'title: …' lines
            1 error

            """#),
        BadInputCase(
            "empty nn block",
            notebook: block(""),
            status: 0,
            stderr: ""),
        BadInputCase(
            "nn block fenced with tildes",
            notebook: #"""
            # T

            ~~~nn
            data = moons n=4 noize=1
            ~~~

            """#,
            stderr: #"""
            notebooks/nb.md:4:18: error: unknown key 'noize' for 'moons'
               4 | data = moons n=4 noize=1
                 |                  ^~~~~ did you mean 'noise'?
            1 error

            """#),
        BadInputCase(
            "indented code is not an nn block",
            notebook: #"""
            # T

                ```nn
                data = moons noize=1
                ```

            """#,
            status: 0,
            stderr: ""),
        BadInputCase(
            "only whitespace",
            notebook: "   \n\n\t\n",
            status: 0,
            stderr: ""),
        BadInputCase(
            "export leaving through a subfolder",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "sub/../../x.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: the path "sub/../../x.csv" leaves the notebook's folder
               5 | export data to "sub/../../x.csv"
                 |                ^~~~~~~~~~~~~~~~~ paths are relative to the notebook, without '..'
            1 error

            """#),
        BadInputCase(
            "two exports to one file",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "data.csv"
            more = circles n=40 seed=2
            export more to "data.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:7:16: error: 'data.csv' is already written by the export on line 5
               7 | export more to "data.csv"
                 |                ^~~~~~~~~~ give each export a file name of its own
            1 error

            """#),
        BadInputCase(
            "CSV with an empty path",
            notebook: block(#"pts = csv """#),
            stderr: #"""
            notebooks/nb.md:4:11: error: the path "" leaves the notebook's folder
               4 | pts = csv ""
                 |           ^~ paths are relative to the notebook, without '..'
            1 error

            """#),
        BadInputCase(
            "trace index out of range",
            notebook: block(#"""
            net = network 2-2-1
            t = trace net input=[1,2] target=[1] rate=0.5
            expect t.out[9][1] = 1
            """#),
            stderr: #"""
            notebooks/nb.md:6:1: error: index 9 is out of range: 't.out' has 2 elements
               6 | expect t.out[9][1] = 1
                 | ^ indexes count from 1 to 2
            1 error

            """#),
        BadInputCase(
            "key given twice across continued lines",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 \
                rate=0.1 epochs=6
            """#),
            stderr: #"""
            notebooks/nb.md:7:14: error: 'epochs' is given twice
               7 |     rate=0.1 epochs=6
                 |              ^~~~~~ it was first given on line 6, column 23
            1 error

            """#),
        BadInputCase(
            "figure size too large",
            notebook: #"""
            # T

            ```nn size=100000000x100000000
            data = moons n=40 noise=0.1 seed=1
            plot data data
            ```

            """#,
            stderr: #"""
            notebooks/nb.md:3:12: error: option 'size' must be at most 10000x10000 pixels
               3 | ```nn size=100000000x100000000
                 |            ^~~~~~~~~~~~~~~~~~~ sizes are CSS pixels, e.g. size=480x360
            1 error

            """#),
        BadInputCase(
            "grid of small multiples too large",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            nets = network 2-[1,2]-1
            ms = train nets on data epochs=5 rate=0.1
            plot boundary ms on data grid=1000x1000
            """#),
            stderr: #"""
            notebooks/nb.md:7:31: error: 'grid' takes rows x columns such as 2x3, not 1000x1000
               7 | plot boundary ms on data grid=1000x1000
                 |                               ^~~~~~~~~ rows and columns are each from 1 to 20
            1 error

            """#),
    ]
}
