import TextCore
import Testing

@Suite struct PartitionPointTests {
    @Test func findsTheFirstElementOfTheSecondPart() {
        let sorted = [1, 3, 3, 5, 8]
        #expect(sorted.partitionPoint { $0 >= 3 } == 1)
        #expect(sorted.partitionPoint { $0 > 3 } == 3)
        #expect(sorted.partitionPoint { $0 > 100 } == 5)
        #expect(sorted.partitionPoint { $0 > 0 } == 0)
        #expect([Int]().partitionPoint { $0 > 0 } == 0)
        // On a range, as the sentence look-ups use it.
        #expect((10..<20).partitionPoint { $0 * $0 > 200 } == 15)
    }
}
