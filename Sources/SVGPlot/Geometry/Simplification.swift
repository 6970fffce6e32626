/// Douglas–Peucker simplification of a run of pixel positions, open or closed.
///
/// A loss recorded at every one of 30000 iterations has far more points than a 480-pixel plot
/// can show, and a contour keeps a vertex in every grid cell it crosses. The first and last points
/// are kept; between them the point farthest from the chord is kept when it lies more than
/// `tolerance` pixels away, and both halves are treated the same way. The curve drawn moves by at
/// most `tolerance`, and every point kept is one of the input's, so two shapes that share a ring
/// and simplify it once still share it exactly.
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
        mark(points, from: 0, to: points.count - 1, tolerance: tolerance, keep: &keep)
        return zip(points, keep).compactMap { $1 ? $0 : nil }
    }

    /// A closed ring simplified the same way: it is cut at its first point and at the point
    /// farthest from it, and each half is simplified with its ends kept, so the ring stays closed
    /// and never shrinks to fewer than its two anchors (a ring of three points or fewer is kept).
    public static func douglasPeucker(ring points: [(Double, Double)], tolerance: Double) -> [(Double, Double)] {
        guard points.count > 3 else { return points }
        let (ax, ay) = points[0]
        var farthest = 1, distance = -1.0
        for index in 1..<points.count {
            let (px, py) = points[index]
            let d = (px - ax) * (px - ax) + (py - ay) * (py - ay)
            if d > distance {
                distance = d
                farthest = index
            }
        }
        // The ring as an open run that returns to its start, so the second half has both anchors.
        let run = points + [points[0]]
        var keep = [Bool](repeating: false, count: run.count)
        keep[0] = true
        keep[farthest] = true
        mark(run, from: 0, to: farthest, tolerance: tolerance, keep: &keep)
        mark(run, from: farthest, to: run.count - 1, tolerance: tolerance, keep: &keep)
        var kept: [(Double, Double)] = []
        for index in 0..<points.count where keep[index] { kept.append(points[index]) }
        // A ring needs three corners to enclose anything: keep the farthest point of each half
        // when the tolerance took everything else away.
        if kept.count < 3 { return Array(points.prefix(3)) }
        return kept
    }

    /// Marks the points to keep strictly between `first` and `last`.
    private static func mark(
        _ points: [(Double, Double)], from first: Int, to last: Int, tolerance: Double, keep: inout [Bool]
    ) {
        // An explicit stack instead of recursion: a long noisy curve could otherwise nest deeply.
        var pending = [(first, last)]
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
    }
}
