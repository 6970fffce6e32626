/// Douglas–Peucker simplification of a run of pixel positions.
///
/// A loss recorded at every one of 30000 iterations has far more points than a 480-pixel plot
/// can show. The first and last points are kept; between them the point farthest from the chord
/// is kept when it lies more than `tolerance` pixels away, and both halves are treated the same
/// way. The curve drawn moves by at most `tolerance`.
///
/// ```swift
/// Simplification.douglasPeucker([(0, 0), (1, 0.01), (2, 0)], tolerance: 0.1)   // [(0, 0), (2, 0)]
/// ```
public enum Simplification {
    public static func douglasPeucker(_ points: [(Double, Double)], tolerance: Double) -> [(Double, Double)] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        // An explicit stack instead of recursion: a long noisy curve could otherwise nest deeply.
        var pending = [(0, points.count - 1)]
        while let (first, last) = pending.popLast() {
            guard last - first > 1 else { continue }
            let (ax, ay) = points[first], (bx, by) = points[last]
            let dx = bx - ax, dy = by - ay
            let length = (dx * dx + dy * dy).squareRoot()
            var farthest = first, distance = -1.0
            for index in (first + 1)..<last {
                let (px, py) = points[index]
                // Distance to the chord: |cross(b − a, p − a)| / |b − a|, or to a when a = b.
                let d = length > 0
                    ? abs(dx * (py - ay) - dy * (px - ax)) / length
                    : ((px - ax) * (px - ax) + (py - ay) * (py - ay)).squareRoot()
                if d > distance {
                    distance = d
                    farthest = index
                }
            }
            if distance > tolerance {
                keep[farthest] = true
                pending.append((first, farthest))
                pending.append((farthest, last))
            }
        }
        return zip(points, keep).compactMap { $1 ? $0 : nil }
    }
}
