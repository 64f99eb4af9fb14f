/// A link of an alignment: `sourceCount` consecutive source items with `targetCount`
/// consecutive target items, starting at `source` and `target`. 1:0 is a source item with
/// no counterpart (an omission), 0:1 a target item with none (an addition).
public struct AlignmentBead: Sendable, Equatable {
    public var source: Int
    public var sourceCount: Int
    public var target: Int
    public var targetCount: Int

    public init(source: Int, sourceCount: Int, target: Int, targetCount: Int) {
        self.source = source
        self.sourceCount = sourceCount
        self.target = target
        self.targetCount = targetCount
    }

    public var sources: Range<Int> { source..<(source + sourceCount) }
    public var targets: Range<Int> { target..<(target + targetCount) }
    /// "1:1", "2:1", "1:0"…
    public var shape: String { "\(sourceCount):\(targetCount)" }
}
