import TextCore
import Testing

@Suite struct ASCIISetTests {
    @Test func holdsExactlyItsMembersOnBothHalves() {
        let set = ASCIISet("!/{}~\u{00E9}")
        let members: Set<UInt16> = [0x21, 0x2F, 0x7B, 0x7D, 0x7E]
        for unit in UInt16(0)...UInt16(0x200) {
            #expect(set.contains(unit) == members.contains(unit), "U+\(String(unit, radix: 16))")
        }
    }
}
