// Values of the wrong type and numbers out of range.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    static let values: [BadInputCase] = [
        BadInputCase(
            "string where a number goes",
            notebook: block(#"data = moons n="forty""#),
            stderr: #"""
            notebooks/nb.md:4:16: error: 'n' takes a whole number, not "forty"
               4 | data = moons n="forty"
                 |                ^~~~~~~
            1 error

            """#),
        BadInputCase(
            "word where a rate goes",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=fast
            """#),
            stderr: #"""
            notebooks/nb.md:6:37: error: 'rate' takes a number, not fast
               6 | m = train net on data epochs=5 rate=fast
                 |                                     ^~~~
            1 error

            """#),
        BadInputCase(
            "fractional epochs",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=1.5 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:30: error: 'epochs' takes a whole number, not 1.5
               6 | m = train net on data epochs=1.5 rate=0.1
                 |                              ^~~
            1 error

            """#),
        BadInputCase(
            "number where an activation goes",
            notebook: block("net = network 2-2-1 hidden=3"),
            stderr: #"""
            notebooks/nb.md:4:28: error: 'hidden' takes an activation, not 3
               4 | net = network 2-2-1 hidden=3
                 |                            ^ expected one of: identity, step, sigmoid, tanh, relu, leakyrelu, softmax
            1 error

            """#),
        BadInputCase(
            "centers not a matrix",
            notebook: block("b = blobs n=40 centers=1"),
            stderr: #"""
            notebooks/nb.md:4:24: error: 'centers' takes a matrix (a list of rows), not 1
               4 | b = blobs n=40 centers=1
                 |                        ^ for example: [[0.1, 0.2], [0.3, 0.4]]
            1 error

            """#),
        BadInputCase(
            "zero epochs",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=0 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:30: error: 'epochs' must be at least 1, not 0
               6 | m = train net on data epochs=0 rate=0.1
                 |                              ^
            1 error

            """#),
        BadInputCase(
            "negative epochs",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=-5 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:30: error: 'epochs' must be at least 1, not -5
               6 | m = train net on data epochs=-5 rate=0.1
                 |                              ^~
            1 error

            """#),
        BadInputCase(
            "zero-width layer",
            notebook: block("net = network 2-0-1"),
            stderr: #"""
            notebooks/nb.md:4:17: error: layer 2 of the shape must be at least 1, not 0
               4 | net = network 2-0-1
                 |                 ^
            1 error

            """#),
        BadInputCase(
            "zero learning rate",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=0
            """#),
            stderr: #"""
            notebooks/nb.md:6:37: error: 'rate' must be greater than 0, not 0
               6 | m = train net on data epochs=5 rate=0
                 |                                     ^
            1 error

            """#),
        BadInputCase(
            "negative learning rate",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=-0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:37: error: 'rate' must be greater than 0, not -0.1
               6 | m = train net on data epochs=5 rate=-0.1
                 |                                     ^~~~
            1 error

            """#),
        BadInputCase(
            "infinite learning rate",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=1e999
            """#),
            stderr: #"""
            notebooks/nb.md:6:37: error: 'rate' must be a finite number, not 1e999
               6 | m = train net on data epochs=5 rate=1e999
                 |                                     ^~~~~
            1 error

            """#),
        BadInputCase(
            "negative noise",
            notebook: block("data = moons n=40 noise=-0.1"),
            stderr: #"""
            notebooks/nb.md:4:25: error: 'noise' must be at least 0, not -0.1
               4 | data = moons n=40 noise=-0.1
                 |                         ^~~~
            1 error

            """#),
        BadInputCase(
            "zero samples",
            notebook: block("data = moons n=0"),
            stderr: #"""
            notebooks/nb.md:4:16: error: 'n' must be at least 1, not 0
               4 | data = moons n=0
                 |                ^
            1 error

            """#),
        BadInputCase(
            "absurd sample count",
            notebook: block("data = moons n=1000000000000"),
            stderr: #"""
            notebooks/nb.md:4:16: error: 'n' must be at most 1000000, not 1000000000000
               4 | data = moons n=1000000000000
                 |                ^~~~~~~~~~~~~
            1 error

            """#),
        BadInputCase(
            "negative tolerance",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=0.1
            expect m.loss = 0.5 tol=-1
            """#),
            stderr: #"""
            notebooks/nb.md:7:25: error: 'tol' must be at least 0, not -1
               7 | expect m.loss = 0.5 tol=-1
                 |                         ^~
            1 error

            """#),
        BadInputCase(
            "circle factor out of range",
            notebook: block("r = circles n=40 factor=1.5"),
            stderr: #"""
            notebooks/nb.md:4:25: error: 'factor' must be less than 1, not 1.5
               4 | r = circles n=40 factor=1.5
                 |                         ^~~ it is the inner circle's radius over the outer one's
            1 error

            """#),
        BadInputCase(
            "split fraction of one",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            a, b = split data test=1
            """#),
            stderr: #"""
            notebooks/nb.md:5:24: error: 'test' must be less than 1, not 1
               5 | a, b = split data test=1
                 |                        ^ it is the fraction of samples held out, such as 0.25
            1 error

            """#),
        BadInputCase(
            "momentum of one",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=0.1 optimizer=momentum momentum=1
            """#),
            stderr: #"""
            notebooks/nb.md:6:69: error: 'momentum' must be less than 1, not 1
               6 | m = train net on data epochs=5 rate=0.1 optimizer=momentum momentum=1
                 |                                                                     ^
            1 error

            """#),
        BadInputCase(
            "absurd epochs",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=1000000000 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:30: error: 'epochs' must be at most 100000000, not 1000000000
               6 | m = train net on data epochs=1000000000 rate=0.1
                 |                              ^~~~~~~~~~
            1 error

            """#),
    ]
}
