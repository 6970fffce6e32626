// Faults found while running: expectations, divergence, work limits, exports.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    static let runTime: [BadInputCase] = [
        BadInputCase(
            "failing expectation",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=5 rate=0.1
            e = evaluate m on data
            expect e.accuracy > 1
            """#),
            stderr: #"""
            notebooks/nb.md:8:1: error: expectation failed: e.accuracy is 0.22500000 but should be > 1
               8 | expect e.accuracy > 1
                 | ^ correct the expected value, or look at why the result changed
            1 error

            """#),
        BadInputCase(
            "divergence",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 output=identity seed=3
            m = train net on data epochs=50 rate=1e3 loss=squared
            plot loss m
            table m on data
            """#),
            status: 0,
            stderr: #"""
            notebooks/nb.md:6:1: warning: training diverged at epoch 46: the loss became infinite; try a smaller rate
               6 | m = train net on data epochs=50 rate=1e3 loss=squared
                 | ^ the network after epoch 45 is kept

            """#),
        BadInputCase(
            "expectation on a diverged run",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 output=identity seed=3
            m = train net on data epochs=50 rate=1e3 loss=squared
            expect m.loss < 1
            """#),
            stderr: #"""
            notebooks/nb.md:6:1: warning: training diverged at epoch 46: the loss became infinite; try a smaller rate
               6 | m = train net on data epochs=50 rate=1e3 loss=squared
                 | ^ the network after epoch 45 is kept
            notebooks/nb.md:7:1: error: expectation failed: m.loss is 2.0275514e+303 but should be < 1
               7 | expect m.loss < 1
                 | ^ training of 'm' diverged at epoch 46; try a smaller rate
            1 error

            """#),
        BadInputCase(
            "divergence of one model of a sweep",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 output=identity seed=3
            ms = train net on data epochs=50 rate=[0.01, 1e3] loss=squared
            plot boundary ms on data
            """#),
            status: 0,
            stderr: #"""
            notebooks/nb.md:6:1: warning: training 'rate = 1000' diverged at epoch 46: the loss became infinite; try a smaller rate
               6 | ms = train net on data epochs=50 rate=[0.01, 1e3] loss=squared
                 | ^ the network after epoch 45 is kept

            """#),
        BadInputCase(
            "work limit",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=100000000 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:1: error: 'm' asks for 52000000000 units of work (40 samples × 13 parameters × 100000000 epochs), over the limit of 30000000000 per notebook
               6 | m = train net on data epochs=100000000 rate=0.1
                 | ^ use fewer epochs, samples or weights, or raise the limit with --work-limit
            1 error

            """#),
        BadInputCase(
            "work limit of a sweep",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            nets = network 2-[10,50]-1
            ms = train nets on data epochs=10000 rate=0.1
            """#),
            arguments: ["--work-limit", "1000000"],
            stderr: #"""
            notebooks/nb.md:6:1: error: 'ms' asks for 96800000 units of work (40 samples × 242 parameters × 10000 epochs, over 2 networks), over the limit of 1000000 per notebook
               6 | ms = train nets on data epochs=10000 rate=0.1
                 | ^ use fewer epochs, samples or weights, or raise the limit with --work-limit
            1 error

            """#),
        BadInputCase(
            "work limit of a boundary plot grid",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-3-1 seed=3
            m = train net on data epochs=1 rate=0.1
            plot boundary m on data
            """#),
            arguments: ["--work-limit", "10000"],
            stderr: #"""
            notebooks/nb.md:7:1: error: this plot asks for 92573 units of work (1 panel × (7081 grid points + 40 samples) × 13 parameters), bringing the notebook to 93093, over the limit of 10000 per notebook
               7 | plot boundary m on data
                 | ^ use fewer epochs, samples or weights, or raise the limit with --work-limit
            1 error

            """#),
        BadInputCase(
            "work limit raised by the flag",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            nets = network 2-[10,50]-1
            ms = train nets on data epochs=100 rate=0.1
            """#),
            arguments: ["--work-limit", "1000000"],
            status: 0,
            stderr: ""),
        BadInputCase(
            "negative work limit",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1

            """#),
            arguments: ["--work-limit=-1"],
            status: 2,
            stderr: #"""
            Error: --work-limit must be at least 0
            Usage: weave build [<directory>] [--out <out>] [--quiet] [--work-limit <work-limit>] [--no-cache]
              See 'weave build --help' for more information.

            """#),
        BadInputCase(
            "export outside the site",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "../data.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: the path "../data.csv" leaves the notebook's folder
               5 | export data to "../data.csv"
                 |                ^~~~~~~~~~~~~ paths are relative to the notebook, without '..'
            1 error

            """#),
        BadInputCase(
            "export to an absolute path",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "/tmp/data.csv"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: the path "/tmp/data.csv" leaves the notebook's folder
               5 | export data to "/tmp/data.csv"
                 |                ^~~~~~~~~~~~~~~ paths are relative to the notebook, without '..'
            1 error

            """#),
        BadInputCase(
            "export with the wrong extension",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            export data to "data.json"
            """#),
            stderr: #"""
            notebooks/nb.md:5:16: error: 'data' is written as CSV, so the file name should end in '.csv'
               5 | export data to "data.json"
                 |                ^~~~~~~~~~~ for example: to "data.csv"
            1 error

            """#),
    ]
}
