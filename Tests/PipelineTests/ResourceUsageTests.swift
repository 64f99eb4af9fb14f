@testable import Pipeline
import Testing

@Suite struct ResourceUsageTests {
    /// The peak comes from the current address space's high-water mark, not from
    /// `ru_maxrss` (which a process inherits from a large parent across exec).
    @Test func peakMemoryIsTheHighWaterMarkOfThisProcess() throws {
        let highWater = try #require(ResourceUsage.statusField("VmHWM:"))
        let resident = ResourceUsage.residentBytes
        #expect(resident > 1_000_000)
        #expect(highWater > 1_000_000)
        let peak = ResourceUsage.peakResidentBytes
        #expect(peak >= highWater && peak >= resident)
        // Far below what ru_maxrss would report if it were inflated; a sanity bound only.
        #expect(peak < 4_000_000_000)
        #expect(ResourceUsage.statusField("NoSuchField:") == nil)
    }
}
