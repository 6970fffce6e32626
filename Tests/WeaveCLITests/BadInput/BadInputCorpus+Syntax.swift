// Syntax errors and unknown words in nn blocks.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    static let syntax: [BadInputCase] = [
        BadInputCase(
            "unterminated string",
            notebook: block(#"""
            data = moons n=40
            plot data data title="Moons
            """#),
            stderr: #"""
            notebooks/nb.md:5:22: error: unterminated string
               5 | plot data data title="Moons
                 |                      ^~~~~~ add the closing '"'
            1 error

            """#),
        BadInputCase(
            "unknown string escape",
            notebook: block(#"""
            data = moons n=40
            plot data data title="a\qb"
            """#),
            stderr: #"""
            notebooks/nb.md:5:24: error: unknown escape '\q' in a string
               5 | plot data data title="a\qb"
                 |                        ^~ use \" for a quote, \\ for a backslash, \n, \t or \$; TeX goes between $ signs
            1 error

            """#),
        BadInputCase(
            "unclosed list",
            notebook: block("net = network 2-2-1 activations=[tanh, sigmoid"),
            stderr: #"""
            notebooks/nb.md:4:33: error: unclosed '['
               4 | net = network 2-2-1 activations=[tanh, sigmoid
                 |                                 ^ add the closing ']'
            1 error

            """#),
        BadInputCase(
            "stray character",
            notebook: block("data = moons n=40 $"),
            stderr: #"""
            notebooks/nb.md:4:19: error: unexpected character '$'
               4 | data = moons n=40 $
                 |                   ^ names use ASCII letters, digits and '_'
            1 error

            """#),
        BadInputCase(
            "continuation on the last line",
            notebook: block(#"data = moons n=40 \"#),
            stderr: #"""
            notebooks/nb.md:4:19: error: line continuation '\' at the end of the block
               4 | data = moons n=40 \
                 |                   ^ remove the '\' or add the statement's next line
            1 error

            """#),
        BadInputCase(
            "target without a command",
            notebook: block("data ="),
            stderr: #"""
            notebooks/nb.md:4:7: error: expected a command after '='
               4 | data =
                 |       ^ for example: data = moons n=60
            1 error

            """#),
        BadInputCase(
            "comparison outside expect",
            notebook: block("data = moons n<40"),
            stderr: #"""
            notebooks/nb.md:4:15: error: comparison '<' outside 'expect'
               4 | data = moons n<40
                 |               ^ comparisons belong in: expect VALUE < NUMBER
            1 error

            """#),
        BadInputCase(
            "name starting with a digit",
            notebook: block("2net = network 2-2-1"),
            stderr: #"""
            notebooks/nb.md:4:1: error: '2net' is not a name
               4 | 2net = network 2-2-1
                 | ^~~~ names start with a letter
            1 error

            """#),
        BadInputCase(
            "key without a value",
            notebook: block("data = moons n="),
            stderr: #"""
            notebooks/nb.md:4:16: error: expected a value after 'n='
               4 | data = moons n=
                 |                ^ write n=VALUE with no space after '='
            1 error

            """#),
        BadInputCase(
            "key given twice",
            notebook: block("data = moons n=40 n=50"),
            stderr: #"""
            notebooks/nb.md:4:19: error: 'n' is given twice
               4 | data = moons n=40 n=50
                 |                   ^ it was first given at column 14
            1 error

            """#),
        BadInputCase(
            "unknown statement",
            notebook: block("data = moon n=40"),
            stderr: #"""
            notebooks/nb.md:4:8: error: unknown command 'moon'
               4 | data = moon n=40
                 |        ^~~~ did you mean 'moons'?
            1 error

            """#),
        BadInputCase(
            "unknown key",
            notebook: block("data = moons n=40 noize=0.1"),
            stderr: #"""
            notebooks/nb.md:4:19: error: unknown key 'noize' for 'moons'
               4 | data = moons n=40 noize=0.1
                 |                   ^~~~~ did you mean 'noise'?
            1 error

            """#),
        BadInputCase(
            "unknown activation",
            notebook: block("net = network 2-2-1 hidden=tahn"),
            stderr: #"""
            notebooks/nb.md:4:28: error: unknown activation 'tahn'
               4 | net = network 2-2-1 hidden=tahn
                 |                            ^~~~ did you mean 'tanh'?
            1 error

            """#),
        BadInputCase(
            "unknown loss",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=0.1 loss=crossentropi
            """#),
            stderr: #"""
            notebooks/nb.md:6:46: error: unknown loss 'crossentropi'
               6 | m = train net on data epochs=5 rate=0.1 loss=crossentropi
                 |                                              ^~~~~~~~~~~~ did you mean 'crossentropy'?
            1 error

            """#),
        BadInputCase(
            "unknown playground dataset",
            notebook: block("s = playground spirals n=40"),
            stderr: #"""
            notebooks/nb.md:4:16: error: unknown playground dataset 'spirals'
               4 | s = playground spirals n=40
                 |                ^~~~~~~ did you mean 'spiral'?
            1 error

            """#),
        BadInputCase(
            "unknown optimizer",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=0.1 optimizer=adm
            """#),
            stderr: #"""
            notebooks/nb.md:6:51: error: unknown optimizer 'adm'
               6 | m = train net on data epochs=5 rate=0.1 optimizer=adm
                 |                                                   ^~~ did you mean 'adam'?
            1 error

            """#),
        BadInputCase(
            "unknown initializer",
            notebook: block("net = network 2-2-1 init=xavir"),
            stderr: #"""
            notebooks/nb.md:4:26: error: unknown initializer 'xavir'
               4 | net = network 2-2-1 init=xavir
                 |                          ^~~~~ did you mean 'xavier'?
            1 error

            """#),
        BadInputCase(
            "unknown plot kind",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            plot boundry data
            """#),
            stderr: #"""
            notebooks/nb.md:5:6: error: unknown plot kind 'boundry'
               5 | plot boundry data
                 |      ^~~~~~~ did you mean 'boundary'?
            1 error

            """#),
    ]
}
