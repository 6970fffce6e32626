// Undefined and duplicate names, sizes that do not fit, explicit weights.
// Each expectation was read and judged when recorded; change one only when the message improves.
extension BadInputCase {
    static let names: [BadInputCase] = [
        BadInputCase(
            "undefined name",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            m = train net on data epochs=5 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:5:11: error: undefined name 'net'
               5 | m = train net on data epochs=5 rate=0.1
                 |           ^~~ define it first in this or an earlier block: net = …
            1 error

            """#),
        BadInputCase(
            "duplicate name in a block",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            data = circles n=40
            """#),
            stderr: #"""
            notebooks/nb.md:5:1: error: 'data' is already defined in this block (line 4)
               5 | data = circles n=40
                 | ^~~~ use another name; a later block may redefine it
            1 error

            """#),
        BadInputCase(
            "name of the wrong kind",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            m = train data on data epochs=5 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:5:11: error: 'data' is a dataset, not a network or a network sweep
               5 | m = train data on data epochs=5 rate=0.1
                 |           ^~~~ 'data' was defined on line 4
            1 error

            """#),
        BadInputCase(
            "name used before it is defined",
            notebook: block(#"""
            plot data data
            data = moons n=40 noise=0.1 seed=1

            """#),
            stderr: #"""
            notebooks/nb.md:4:11: error: undefined name 'data'
               4 | plot data data
                 |           ^~~~ define it first in this or an earlier block: data = …
            1 error

            """#),
        BadInputCase(
            "name from a later block",
            notebook: #"""
            # T

            ```nn
            plot data data
            ```

            ```nn
            data = moons n=40 noise=0.1 seed=1
            ```

            """#,
            stderr: #"""
            notebooks/nb.md:4:11: error: undefined name 'data'
               4 | plot data data
                 |           ^~~~ define it first in this or an earlier block: data = …
            1 error

            """#),
        BadInputCase(
            "inputs against features",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 3-4-1
            m = train net on data epochs=5 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:18: error: 'net' takes 3 inputs, but 'data' has 2 features
               6 | m = train net on data epochs=5 rate=0.1
                 |                  ^~~~ make the shape start with 2
            1 error

            """#),
        BadInputCase(
            "outputs against classes",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-4-3
            m = train net on data epochs=5 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:18: error: 'net' has 3 outputs, but 'data' has 2 classes
               6 | m = train net on data epochs=5 rate=0.1
                 |                  ^~~~ use 1 output (class 1 when ≥ 0.5) or 2 (one per class)
            1 error

            """#),
        BadInputCase(
            "softmax as a hidden layer",
            notebook: block("net = network 2-4-2 activations=[softmax, sigmoid]"),
            stderr: #"""
            notebooks/nb.md:4:34: error: softmax is only allowed on the output layer
               4 | net = network 2-4-2 activations=[softmax, sigmoid]
                 |                                  ^~~~~~~ it turns the outputs into probabilities; use tanh or relu for hidden layers
            1 error

            """#),
        BadInputCase(
            "activations list too short",
            notebook: block("net = network 2-4-4-2 activations=[tanh, sigmoid]"),
            stderr: #"""
            notebooks/nb.md:4:35: error: 'activations' needs 3 entries, one per layer after the input, not 2
               4 | net = network 2-4-4-2 activations=[tanh, sigmoid]
                 |                                   ^~~~~~~~~~~~~~~
            1 error

            """#),
        BadInputCase(
            "cross-entropy on a softmax output",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-4-2 output=softmax
            m = train net on data epochs=5 rate=0.1 loss=crossentropy
            """#),
            stderr: #"""
            notebooks/nb.md:6:46: error: 'net' has a softmax output, which needs loss=softmax, not crossentropy
               6 | m = train net on data epochs=5 rate=0.1 loss=crossentropy
                 |                                              ^~~~~~~~~~~~ softmax outputs are trained with their cross-entropy: loss=softmax
            1 error

            """#),
        BadInputCase(
            "training through step",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            net = network 2-4-1 hidden=step
            m = train net on data epochs=5 rate=0.1
            """#),
            stderr: #"""
            notebooks/nb.md:6:11: error: 'net' uses the step activation, which cannot be trained
               6 | m = train net on data epochs=5 rate=0.1
                 |           ^~~ its derivative is 0 everywhere (undefined at 0), so no gradient flows; use sigmoid
            1 error

            """#),
        BadInputCase(
            "trace input of the wrong size",
            notebook: block(#"""
            net = network 2-2-1
            t = trace net input=[1,2,3] target=[1] rate=0.5
            """#),
            stderr: #"""
            notebooks/nb.md:5:21: error: 'input' has 3 values, but 'net' has 2 inputs
               5 | t = trace net input=[1,2,3] target=[1] rate=0.5
                 |                     ^~~~~~~ give one value per network input
            1 error

            """#),
        BadInputCase(
            "grid with too few panels",
            notebook: block(#"""
            data = moons n=40 noise=0.1 seed=1
            nets = network 2-[1,2,4]-1
            ms = train nets on data epochs=5 rate=0.1
            plot boundary ms on data grid=1x2
            """#),
            stderr: #"""
            notebooks/nb.md:7:31: error: a 1x2 grid has 2 panels, but 'ms' has 3 models
               7 | plot boundary ms on data grid=1x2
                 |                               ^~~ use a grid with at least 3 panels
            1 error

            """#),
        BadInputCase(
            "weights with a wrong row count",
            notebook: block("net = network 2-2-1 w1=[[1,2]] w2=[[1,2]]"),
            stderr: #"""
            notebooks/nb.md:4:24: error: 'w1' must be 2 × 2, not 1 × 2
               4 | net = network 2-2-1 w1=[[1,2]] w2=[[1,2]]
                 |                        ^~~~~~~ one row per neuron of layer 1, one column per input to it
            1 error

            """#),
        BadInputCase(
            "weights with a wrong column count",
            notebook: block("net = network 2-2-1 w1=[[1,2,3],[4,5,6]] w2=[[1,2]]"),
            stderr: #"""
            notebooks/nb.md:4:24: error: 'w1' must be 2 × 2, not 2 × 3
               4 | net = network 2-2-1 w1=[[1,2,3],[4,5,6]] w2=[[1,2]]
                 |                        ^~~~~~~~~~~~~~~~~ one row per neuron of layer 1, one column per input to it
            1 error

            """#),
        BadInputCase(
            "biases of the wrong length",
            notebook: block("net = network 2-2-1 w1=[[1,2],[3,4]] b1=[1] w2=[[1,2]]"),
            stderr: #"""
            notebooks/nb.md:4:41: error: 'b1' must have 2 values, not 1
               4 | net = network 2-2-1 w1=[[1,2],[3,4]] b1=[1] w2=[[1,2]]
                 |                                         ^~~ one bias per neuron of layer 1
            1 error

            """#),
        BadInputCase(
            "weights for only some layers",
            notebook: block("net = network 2-2-1 w1=[[1,2],[3,4]]"),
            stderr: #"""
            notebooks/nb.md:4:7: error: explicit weights need 'w2' too
               4 | net = network 2-2-1 w1=[[1,2],[3,4]]
                 |       ^~~~~~~ give every layer's matrix: w1, w2
            1 error

            """#),
        BadInputCase(
            "ragged weight matrix",
            notebook: block("net = network 2-2-1 w1=[[1,2],[3]] w2=[[1,2]]"),
            stderr: #"""
            notebooks/nb.md:4:31: error: 'w1' has rows of different lengths (2 and 1)
               4 | net = network 2-2-1 w1=[[1,2],[3]] w2=[[1,2]]
                 |                               ^~~ every row needs the same number of values
            1 error

            """#),
        BadInputCase(
            "blob centres without coordinates",
            notebook: block("b = blobs n=20 centers=[[],[]]"),
            stderr: #"""
            notebooks/nb.md:4:25: error: 'centers' has an empty row
               4 | b = blobs n=20 centers=[[],[]]
                 |                         ^~ every row needs at least one value
            1 error

            """#),
    ]
}
