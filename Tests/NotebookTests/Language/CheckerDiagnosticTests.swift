@testable import Notebook
import Testing

/// A notebook with a mistake, and the exact text `weave` prints for it.
struct BadInput: Sendable, CustomTestStringConvertible {
    var blocks: [String]
    var expected: String

    init(_ blocks: [String], _ expected: String) {
        self.blocks = blocks
        self.expected = expected + "\n"
    }

    var testDescription: String { blocks.joined(separator: " | ") }
}

/// Every user-facing error of the front end, located, with its message and hint: one table row each.
@Suite struct CheckerDiagnosticTests {
    @Test(arguments: Self.inputs)
    func reportsTheExactDiagnostics(_ input: BadInput) {
        let (blocks, text) = NotebookFixture(input.blocks).check()
        #expect(text == input.expected)
        // A statement with an error is left out of the checked block, so it never runs.
        let checkedLines = Set(blocks.flatMap(\.statements).map(\.location.line))
        let errorLines = input.expected.split(separator: "\n").compactMap { line in
            line.hasPrefix("t.md:") && line.contains(": error: ") ? Int(line.split(separator: ":")[1]) : nil
        }
        #expect(checkedLines.isDisjoint(with: errorLines))
    }

    @Test func warningsKeepTheStatement() {
        let (blocks, text) = NotebookFixture("net = network 2-1 leak=0.5").check()
        #expect(text.contains("warning: 'leak' has no effect: no layer uses leakyrelu"))
        #expect(!text.contains("error"))
        #expect(blocks[0].statements.count == 1)
    }

    static let inputs: [BadInput] = [
        BadInput([#"""
            net = network 2-2-2
            plot network net show=forward
            """#], #"""
            t.md:4:23: error: 'show' shows the passes of a trace, and 'net' is a network
               4 | plot network net show=forward
                 |                       ^~~~~~~ trace it first: t = trace net input=[…] target=[…], then plot network t show=forward
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-2
            t = trace net input=[0.1, 0.2] target=[0, 1] rate=0.5
            plot network t show=sideways
            """#], #"""
            t.md:5:21: error: unknown pass 'sideways'
               5 | plot network t show=sideways
                 |                     ^~~~~~~~ expected one of: forward, backward, update
            1 error
            """#),
        BadInput([#"""
            pts = blobs n=4 centers=[[0], [1]] spread=0
            net = network 1-1-1
            s = surface net on pts weights=[w1, w9] x=[-1, 1] y=[-1, 1] from=[[0, 0]] rate=1 steps=10
            """#], #"""
            t.md:5:32: error: 'net' has w1…w2, so there is no w9
               5 | s = surface net on pts weights=[w1, w9] x=[-1, 1] y=[-1, 1] from=[[0, 0]] rate=1 steps=10
                 |                                ^~~~~~~~ weights are numbered across the network, layer 1's matrix row by row first
            1 error
            """#),
        BadInput([#"""
            pts = blobs n=4 centers=[[0], [1]] spread=0
            net = network 1-1-1
            s = surface net on pts weights=[w1, w1] x=[1, -1] y=[-1, 1] from=[[0]] rate=1 steps=10
            """#], #"""
            t.md:5:32: error: 'weights' names w1 twice
               5 | s = surface net on pts weights=[w1, w1] x=[1, -1] y=[-1, 1] from=[[0]] rate=1 steps=10
                 |                                ^~~~~~~~ name two different weights: weights=[w1, w2]
            t.md:5:43: error: 'x' takes two finite numbers, smallest first, not [1,-1]
               5 | s = surface net on pts weights=[w1, w1] x=[1, -1] y=[-1, 1] from=[[0]] rate=1 steps=10
                 |                                           ^~~~~~~ for example: x=[-4, 4]
            t.md:5:66: error: 'from' takes 1 to 8 starting points of two numbers each, not [[0]]
               5 | s = surface net on pts weights=[w1, w1] x=[1, -1] y=[-1, 1] from=[[0]] rate=1 steps=10
                 |                                                                  ^~~~~ for example: from=[[-3, -3], [0, 2]]
            3 errors
            """#),
        BadInput([#"""
            net = network 2-4-2 hidden=tahn
            """#], #"""
            t.md:3:28: error: unknown activation 'tahn'
               3 | net = network 2-4-2 hidden=tahn
                 |                            ^~~~ did you mean 'tanh'?
            1 error
            """#),
        BadInput([#"""
            x = trian net
            """#], #"""
            t.md:3:5: error: unknown command 'trian'
               3 | x = trian net
                 |     ^~~~~ did you mean 'train'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=abc
            """#], #"""
            t.md:3:16: error: 'n' takes a whole number, not abc
               3 | data = moons n=abc
                 |                ^~~
            1 error
            """#),
        BadInput([#"""
            data = moons sed=1
            """#], #"""
            t.md:3:14: error: unknown key 'sed' for 'moons'
               3 | data = moons sed=1
                 |              ^~~ did you mean 'seed'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=0
            """#], #"""
            t.md:3:16: error: 'n' must be at least 1, not 0
               3 | data = moons n=0
                 |                ^
            1 error
            """#),
        BadInput([#"""
            data = moons n=5000000
            """#], #"""
            t.md:3:16: error: 'n' must be at most 1000000, not 5000000
               3 | data = moons n=5000000
                 |                ^~~~~~~
            1 error
            """#),
        BadInput([#"""
            data = moons noise=-0.1
            """#], #"""
            t.md:3:20: error: 'noise' must be at least 0, not -0.1
               3 | data = moons noise=-0.1
                 |                    ^~~~
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1 loss=crossentopy
            """#], #"""
            t.md:5:47: error: unknown loss 'crossentopy'
               5 | m = train net on data epochs=10 rate=0.1 loss=crossentopy
                 |                                               ^~~~~~~~~~~ did you mean 'crossentropy'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1 optimizer=sgd
            """#], #"""
            t.md:5:52: error: unknown optimizer 'sgd'
               5 | m = train net on data epochs=10 rate=0.1 optimizer=sgd
                 |                                                    ^~~ did you mean 'gd'?
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-1 init=glorot
            """#], #"""
            t.md:3:26: error: unknown initializer 'glorot'
               3 | net = network 2-4-1 init=glorot
                 |                          ^~~~~~ expected one of: normal, xavier, he, zeros
            1 error
            """#),
        BadInput([#"""
            data = playground spirals
            """#], #"""
            t.md:3:19: error: unknown playground dataset 'spirals'
               3 | data = playground spirals
                 |                   ^~~~~~~ did you mean 'spiral'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1
            plot bondary m on data
            """#], #"""
            t.md:6:6: error: unknown plot kind 'bondary'
               6 | plot bondary m on data
                 |      ^~~~~~~ did you mean 'boundary'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=0 rate=0.1
            """#], #"""
            t.md:5:30: error: 'epochs' must be at least 1, not 0
               5 | m = train net on data epochs=0 rate=0.1
                 |                              ^
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=2.5 rate=0.1
            """#], #"""
            t.md:5:30: error: 'epochs' takes a whole number, not 2.5
               5 | m = train net on data epochs=2.5 rate=0.1
                 |                              ^~~
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs="abc" rate=0.1
            """#], #"""
            t.md:5:30: error: 'epochs' takes a whole number, not "abc"
               5 | m = train net on data epochs="abc" rate=0.1
                 |                              ^~~~~
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0
            """#], #"""
            t.md:5:38: error: 'rate' must be greater than 0, not 0
               5 | m = train net on data epochs=10 rate=0
                 |                                      ^
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=1e999
            """#], #"""
            t.md:5:38: error: 'rate' must be a finite number, not 1e999
               5 | m = train net on data epochs=10 rate=1e999
                 |                                      ^~~~~
            1 error
            """#),
        BadInput([#"""
            net = network 2-0-1
            """#], #"""
            t.md:3:17: error: layer 2 of the shape must be at least 1, not 0
               3 | net = network 2-0-1
                 |                 ^
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on dta epochs=10 rate=0.1
            """#], #"""
            t.md:5:18: error: undefined name 'dta'
               5 | m = train net on dta epochs=10 rate=0.1
                 |                  ^~~ did you mean 'data'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            m = train mystery on data epochs=10 rate=0.1
            """#], #"""
            t.md:4:11: error: undefined name 'mystery'
               4 | m = train mystery on data epochs=10 rate=0.1
                 |           ^~~~~~~ define it first in this or an earlier block: mystery = …
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train data on net epochs=10 rate=0.1
            """#], #"""
            t.md:5:11: error: 'data' is a dataset, not a network or a network sweep
               5 | m = train data on net epochs=10 rate=0.1
                 |           ^~~~ 'data' was defined on line 3
            t.md:5:19: error: 'net' is a network, not a dataset
               5 | m = train data on net epochs=10 rate=0.1
                 |                   ^~~ 'net' was defined on line 4
            2 errors
            """#),
        BadInput([#"""
            data = moons n=60
            a, a = split data
            """#], #"""
            t.md:4:4: error: 'a' is named twice in one statement
               4 | a, a = split data
                 |    ^ give each target its own name
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            data = circles
            """#], #"""
            t.md:4:1: error: 'data' is already defined in this block (line 3)
               4 | data = circles
                 | ^~~~ use another name; a later block may redefine it
            1 error
            """#),
        BadInput([#"""
            data = blobs centers=[[0,0,0],[1,1,1]]
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1
            """#], #"""
            t.md:5:18: error: 'net' takes 2 inputs, but 'data' has 3 features
               5 | m = train net on data epochs=10 rate=0.1
                 |                  ^~~~ make the shape start with 3
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-1 w1=[[0.1,0.2]] w2=[[0.5,0.6]]
            """#], #"""
            t.md:3:24: error: 'w1' must be 2 × 2, not 1 × 2
               3 | net = network 2-2-1 w1=[[0.1,0.2]] w2=[[0.5,0.6]]
                 |                        ^~~~~~~~~~~ one row per neuron of layer 1, one column per input to it
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-1 w1=[[0.1,0.2],[0.3,0.4]] b1=[0.5] w2=[[0.5,0.6]]
            """#], #"""
            t.md:3:49: error: 'b1' must have 2 values, not 1
               3 | net = network 2-2-1 w1=[[0.1,0.2],[0.3,0.4]] b1=[0.5] w2=[[0.5,0.6]]
                 |                                                 ^~~~~ one bias per neuron of layer 1
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-1 w1=[[0.1,0.2],[0.3,0.4]] w2=[[0.5,0.6]] w3=[[1]]
            """#], #"""
            t.md:3:61: error: 'w3' names layer 3, but the network has 2 layers of weights
               3 | net = network 2-2-1 w1=[[0.1,0.2],[0.3,0.4]] w2=[[0.5,0.6]] w3=[[1]]
                 |                                                             ^~ layers count from 1 after the input
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-1 w1=[[0.1,0.2],[0.3,0.4]]
            """#], #"""
            t.md:3:7: error: explicit weights need 'w2' too
               3 | net = network 2-2-1 w1=[[0.1,0.2],[0.3,0.4]]
                 |       ^~~~~~~ give every layer's matrix: w1, w2
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-2
            t = trace net input=[0.1,0.2,0.3] target=[0,1] rate=0.5
            """#], #"""
            t.md:4:21: error: 'input' has 3 values, but 'net' has 2 inputs
               4 | t = trace net input=[0.1,0.2,0.3] target=[0,1] rate=0.5
                 |                     ^~~~~~~~~~~~~ give one value per network input
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-2
            t = trace net input=[0.1,0.2] target=[1] rate=0.5
            """#], #"""
            t.md:4:38: error: 'target' has 1 value, but 'net' has 2 outputs
               4 | t = trace net input=[0.1,0.2] target=[1] rate=0.5
                 |                                      ^~~ give one value per network output
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-2 hidden=softmax
            """#], #"""
            t.md:3:28: error: softmax is only allowed on the output layer
               3 | net = network 2-4-2 hidden=softmax
                 |                            ^~~~~~~ it turns the outputs into probabilities; use tanh or relu for hidden layers
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1 loss=softmax
            """#], #"""
            t.md:5:47: error: loss 'softmax' needs a softmax output layer, but 'net' ends in sigmoid
               5 | m = train net on data epochs=10 rate=0.1 loss=softmax
                 |                                               ^~~~~~~ set output=softmax on 'net', or use loss=crossentropy
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1 hidden=step
            m = train net on data epochs=10 rate=0.1
            """#], #"""
            t.md:5:11: error: 'net' uses the step activation, which cannot be trained
               5 | m = train net on data epochs=10 rate=0.1
                 |           ^~~ its derivative is 0 everywhere (undefined at 0), so no gradient flows; use sigmoid
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-1 output=softmax
            """#], #"""
            t.md:3:28: error: a softmax output needs at least 2 neurons, not 1
               3 | net = network 2-4-1 output=softmax
                 |                            ^~~~~~~ for two classes use 1 output with sigmoid, or 2 with softmax
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1 output=tanh
            m = train net on data epochs=10 rate=0.1
            """#], #"""
            t.md:5:11: error: loss 'crossentropy' needs sigmoid outputs, but 'net' ends in tanh
               5 | m = train net on data epochs=10 rate=0.1
                 |           ^~~ binary cross-entropy takes log(o) and log(1 − o); use output=sigmoid or loss=squared
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-3
            m = train net on data epochs=10 rate=0.1
            """#], #"""
            t.md:5:18: error: 'net' has 3 outputs, but 'data' has 2 classes
               5 | m = train net on data epochs=10 rate=0.1
                 |                  ^~~~ use 1 output (class 1 when ≥ 0.5) or 2 (one per class)
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1
            e = evaluate m on data
            expect e.accuracy = 1 tol=-1
            """#], #"""
            t.md:7:27: error: 'tol' must be at least 0, not -1
               7 | expect e.accuracy = 1 tol=-1
                 |                           ^~
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1
            e = evaluate m on data
            expect e.accuracy >= 0.9 tol=0.1
            """#], #"""
            t.md:7:26: error: 'tol' applies only to '='
               7 | expect e.accuracy >= 0.9 tol=0.1
                 |                          ^~~ remove it: '>=' compares exactly
            1 error
            """#),
        BadInput([#"""
            data = csv "points.csv
            """#], #"""
            t.md:3:12: error: unterminated string
               3 | data = csv "points.csv
                 |            ^~~~~~~~~~~ add the closing '"'
            1 error
            """#),
        BadInput([#"""
            data = csv "a\qb.csv"
            """#], #"""
            t.md:3:14: error: unknown escape '\q' in a string
               3 | data = csv "a\qb.csv"
                 |              ^~ use \" for a quote, \\ for a backslash, \n, \t or \$; TeX goes between $ signs
            1 error
            """#),
        BadInput([#"""
            data = moons n=60 @
            """#], #"""
            t.md:3:19: error: unexpected character '@'
               3 | data = moons n=60 @
                 |                   ^ names use ASCII letters, digits and '_'
            1 error
            """#),
        BadInput([#"""
            data =
            """#], #"""
            t.md:3:7: error: expected a command after '='
               3 | data =
                 |       ^ for example: data = moons n=60
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            expect data.count 60
            """#], #"""
            t.md:4:19: error: expected a comparison after 'data.count'
               4 | expect data.count 60
                 |                   ^~ use one of =, <, <=, >, >=
            1 error
            """#),
        BadInput([#"""
            data = moons n=20
            nets = network 2-[1,2]-1
            models = train nets on data epochs=5 rate=0.1
            e = evaluate models[3] on data
            """#], #"""
            t.md:6:14: error: 'models' has 2 models, so there is no models[3]
               6 | e = evaluate models[3] on data
                 |              ^~~~~~~~~ members are numbered from 1 to 2
            1 error
            """#),
        BadInput([#"""
            data = blobs centers=[[0,0],[1,1],[0,1]] classes=[0, 1]
            """#], #"""
            t.md:3:50: error: 'classes' has 2 values for 3 centres
               3 | data = blobs centers=[[0,0],[1,1],[0,1]] classes=[0, 1]
                 |                                                  ^~~~~~ give one class per centre
            1 error
            """#),
        BadInput([#"""
            data = blobs centers=[[0,0],[1,1]] classes=[0, 2]
            """#], #"""
            t.md:3:44: error: class 1 has no centre in 'classes'
               3 | data = blobs centers=[[0,0],[1,1]] classes=[0, 2]
                 |                                            ^~~~~~ number the classes 0, 1, 2, … without gaps
            1 error
            """#),
        BadInput([#"""
            data = blobs centers=[[0,0],[1,1]] classes=[0, 0.5]
            """#], #"""
            t.md:3:44: error: 'classes' takes whole numbers from 0 to 99, not [0,0.5]
               3 | data = blobs centers=[[0,0],[1,1]] classes=[0, 0.5]
                 |                                            ^~~~~~~~ one class per centre, for example: [0, 1, 1, 0]
            1 error
            """#),
        BadInput([#"""
            data = blobs centers=[[1, 2]
            """#], #"""
            t.md:3:22: error: unclosed '['
               3 | data = blobs centers=[[1, 2]
                 |                      ^ add the closing ']'
            1 error
            """#),
        BadInput([#"""
            data = moons n=60 \
            """#], #"""
            t.md:3:19: error: line continuation '\' at the end of the block
               3 | data = moons n=60 \
                 |                   ^ remove the '\' or add the statement's next line
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs>3
            """#], #"""
            t.md:5:29: error: comparison '>' outside 'expect'
               5 | m = train net on data epochs>3
                 |                             ^ comparisons belong in: expect VALUE > NUMBER
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data rate=0.1
            """#], #"""
            t.md:5:5: error: 'train' needs 'epochs='
               5 | m = train net on data rate=0.1
                 |     ^~~~~ usage: model = train net on data epochs=1000 rate=0.1
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net epochs=10 rate=0.1
            """#], #"""
            t.md:5:5: error: 'train' needs 'on …'
               5 | m = train net epochs=10 rate=0.1
                 |     ^~~~~ usage: model = train net on data epochs=1000 rate=0.1
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1 epochs=20
            """#], #"""
            t.md:5:42: error: 'epochs' is given twice
               5 | m = train net on data epochs=10 rate=0.1 epochs=20
                 |                                          ^~~~~~ it was first given at column 23
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net data epochs=10 rate=0.1
            """#], #"""
            t.md:5:5: error: 'train' needs 'on …'
               5 | m = train net data epochs=10 rate=0.1
                 |     ^~~~~ usage: model = train net on data epochs=1000 rate=0.1
            t.md:5:15: error: unexpected argument 'data'
               5 | m = train net data epochs=10 rate=0.1
                 |               ^~~~ usage: model = train net on data epochs=1000 rate=0.1
            2 errors
            """#),
        BadInput([#"""
            data = moons n=60
            p = plot data data
            """#], #"""
            t.md:4:1: error: 'plot data' does not define a name
               4 | p = plot data data
                 | ^ remove 'p ='
            1 error
            """#),
        BadInput([#"""
            moons n=10
            """#], #"""
            t.md:3:1: error: 'moons' defines a dataset; name it
               3 | moons n=10
                 | ^~~~~ write: data = moons n=100 noise=0.1 seed=0
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            train = split data
            """#], #"""
            t.md:4:1: error: 'split' defines two names, not 1
               4 | train = split data
                 | ^ write: train, test = split data test=0.25 seed=0
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            nets = network 2-[1,2]-1
            ms = train nets on data epochs=10 rate=0.1
            e = evaluate ms on data
            """#], #"""
            t.md:6:14: error: 'ms' is a model sweep, not a model
               6 | e = evaluate ms on data
                 |              ^~ use 'table' for a sweep: table ms on …
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1
            e = evaluate m on data
            print e.acuracy
            """#], #"""
            t.md:7:7: error: an evaluation has no field 'acuracy'
               7 | print e.acuracy
                 |       ^~~~~~~~~ did you mean 'accuracy'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            nets = network 2-[1,2]-1
            ms = train nets on data epochs=10 rate=0.1
            print ms[3].loss
            """#], #"""
            t.md:6:7: error: index 3 is out of range: 'ms' has 2 elements
               6 | print ms[3].loss
                 |       ^~~~~~~~~~ indexes count from 1 to 2
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            export data to "data.json"
            """#], #"""
            t.md:4:16: error: 'data' is written as CSV, so the file name should end in '.csv'
               4 | export data to "data.json"
                 |                ^~~~~~~~~~~ for example: to "data.csv"
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            export data to "../data.csv"
            """#], #"""
            t.md:4:16: error: the path "../data.csv" leaves the notebook's folder
               4 | export data to "../data.csv"
                 |                ^~~~~~~~~~~~~ paths are relative to the notebook, without '..'
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            nets = network 2-[1,2]-1
            ms = train nets on data epochs=10 rate=[0.1,0.2]
            """#], #"""
            t.md:5:40: error: a network sweep cannot also sweep 'rate'
               5 | ms = train nets on data epochs=10 rate=[0.1,0.2]
                 |                                        ^~~~~~~~~ sweep one thing at a time: give 'rate' one value, or train one network
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            nets = network 2-[1,2,4]-1
            ms = train nets on data epochs=10 rate=0.1
            plot boundary ms on data grid=1x2
            """#], #"""
            t.md:6:31: error: a 1x2 grid has 2 panels, but 'ms' has 3 models
               6 | plot boundary ms on data grid=1x2
                 |                               ^~~ use a grid with at least 3 panels
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1
            plot hidden m on data layer=2
            """#], #"""
            t.md:6:29: error: 'm' has 1 hidden layer, not 2
               6 | plot hidden m on data layer=2
                 |                             ^ hidden layers count from 1 after the input
            1 error
            """#),
        BadInput([#"""
            data = blobs centers=[[0,0,0],[1,1,1]]
            net = network 3-4-1
            m = train net on data epochs=10 rate=0.1
            plot boundary m on data
            """#], #"""
            t.md:6:20: error: a decision boundary is drawn in the plane, but 'data' has 3 features
               6 | plot boundary m on data
                 |                    ^~~~ use a dataset with 2 features
            1 error
            """#),
        BadInput([#"""
            data = circles factor=1.5
            """#], #"""
            t.md:3:23: error: 'factor' must be less than 1, not 1.5
               3 | data = circles factor=1.5
                 |                       ^~~ it is the inner circle's radius over the outer one's
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            a, b = split data test=1.5
            """#], #"""
            t.md:4:24: error: 'test' must be less than 1, not 1.5
               4 | a, b = split data test=1.5
                 |                        ^~~ it is the fraction of samples held out, such as 0.25
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-1 activations=[tanh]
            """#], #"""
            t.md:3:33: error: 'activations' needs 2 entries, one per layer after the input, not 1
               3 | net = network 2-4-1 activations=[tanh]
                 |                                 ^~~~~~
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-1 activations=[tanh, sigmoid] hidden=relu
            """#], #"""
            t.md:3:56: error: 'hidden' cannot be combined with 'activations'
               3 | net = network 2-4-1 activations=[tanh, sigmoid] hidden=relu
                 |                                                        ^~~~ 'activations' already sets every layer
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1 batch=abc
            """#], #"""
            t.md:5:48: error: 'batch' takes 'full' or a whole number, not abc
               5 | m = train net on data epochs=10 rate=0.1 batch=abc
                 |                                                ^~~
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1 optimizer=momentum momentum=1
            """#], #"""
            t.md:5:70: error: 'momentum' must be less than 1, not 1
               5 | m = train net on data epochs=10 rate=0.1 optimizer=momentum momentum=1
                 |                                                                      ^
            1 error
            """#),
        BadInput([#"""
            2x = moons
            """#], #"""
            t.md:3:1: error: '2x' is not a name
               3 | 2x = moons
                 | ^~ names start with a letter
            1 error
            """#),
        BadInput([#"""
            plot activations tanh range=[5,-5]
            """#], #"""
            t.md:3:29: error: 'range' takes two finite numbers, smallest first, not [5,-5]
               3 | plot activations tanh range=[5,-5]
                 |                             ^~~~~~ for example: range=[-5,5]
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            plot data net
            """#], #"""
            t.md:5:11: error: 'net' is a network, not a dataset
               5 | plot data net
                 |           ^~~ 'net' was defined on line 4
            1 error
            """#),
        BadInput([#"""
            net = network 2-[1,2]-[3,4]-1
            """#], #"""
            t.md:3:23: error: only one layer of a shape can be a list
               3 | net = network 2-[1,2]-[3,4]-1
                 |                       ^~~~~ sweep one hidden layer at a time
            1 error
            """#),
        BadInput([#"""
            net = network [2,3]-4-1
            """#], #"""
            t.md:3:15: error: only a hidden layer can be swept
               3 | net = network [2,3]-4-1
                 |               ^~~~~ for example: 2-[1,2,4]-1
            1 error
            """#),
        BadInput([#"""
            net = network 2-[1,2]-1 w1=[[1,2]]
            """#], #"""
            t.md:3:25: error: explicit weights cannot be given for a sweep
               3 | net = network 2-[1,2]-1 w1=[[1,2]]
                 |                         ^~ give one shape without a list
            1 error
            """#),
        BadInput([#"""
            data = csv "/etc/points.csv"
            """#], #"""
            t.md:3:12: error: the path "/etc/points.csv" leaves the notebook's folder
               3 | data = csv "/etc/points.csv"
                 |            ^~~~~~~~~~~~~~~~~ paths are relative to the notebook, without '..'
            1 error
            """#),
        BadInput([#"""
            data = moons n=10 seed=-1
            """#], #"""
            t.md:3:24: error: 'seed' must be at least 0, not -1
               3 | data = moons n=10 seed=-1
                 |                        ^~
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-1 hidden=4
            """#], #"""
            t.md:3:28: error: 'hidden' takes an activation, not 4
               3 | net = network 2-4-1 hidden=4
                 |                            ^ expected one of: identity, step, sigmoid, tanh, relu, leakyrelu, softmax
            1 error
            """#),
        BadInput([#"""
            print undefined_thing
            """#], #"""
            t.md:3:7: error: undefined name 'undefined_thing'
               3 | print undefined_thing
                 |       ^~~~~~~~~~~~~~~ define it first in this or an earlier block: undefined_thing = …
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            """#, #"""
            data = circles
            net = network 3-4-1
            m = train net on data epochs=10 rate=0.1
            """#], #"""
            t.md:9:18: error: 'net' takes 3 inputs, but 'data' has 2 features
               9 | m = train net on data epochs=10 rate=0.1
                 |                  ^~~~ make the shape start with 2
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-1
            """#, #"""
            net = network 2-4-1
            net = network 2-2-1
            """#], #"""
            t.md:8:1: error: 'net' is already defined in this block (line 7)
               8 | net = network 2-2-1
                 | ^~~ use another name; a later block may redefine it
            1 error
            """#),
        BadInput([#"""
            print data
            """#, #"""
            data = moons
            """#], #"""
            t.md:3:7: error: undefined name 'data'
               3 | print data
                 |       ^~~~ define it first in this or an earlier block: data = …
            1 error
            """#),
        BadInput([#"""
            data = moons n=0 noise=x
            net = network 2-4-1 hidden=tahn output=sigmod
            """#], #"""
            t.md:3:16: error: 'n' must be at least 1, not 0
               3 | data = moons n=0 noise=x
                 |                ^
            t.md:3:24: error: 'noise' takes a number, not x
               3 | data = moons n=0 noise=x
                 |                        ^
            t.md:4:28: error: unknown activation 'tahn'
               4 | net = network 2-4-1 hidden=tahn output=sigmod
                 |                            ^~~~ did you mean 'tanh'?
            t.md:4:40: error: unknown activation 'sigmod'
               4 | net = network 2-4-1 hidden=tahn output=sigmod
                 |                                        ^~~~~~ did you mean 'sigmoid'?
            4 errors
            """#),
        BadInput([#"""
            net = network 2-4-1 leak=-1 seed=1.5 init=4
            """#], #"""
            t.md:3:26: error: 'leak' must be at least 0, not -1
               3 | net = network 2-4-1 leak=-1 seed=1.5 init=4
                 |                          ^~
            t.md:3:34: error: 'seed' takes a whole number, not 1.5
               3 | net = network 2-4-1 leak=-1 seed=1.5 init=4
                 |                                  ^~~
            t.md:3:43: error: 'init' takes an initializer, not 4
               3 | net = network 2-4-1 leak=-1 seed=1.5 init=4
                 |                                           ^ expected one of: normal, xavier, he, zeros
            3 errors
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-2-1
            t = trace net input=[1,2] target=[1] rate=0.5 loss=crossentropy
            print t.outptu[1]
            """#], #"""
            t.md:6:7: error: a trace has no field 'outptu'
               6 | print t.outptu[1]
                 |       ^~~~~~~~~~~ did you mean 'output'?
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            net = network 2-4-1
            m = train net on data epochs=10 rate=0.1
            plot loss log=true
            """#], #"""
            t.md:6:1: error: 'plot loss' needs at least one model or model sweep
               6 | plot loss log=true
                 | ^~~~ usage: plot loss model other log=true
            1 error
            """#),
        BadInput([#"""
            plot activations range=[-1,1]
            """#], #"""
            t.md:3:1: error: 'plot activations' needs at least one activation
               3 | plot activations range=[-1,1]
                 | ^~~~ usage: plot activations sigmoid tanh derivatives=true range=[-5,5]
            1 error
            """#),
        BadInput([#"""
            net = network 2-2-1 init=he seed=2 leak=0.2 w1=[[1,2],[3,4]] w2=[[5,6]]
            print net
            """#], #"""
            t.md:3:26: warning: 'init' has no effect: explicit weights are given
               3 | net = network 2-2-1 init=he seed=2 leak=0.2 w1=[[1,2],[3,4]] w2=[[5,6]]
                 |                          ^~ remove 'init='
            t.md:3:34: warning: 'seed' has no effect: explicit weights are given
               3 | net = network 2-2-1 init=he seed=2 leak=0.2 w1=[[1,2],[3,4]] w2=[[5,6]]
                 |                                  ^ remove 'seed='
            t.md:3:41: warning: 'leak' has no effect: no layer uses leakyrelu
               3 | net = network 2-2-1 init=he seed=2 leak=0.2 w1=[[1,2],[3,4]] w2=[[5,6]]
                 |                                         ^~~ remove 'leak='
            """#),
        BadInput([#"""
            data = moons n=60 \ noise=0.1
            """#], #"""
            t.md:3:19: error: '\' continues a statement only at the end of a line
               3 | data = moons n=60 \ noise=0.1
                 |                   ^ move the rest of the statement to the next line
            1 error
            """#),
        BadInput([#"""
            data = blobs centers=[[1 2]]
            """#], #"""
            t.md:3:26: error: expected ',' or ']' in a list, not '2'
               3 | data = blobs centers=[[1 2]]
                 |                          ^ separate list elements with commas: [1, 2, 3]
            1 error
            """#),
        BadInput([#"""
            net = network 2-x
            """#], #"""
            t.md:3:17: error: expected a layer size after '-', not 'x'
               3 | net = network 2-x
                 |                 ^ layer sizes are whole numbers, or one list to sweep: 2-[2,4]-1
            1 error
            """#),
        BadInput([#"""
            net = network 2-4-1 output=softmax hidden=step
            """#], #"""
            t.md:3:28: error: a softmax output needs at least 2 neurons, not 1
               3 | net = network 2-4-1 output=softmax hidden=step
                 |                            ^~~~~~~ for two classes use 1 output with sigmoid, or 2 with softmax
            1 error
            """#),
        BadInput([#"""
            data = moons n=60
            e = evaluate data on data
            """#], #"""
            t.md:4:14: error: 'data' is a dataset, not a model
               4 | e = evaluate data on data
                 |              ^~~~ 'data' was defined on line 3
            1 error
            """#),
        BadInput([#"""
            plot scatter data
            """#], #"""
            t.md:3:6: error: unknown plot kind 'scatter'
               3 | plot scatter data
                 |      ^~~~~~~ expected one of: data, boundary, loss, activations, hidden, network, surface
            1 error
            """#),
        BadInput([#"""
            data = moons n=10
            plot data data title=moons
            """#], #"""
            t.md:4:22: error: 'title' takes a string in double quotes, not moons
               4 | plot data data title=moons
                 |                      ^~~~~ write "moons"
            1 error
            """#),
        BadInput([#"""
            export 3 to "x.csv"
            """#], #"""
            t.md:3:8: error: expected a name or a reference such as t.output[1], not 3
               3 | export 3 to "x.csv"
                 |        ^
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-2-1
            t = trace net input=[1,2] target=[1] rate=0.5 loss=softmax
            """#], #"""
            t.md:5:52: error: loss 'softmax' needs a softmax output layer, but 'net' ends in sigmoid
               5 | t = trace net input=[1,2] target=[1] rate=0.5 loss=softmax
                 |                                                    ^~~~~~~ set output=softmax on 'net', or use loss=crossentropy
            1 error
            """#),
        BadInput([#"""
            expect
            """#], #"""
            t.md:3:7: error: 'expect' needs a comparison
               3 | expect
                 |       ^ for example: expect e.accuracy >= 0.9
            1 error
            """#),
        BadInput([#"""
            data = moons 'a'
            """#], #"""
            t.md:3:14: error: single quotes do not make a string
               3 | data = moons 'a'
                 |              ^ strings use double quotes: "…"
            1 error
            """#),
        // Literal datasets, plot keys, evaluate's show=, and no cascade after a broken statement.
        BadInput([#"""
            xor = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1]
            """#], #"""
            t.md:3:47: error: 'labels' has 3 values for 4 points
               3 | xor = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1]
                 |                                               ^~~~~~~ give one class per point
            1 error
            """#),
        BadInput([#"""
            b = points [[0,0],[0]] labels=[0,1]
            """#], #"""
            t.md:3:19: error: 'points' has rows of different lengths (2 and 1)
               3 | b = points [[0,0],[0]] labels=[0,1]
                 |                   ^~~ every row needs the same number of values
            1 error
            """#),
        BadInput([#"""
            c = points [[0,0]]
            """#], #"""
            t.md:3:5: error: 'points' needs 'labels='
               3 | c = points [[0,0]]
                 |     ^~~~~~ usage: data = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1,0]
            1 error
            """#),
        BadInput([#"""
            d = points [[0,0],[1,1]] labels=[0,2]
            """#], #"""
            t.md:3:33: error: class 1 has no point in 'labels'
               3 | d = points [[0,0],[1,1]] labels=[0,2]
                 |                                 ^~~~~ number the classes 0, 1, 2, … without gaps
            1 error
            """#),
        BadInput([#"""
            e = points [[0,0],[1,1]] labels=[0,0.5]
            """#], #"""
            t.md:3:33: error: 'labels' takes whole numbers from 0 to 99, not [0,0.5]
               3 | e = points [[0,0],[1,1]] labels=[0,0.5]
                 |                                 ^~~~~~~ one class per point, for example: [0, 1, 1, 0]
            1 error
            """#),
        BadInput([#"""
            f = points labels=[0]
            """#], #"""
            t.md:3:5: error: 'points' needs its points: a list of rows such as [[0,0],[1,1]]
               3 | f = points labels=[0]
                 |     ^~~~~~ usage: data = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1,0]
            1 error
            """#),
        BadInput([#"""
            data = moons n=60 $
            plot data data
            """#], #"""
            t.md:3:19: error: unexpected character '$'
               3 | data = moons n=60 $
                 |                   ^ names use ASCII letters, digits and '_'
            1 error
            """#),
        BadInput([#"""
            net = netwrk 2-2-1
            data = moons
            m = train net on data epochs=10 rate=0.1
            plot loss m
            """#], #"""
            t.md:3:7: error: unknown command 'netwrk'
               3 | net = netwrk 2-2-1
                 |       ^~~~~~ did you mean 'network'?
            1 error
            """#),
        BadInput([#"""
            a, b = split moons test=0.5 )
            plot data a
            plot data b
            """#], #"""
            t.md:3:29: error: unexpected character ')'
               3 | a, b = split moons test=0.5 )
                 |                             ^ names use ASCII letters, digits and '_'
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-2-1
            m = train net on data epoch=2000 rate=0.1
            """#], #"""
            t.md:5:23: error: unknown key 'epoch' for 'train'
               5 | m = train net on data epoch=2000 rate=0.1
                 |                       ^~~~~ did you mean 'epochs'?
            1 error
            """#),
        BadInput([#"""
            my-net = network 2-1
            """#], #"""
            t.md:3:1: error: 'my-net' is not a name
               3 | my-net = network 2-1
                 | ^~~~~~ names use letters, digits and '_': my_net
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            ms = train net on data epochs=10 rate=[0.1, 1]
            plot loss ms labels=["a"]
            """#], #"""
            t.md:6:21: error: 'labels' has 1 name for 2 curves
               6 | plot loss ms labels=["a"]
                 |                     ^~~~~ give one name per curve
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            ms = train net on data epochs=10 rate=[0.1, 1]
            plot loss ms labels=[a, b]
            """#], #"""
            t.md:6:22: error: 'labels' takes a string in double quotes, not a
               6 | plot loss ms labels=[a, b]
                 |                      ^ write "a"
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            m = train net on data epochs=10 rate=0.1
            plot loss m ylim=[1, 0]
            """#], #"""
            t.md:6:18: error: 'ylim' takes two finite numbers, smallest first, not [1,0]
               6 | plot loss m ylim=[1, 0]
                 |                  ^~~~~~ for example: ylim=[0, 1]
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            m = train net on data epochs=10 rate=0.1
            plot loss m log=true ylim=[0, 1]
            """#], #"""
            t.md:6:27: error: 'ylim' on a log axis must start above 0, not [0,1]
               6 | plot loss m log=true ylim=[0, 1]
                 |                           ^~~~~~ for example: ylim=[0.001, 1]
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            m = train net on data epochs=10 rate=0.1
            plot loss m legend=top-centre
            """#], #"""
            t.md:6:20: error: unknown legend position 'top-centre'
               6 | plot loss m legend=top-centre
                 |                    ^~~~~~~~~~ expected one of: auto, none, top-left, top-right, bottom-left, bottom-right
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            m = train net on data epochs=10 rate=0.1
            plot boundary m on data readout=maybe
            """#], #"""
            t.md:6:33: error: 'readout' takes true or false, not maybe
               6 | plot boundary m on data readout=maybe
                 |                                 ^~~~~
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            m = train net on data epochs=10 rate=0.1
            evaluate m on data show=tables
            """#], #"""
            t.md:6:25: error: unknown evaluation display 'tables'
               6 | evaluate m on data show=tables
                 |                         ^~~~~~ expected one of: all, summary, confusion, none
            1 error
            """#),
        BadInput([#"""
            data = moons
            plot data data labels=["x"]
            """#], #"""
            t.md:4:23: error: 'labels' has 1 name for 2 classes
               4 | plot data data labels=["x"]
                 |                       ^~~~~ give one name per class
            1 error
            """#),
        BadInput([#"""
            plot activations tanh relu labels=["only"]
            """#], #"""
            t.md:3:35: error: 'labels' has 1 name for 2 curves
               3 | plot activations tanh relu labels=["only"]
                 |                                   ^~~~~~~~ give one name per curve
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-[1,2]-1
            ms = train net on data epochs=10 rate=0.1
            plot boundary ms on data labels=["a", "b", "c"]
            """#], #"""
            t.md:6:33: error: 'labels' has 3 names for 2 panels
               6 | plot boundary ms on data labels=["a", "b", "c"]
                 |                                 ^~~~~~~~~~~~~~~ give one name per panel
            1 error
            """#),
        BadInput([#"""
            data = moons
            net = network 2-1
            m = train net on data epochs=10 rate=0.1 snapshots=[0, 10]
            plot boundary m on data scrub=snapshots labels=["a", "b"]
            """#], #"""
            t.md:6:48: error: 'labels' names models, but a snapshots scrubber's panels are named by their epochs
               6 | plot boundary m on data scrub=snapshots labels=["a", "b"]
                 |                                                ^~~~~~~~~~ remove 'labels'
            1 error
            """#),
        BadInput([#"""
            data = moons n=
            net = network 2-2-1
            m = train net on data epochs=10 rate=0.1
            """#], #"""
            t.md:3:16: error: expected a value after 'n='
               3 | data = moons n=
                 |                ^ write n=VALUE with no space after '='
            1 error
            """#),

    ]
}
