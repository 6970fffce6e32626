/// The version of weave's engine: part of every block's cache key.
///
/// Change it whenever the same block source could compute different results (a new training
/// kernel, a changed plot, another number format), so no cached result from an older engine is
/// ever shown.
///
/// ```swift
/// BlockCache(directory: url).engineVersion == EngineVersion.current   // true
/// ```
public enum EngineVersion {
    public static let current = "weave-engine 6"
}
