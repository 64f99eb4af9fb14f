/// The files (or JSONL streams) a run reported on, in the order they were first met, each
/// with what a reporter gathers for it. SARIF lists artifacts by index and Checkstyle groups
/// errors per file; both keep one entry per path however many documents a stream holds.
struct ArtifactTable<Entry> {
    private(set) var entries: [(path: String, entry: Entry)] = []
    private var indices: [String: Int] = [:]

    /// The index of `path`'s entry, made with `make` when the path is new.
    mutating func index(of path: String, _ make: () -> Entry) -> Int {
        if let index = indices[path] { return index }
        entries.append((path, make()))
        indices[path] = entries.count - 1
        return entries.count - 1
    }

    subscript(index: Int) -> Entry {
        get { entries[index].entry }
        // In place: a get-then-set would copy an entry's growing list on every addition.
        _modify { yield &entries[index].entry }
    }
}
