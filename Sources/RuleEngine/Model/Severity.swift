/// How much a finding hurts, in MQM terms. The raw value is the MQM penalty multiplier.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    /// Noticeable but does not impede understanding (a doubled space).
    case minor
    /// Disturbs reading or changes meaning locally (a misplaced closing quote).
    case major
    /// Makes the text unpublishable (garbled encoding across a passage).
    case critical

    /// MQM's linear penalty multiplier: minor 1, major 5, critical 25.
    public var multiplier: Double {
        switch self {
        case .minor: return 1
        case .major: return 5
        case .critical: return 25
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.multiplier < rhs.multiplier }
}
