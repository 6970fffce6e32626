/// `s = surface net on data weights=[w1, w2] x=[-4,4] y=[-4,4] from=[[-3,-3],[0,2]] rate=2 steps=2000`:
/// the loss of a network over two of its weights (the others held) on a grid, with the paths
/// gradient descent takes in those two weights from each start.
public struct SurfaceSpec: Hashable, Sendable {
    public var network: String
    public var dataset: String
    /// The two weights' numbers, w1…wK as the trace numbers them.
    public var weights: [Int]
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    /// Starting points (u, v) of the descents.
    public var starts: [[Double]]
    public var rate: Double
    public var steps: Int
    public var loss: LossName
    /// Grid points along each axis.
    public var resolution: Int

    public init(network: String, dataset: String, weights: [Int], x: ClosedRange<Double>, y: ClosedRange<Double>,
                starts: [[Double]], rate: Double, steps: Int, loss: LossName, resolution: Int = 33) {
        (self.network, self.dataset, self.weights, self.x, self.y) = (network, dataset, weights, x, y)
        (self.starts, self.rate, self.steps, self.loss, self.resolution) = (starts, rate, steps, loss, resolution)
    }

    /// The most descent steps one statement may take, over all its starts.
    public static let maximumSteps = 1_000_000
    public static let maximumStarts = 8
}
