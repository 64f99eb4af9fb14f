import TextCore

/// Columns a string takes in a terminal: East Asian wide characters take two, combining
/// marks and invisible characters none. Used to put a marker under a span.
enum TerminalWidth {
    static func of(_ string: Substring) -> Int {
        string.unicodeScalars.reduce(0) { $0 + width($1.value) }
    }

    static func width(_ scalar: UInt32) -> Int {
        let properties = CharacterClass.of(scalar)
        if properties.contains(.mark) || properties.contains(.invisible) { return 0 }
        switch scalar {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
