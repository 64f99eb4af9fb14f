/// A word list looked up for every word of a document (sentence starters, the first words of
/// substitutions), keyed by case-folded word hash, with a small value per member.
///
/// Mostly missed, so the table has eight slots per member: the first slot probed is then
/// almost always empty and the probe loop's branch is predicted.
struct WordHashSet: Sendable, Equatable {
    private var index: HashIndex

    /// Members and their values.
    init(_ members: some Sequence<(hash: UInt64, value: Int32)>, count: Int) {
        index = HashIndex(capacity: count, slotsPerKey: 8)
        for member in members { index.insertIfAbsent(member.hash, member.value) }
    }

    /// Members, each with the value 1.
    init(hashes: some Collection<UInt64>) {
        self.init(hashes.map { (hash: $0, value: Int32(1)) }, count: hashes.count)
    }

    /// Adds `hash` with `value` unless it is a member (the set grows as needed).
    mutating func insert(_ hash: UInt64, _ value: Int32) { index.insertIfAbsent(hash, value) }

    /// The value of the member `hash`, or nil.
    func value(for hash: UInt64) -> Int32? { index.value(for: hash) }

    func contains(_ hash: UInt64) -> Bool { index.value(for: hash) != nil }

    /// How many members the set has.
    var count: Int { index.count }

    /// The first position at or after `start` whose hash is a member, or `hashes.count`.
    func nextMember(in hashes: [UInt64], from start: Int) -> Int {
        index.withReader { reader in
            hashes.withUnsafeBufferPointer { hashes in
                var next = start
                while next < hashes.count, reader.value(for: hashes[next]) == nil { next += 1 }
                return next
            }
        }
    }
}
