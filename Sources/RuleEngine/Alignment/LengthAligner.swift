import Foundation

/// Aligns two sequences of paragraphs or sentences by dynamic programming on their lengths,
/// after Gale & Church (1993): a translation's length is about `ratio` times its source's,
/// with a variance growing with the length, so the cost of linking items is how unlikely
/// their length difference is, plus the prior cost of the link's shape. What survives
/// translation (numbers, addresses, codes, names) pulls the right items together.
///
/// Links are 1:1, 2:1, 1:2, 1:0 and 0:1. The search is banded around the diagonal, so the
/// cost is linear in the number of items (the band widens with the difference in counts, up
/// to `maximumBand`).
struct LengthAligner {
    /// Expected target length per source unit of length.
    var ratio: Double
    /// Variance of the target length per unit of source length (Gale & Church: 6.8 for
    /// characters of European languages), scaled by the ratio for scripts of denser writing.
    var variance: Double = 6.8
    static let maximumBand = 400
    /// The most cells a search may fill (8 MB of costs): past it, items are linked in order.
    static let maximumCells = 1_000_000
    /// The cost of a 1:0 or 0:1 link per unit of (source-equivalent) length, past its prior.
    /// A line is a segment: one lost is no likelier for being short, so lines pay only the
    /// prior of their shape.
    static let gapCostPerUnit = 0.02
    var gapCost: Double { level == .lines ? 0 : Self.gapCostPerUnit }
    /// How far (in standard deviations) each link of an equal-count diagonal may miss for
    /// the diagonal to stand without a search.
    static let diagonalDelta = 1.5

    /// What is aligned: sentences merge and split in translation; paragraphs almost never
    /// do (a paragraph missing is far likelier than two run together).
    var level: Level = .sentences

    enum Level {
        case sentences, paragraphs
        /// Lines of texts that keep a segment per line: pipelines translate line by line, so
        /// two lines run together (a lost line break) are rarer than a line lost.
        case lines
    }

    /// The prior cost of each link shape: −log of its share in aligned text.
    private var shapeCost: [(source: Int, target: Int, cost: Double)] {
        switch level {
        case .sentences: return Self.sentenceShapes
        case .paragraphs: return Self.paragraphShapes
        case .lines: return Self.lineShapes
        }
    }

    private static let sentenceShapes: [(source: Int, target: Int, cost: Double)] = [
        (1, 1, -log(0.89)), (1, 0, -log(0.005)), (0, 1, -log(0.005)), (2, 1, -log(0.045)), (1, 2, -log(0.045)),
    ]
    private static let lineShapes: [(source: Int, target: Int, cost: Double)] = [
        (1, 1, -log(0.95)), (1, 0, -log(0.005)), (0, 1, -log(0.005)), (2, 1, -log(0.003)), (1, 2, -log(0.003)),
    ]
    private static let paragraphShapes: [(source: Int, target: Int, cost: Double)] = [
        (1, 1, -log(0.98)), (1, 0, -log(0.005)), (0, 1, -log(0.005)), (2, 1, -log(0.0002)), (1, 2, -log(0.0002)),
    ]

    func align(_ source: [AlignmentItem], _ target: [AlignmentItem]) -> [AlignmentBead] {
        var cells = 0
        return align(source, target, cells: &cells)
    }

    /// `align`, counting the cells of the search it fills (for the test that holds its cost
    /// linear in the number of items).
    func align(_ source: [AlignmentItem], _ target: [AlignmentItem], cells filled: inout Int) -> [AlignmentBead] {
        let n = source.count
        let m = target.count
        if n == 0 || m == 0 {
            return (0..<n).map { AlignmentBead(source: $0, sourceCount: 1, target: 0, targetCount: 0) }
                + (0..<m).map { AlignmentBead(source: n, sourceCount: 0, target: $0, targetCount: 1) }
        }
        // Most translations keep their paragraphs and sentences one for one: when every pair
        // of the diagonal is a plausible link, it is the alignment, without a search.
        if n == m, (0..<n).allSatisfy({ abs(delta(Double(source[$0].length), Double(target[$0].length))) < Self.diagonalDelta }) {
            return (0..<n).map { AlignmentBead(source: $0, sourceCount: 1, target: $0, targetCount: 1) }
        }
        let band = min(Self.maximumBand, 5 + abs(n - m))
        let width = 2 * band + 1
        // Far too many cells (a hundred thousand lines against fewer): linked in order.
        guard (n + 1) * width <= Self.maximumCells else { return Self.diagonal(n, m) }
        // Cell (i, j) of the band is at i * width + (j - lows[i]).
        let lows = (0...n).map { $0 * m / n - band }
        var cost = [Double](repeating: .infinity, count: (n + 1) * width)
        var move = [UInt8](repeating: 0, count: (n + 1) * width)
        func cell(_ i: Int, _ j: Int) -> Int? {
            let column = j - lows[i]
            return column >= 0 && column < width ? i * width + column : nil
        }
        // Lengths of runs of items from their running sums.
        let sourceSums = Self.runningSums(source)
        let targetSums = Self.runningSums(target)
        cost[cell(0, 0)!] = 0
        let shapes = shapeCost
        for i in 0...n {
            let from = max(0, lows[i])
            let to = min(m, lows[i] + width - 1)
            guard from <= to else { continue }
            for j in from...to where i > 0 || j > 0 {
                guard let here = cell(i, j) else { continue }
                filled += 1
                var best = Double.infinity
                var bestMove: UInt8 = 0
                for (index, shape) in shapes.enumerated() {
                    let pi = i - shape.source
                    let pj = j - shape.target
                    guard pi >= 0, pj >= 0, let previous = cell(pi, pj), cost[previous] < .infinity else { continue }
                    let total = cost[previous] + shape.cost
                        + linkCost(source[pi..<i], target[pj..<j], lengths: (sourceSums[i] - sourceSums[pi], targetSums[j] - targetSums[pj]))
                    if total < best {
                        best = total
                        bestMove = UInt8(index)
                    }
                }
                cost[here] = best
                move[here] = bestMove
            }
        }
        guard let end = cell(n, m), cost[end] < .infinity else {
            // The band missed the corner (cannot happen with the band above); link in order.
            return Self.diagonal(n, m)
        }
        return trace(move, from: n, m, cell: cell)
    }

    /// 0 and the lengths of the first 1, 2, … items.
    private static func runningSums(_ items: [AlignmentItem]) -> [Int] {
        var sums = [0]
        sums.reserveCapacity(items.count + 1)
        for item in items { sums.append(sums[sums.count - 1] + item.length) }
        return sums
    }

    /// The links, read back from the corner along the moves the search chose.
    private func trace(_ move: [UInt8], from n: Int, _ m: Int, cell: (Int, Int) -> Int?) -> [AlignmentBead] {
        var beads: [AlignmentBead] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let shape = shapeCost[Int(move[cell(i, j)!])]
            i -= shape.source
            j -= shape.target
            beads.append(AlignmentBead(source: i, sourceCount: shape.source, target: j, targetCount: shape.target))
        }
        return beads.reversed()
    }

    /// The alignment with each 2:1 link that is far too short for both its sources, but fits
    /// one of them, cut into that 1:1 and a 1:0 (and 1:2 links likewise into 1:1 and 0:1).
    /// Length costs alone prefer merging a dropped sentence into its neighbour's link: a
    /// 1:0 link costs more than a poor 2:1 one. The lengths decide here, not the priors.
    func refined(_ beads: [AlignmentBead], _ source: [AlignmentItem], _ target: [AlignmentItem]) -> [AlignmentBead] {
        var result: [AlignmentBead] = []
        for bead in beads {
            if bead.sourceCount == 2, bead.targetCount == 1 {
                let targetLength = Double(target[bead.target].length)
                let both = delta(Double(source[bead.source].length + source[bead.source + 1].length), targetLength)
                let first = delta(Double(source[bead.source].length), targetLength)
                let second = delta(Double(source[bead.source + 1].length), targetLength)
                if both < -Self.cutDelta, min(abs(first), abs(second)) < Self.fitDelta {
                    let keepsFirst = abs(first) <= abs(second)
                    let kept = AlignmentBead(source: keepsFirst ? bead.source : bead.source + 1, sourceCount: 1, target: bead.target, targetCount: 1)
                    let dropped = AlignmentBead(source: keepsFirst ? bead.source + 1 : bead.source, sourceCount: 1, target: keepsFirst ? bead.target + 1 : bead.target, targetCount: 0)
                    result += keepsFirst ? [kept, dropped] : [dropped, kept]
                    continue
                }
            }
            if bead.sourceCount == 1, bead.targetCount == 2 {
                let sourceLength = Double(source[bead.source].length)
                let both = delta(sourceLength, Double(target[bead.target].length + target[bead.target + 1].length))
                let first = delta(sourceLength, Double(target[bead.target].length))
                let second = delta(sourceLength, Double(target[bead.target + 1].length))
                if both > Self.additionCutDelta, min(abs(first), abs(second)) < Self.fitDelta {
                    let keepsFirst = abs(first) <= abs(second)
                    let kept = AlignmentBead(source: bead.source, sourceCount: 1, target: keepsFirst ? bead.target : bead.target + 1, targetCount: 1)
                    let added = AlignmentBead(source: keepsFirst ? bead.source + 1 : bead.source, sourceCount: 0, target: keepsFirst ? bead.target + 1 : bead.target, targetCount: 1)
                    result += keepsFirst ? [kept, added] : [added, kept]
                    continue
                }
            }
            result.append(bead)
        }
        return result
    }

    /// The paragraph alignment with a paragraph linked to nothing next to a 1:1 link whose
    /// translation is far too long for its own source but fits both: two paragraphs run
    /// together (a lost line break), made a 2:1 link (1:2 likewise). Paragraphs merge so
    /// rarely that the search prefers an omission; the lengths decide here.
    func merged(_ beads: [AlignmentBead], _ source: [AlignmentItem], _ target: [AlignmentItem]) -> [AlignmentBead] {
        var result: [AlignmentBead] = []
        var index = 0
        while index < beads.count {
            let bead = beads[index]
            if index + 1 < beads.count, let joined = join(bead, beads[index + 1], source, target) {
                result.append(joined)
                index += 2
                continue
            }
            result.append(bead)
            index += 1
        }
        return result
    }

    private func join(_ first: AlignmentBead, _ second: AlignmentBead, _ source: [AlignmentItem], _ target: [AlignmentItem]) -> AlignmentBead? {
        let pair = [first, second]
        guard let single = pair.first(where: { $0.sourceCount == 1 && $0.targetCount == 1 }) else { return nil }
        let sourceLength = Double(source[single.source].length)
        let targetLength = Double(target[single.target].length)
        if let lone = pair.first(where: { $0.sourceCount == 1 && $0.targetCount == 0 }) {
            let both = sourceLength + Double(source[lone.source].length)
            guard delta(sourceLength, targetLength) > Self.cutDelta, abs(delta(both, targetLength)) < Self.fitDelta else { return nil }
            return AlignmentBead(source: min(single.source, lone.source), sourceCount: 2, target: single.target, targetCount: 1)
        }
        if let lone = pair.first(where: { $0.sourceCount == 0 && $0.targetCount == 1 }) {
            let both = targetLength + Double(target[lone.target].length)
            guard delta(sourceLength, targetLength) < -Self.cutDelta, abs(delta(sourceLength, both)) < Self.fitDelta else { return nil }
            return AlignmentBead(source: single.source, sourceCount: 1, target: min(single.target, lone.target), targetCount: 2)
        }
        return nil
    }

    /// How far (in standard deviations) a 2:1 or 1:2 link must miss, and how well one of its
    /// parts must fit, for `refined` to cut it.
    static let cutDelta = 2.0
    /// Cutting a 1:2 link into an addition asks more: translators add explanations.
    static let additionCutDelta = 3.0
    static let fitDelta = 1.0

    /// The length difference in standard deviations (negative: the target is short).
    func delta(_ sourceLength: Double, _ targetLength: Double) -> Double {
        let mean = max(1, (sourceLength + targetLength / ratio) / 2)
        return (targetLength - sourceLength * ratio) / (mean * variance * ratio).squareRoot()
    }

    /// Whether one source item and one target item are linked (1:1) rather than each left
    /// without counterpart (1:0 and 0:1): the search's answer for two items, without its
    /// tables (most linked groups of a segment-per-line text are a line each).
    func linksSingle(_ source: AlignmentItem, _ target: AlignmentItem) -> Bool {
        if abs(delta(Double(source.length), Double(target.length))) < Self.diagonalDelta { return true }
        let shapes = shapeCost
        let linked = shapes[0].cost + linkCost(CollectionOfOne(source), CollectionOfOne(target))
        let apart = shapes[1].cost + shapes[2].cost + linkCost(CollectionOfOne(source), EmptyCollection()) + linkCost(EmptyCollection(), CollectionOfOne(target))
        return linked <= apart
    }

    /// The cost of linking `source` items with `target` items, past the shape's prior.
    private func linkCost(_ source: some Collection<AlignmentItem>, _ target: some Collection<AlignmentItem>, lengths: (Int, Int)? = nil) -> Double {
        let sourceLength = lengths?.0 ?? source.reduce(0) { $0 + $1.length }
        let targetLength = lengths?.1 ?? target.reduce(0) { $0 + $1.length }
        // A sentence without counterpart is not a length mismatch: Gale & Church's length
        // cost of linking a long sentence with nothing makes merging it into a neighbour's
        // link always cheaper, and omissions would never be found. Its cost grows mildly
        // with its length instead.
        if source.isEmpty || target.isEmpty {
            let length = source.isEmpty ? Double(targetLength) / ratio : Double(sourceLength)
            // Every anchor of a lone item is unmatched.
            let anchors = source.reduce(0) { $0 + $1.anchors.count } + target.reduce(0) { $0 + $1.anchors.count }
            return gapCost * length + 0.8 * Double(min(anchors, 4))
        }
        var total = lengthCost(Double(sourceLength), Double(targetLength))
        total += anchorCost(source, target)
        return total
    }

    /// −log of the probability of a length difference at least this large.
    private func lengthCost(_ sourceLength: Double, _ targetLength: Double) -> Double {
        if sourceLength == 0 && targetLength == 0 { return 0 }
        return Self.tailCost(abs(delta(sourceLength, targetLength)))
    }

    /// Shared anchors lower the cost; anchors on one side only raise it. Items hold a few
    /// anchors each, so the counting is plain loops, without allocating (it runs for every
    /// cell of the band and every link shape).
    private func anchorCost(_ source: some Collection<AlignmentItem>, _ target: some Collection<AlignmentItem>) -> Double {
        func holds(_ items: some Collection<AlignmentItem>, _ anchor: UInt64) -> Bool {
            for item in items where item.anchors.contains(anchor) { return true }
            return false
        }
        var shared = 0
        var unmatched = 0
        for item in source {
            for anchor in item.anchors { if holds(target, anchor) { shared += 1 } else { unmatched += 1 } }
        }
        for item in target {
            for anchor in item.anchors where !holds(source, anchor) { unmatched += 1 }
        }
        var weakShared = 0
        for sourceItem in source where !sourceItem.weakAnchors.isEmpty {
            for targetItem in target { weakShared += AlignmentItem.sharedCount(sourceItem.weakAnchors, targetItem.weakAnchors) }
        }
        return -1.5 * Double(min(shared, 4)) + 0.8 * Double(min(unmatched, 4)) - 0.7 * Double(min(weakShared, 4))
    }

    /// −log of the two-sided tail probability of the standard normal distribution beyond
    /// `z`, from a table in steps of 0.01 (the search asks it for every cell and link shape).
    static func tailCost(_ z: Double) -> Double {
        let index = Int(z * 100)
        return index < tailCosts.count ? tailCosts[index] : tailCosts[tailCosts.count - 1]
    }

    private static let tailCosts: [Double] = (0...1000).map { step in
        -log(max(2 * (1 - normalCDF(Double(step) / 100)), 1e-12))
    }

    /// Φ(x) of the standard normal distribution.
    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    static func diagonal(_ n: Int, _ m: Int) -> [AlignmentBead] {
        var beads: [AlignmentBead] = []
        for index in 0..<max(n, m) {
            beads.append(AlignmentBead(source: min(index, n), sourceCount: index < n ? 1 : 0, target: min(index, m), targetCount: index < m ? 1 : 0))
        }
        return beads
    }
}
