import NotebookLanguage

extension BlockKeys {
    /// The key of an inline value's number: the reference and the key of the value its name
    /// has now, so it changes exactly when a block it depends on changes.
    func key(of value: InlineValueSpec) -> CacheKey {
        var hasher = CacheKey.Hasher()
        hasher.add("weave inline value")
        hasher.add(engineVersion)
        hasher.add(notebookPath)
        hasher.add(value.value.description)
        hasher.add(valueKey(of: value.value.name)?.hex ?? "undefined")
        return hasher.key()
    }
}
