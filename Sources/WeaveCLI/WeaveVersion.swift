/// weave's version, in one place: `weave --version` prints it, `weave init`'s workflow builds
/// its tag, and CHANGELOG.md's newest release names it (a test checks that they agree).
///
/// The block cache does not use it: cached results are keyed by `EngineVersion.current` and the
/// weave binary's own size and modification time (`ExecutableStamp`).
public enum WeaveVersion {
    public static let current = "0.1.0"
    /// The git tag of this release.
    public static let tag = "v" + current
    /// Where weave's source is published: the repository `weave init`'s workflow builds from.
    public static let repository = "https://github.com/weave-notebooks/weave.git"
}
