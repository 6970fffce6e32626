/// Points coloured and shaped by class: class 0 red circles, class 1 blue squares, then green
/// triangles and so on, each with a thin dark edge.
///
/// ```swift
/// let data = Scatter(x: [0.1, 0.9], y: [0.2, 0.8], classes: [0, 1], classNames: ["no", "yes"])
/// ```
public struct Scatter: Equatable, Sendable {
    public var points: [Point]
    /// The class of each point, from 0.
    public var classes: [Int]
    /// Legend names of the classes; missing names become "class 0", "class 1", ….
    public var classNames: [String]
    /// The radius of a circle marker in pixels.
    public var radius: Double

    public init(points: [Point], classes: [Int], classNames: [String] = [], radius: Double = 3.5) {
        precondition(points.count == classes.count, "every point needs a class")
        precondition(classes.allSatisfy { $0 >= 0 }, "classes are numbered from 0")
        self.points = points
        self.classes = classes
        self.classNames = classNames
        self.radius = radius
    }

    public init(x: [Double], y: [Double], classes: [Int], classNames: [String] = [], radius: Double = 3.5) {
        precondition(x.count == y.count, "x and y need the same number of values")
        self.init(points: zip(x, y).map { Point($0, $1) }, classes: classes, classNames: classNames, radius: radius)
    }

    /// The classes present, ascending.
    var presentClasses: [Int] {
        Array(Set(classes)).sorted()
    }

    /// The classes present in the data, in order, with their names (for keys and descriptions).
    public var presentClassNames: [(index: Int, name: String)] {
        presentClasses.map { ($0, name(ofClass: $0)) }
    }

    func name(ofClass index: Int) -> String {
        index < classNames.count ? classNames[index] : "class \(index)"
    }

    /// "60 points in 2 classes: 30 class 0, 30 class 1".
    var summary: String {
        let counts = presentClasses.map { index in "\(classes.filter { $0 == index }.count) \(name(ofClass: index))" }
        let noun = points.count == 1 ? "point" : "points"
        let classNoun = counts.count == 1 ? "class" : "classes"
        return "\(points.count) \(noun) in \(counts.count) \(classNoun): " + counts.joined(separator: ", ")
    }
}
