// The cost of keeping snapshots: the tutorial's 2-h-2 networks (tanh, sigmoid, 60 moons, 30000
// full-batch iterations at rate 0.1) trained without snapshots, with 6 and with 20 (log-spaced),
// interleaved run by run so that a change in the machine's load touches all three alike.
// Built with NeuralNet in one optimized module by ../snapshot-cost.sh; prints medians.
import Foundation

let moons: Dataset = {
    var random = NumpyRandom(seed: 1)
    return Dataset.makeMoons(samples: 60, noise: 1.0, random: &random)
}()

func logSpaced(_ count: Int, _ epochs: Int) -> [Int] {
    guard count > 1 else { return [] }
    return Array(Set([0] + (1..<count).map { k in
        Int(Foundation.exp(Foundation.log(Double(epochs)) * Double(k) / Double(count - 1)).rounded())
    })).sorted()
}

let arguments = CommandLine.arguments
let runs = arguments.count > 1 ? Int(arguments[1]) ?? 7 : 7
let hiddenSizes = arguments.count > 2 ? arguments[2].split(separator: ",").compactMap { Int($0) } : [4, 10, 50]
let epochs = 30000

for h in hiddenSizes {
    let net = try! Network(sizes: [2, h, 2], activations: [.tanh, .sigmoid], initializer: .scaledNormal, seed: 3)
    var times: [Int: [Double]] = [0: [], 6: [], 20: []]
    var finals: [Int: Network] = [:]
    for _ in 0..<runs {
        for count in [0, 6, 20] {
            let config = TrainingConfiguration(epochs: epochs, rate: 0.1, loss: .binaryCrossEntropy,
                                               snapshots: logSpaced(count, epochs))
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try! Trainer(config).train(net, on: moons)
            times[count]!.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            precondition(result.snapshots.count == config.snapshots.count)
            if let earlier = finals[count] { precondition(earlier == result.network) }
            finals[count] = result.network
        }
    }
    precondition(finals[0] == finals[6] && finals[0] == finals[20], "snapshots changed the trained weights")
    func median(_ values: [Double]) -> Double { let s = values.sorted(); return s[s.count / 2] }
    let base = median(times[0]!)
    print("2-\(h)-2  none \(String(format: "%.4f", base)) s", terminator: "")
    for count in [6, 20] {
        let t = median(times[count]!)
        print("  \(count) snapshots \(String(format: "%.4f", t)) s (\(String(format: "%+.1f", (t / base - 1) * 100)) %)",
              terminator: "")
    }
    print("  [min none \(String(format: "%.4f", times[0]!.min()!)), 20: \(String(format: "%.4f", times[20]!.min()!))]")
}
