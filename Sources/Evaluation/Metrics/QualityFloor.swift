import Foundation
import RuleEngine

/// The lowest precision and recall each family may fall to, and the most false alarms per
/// 10,000 characters of clean text it may raise, as recorded in a checked-in file. A change
/// that trades quality away fails the floor test instead of landing silently.
///
/// ```json
/// {"tolerance": 3, "families": {"quotes": {"precision": 0.9, "recall": 0.85, "clean_per_10k": 0.5}}}
/// ```
public struct QualityFloor: Sendable, Equatable {
    public struct Limits: Sendable, Equatable {
        public var precision: Double?
        public var recall: Double?
        public var cleanPer10k: Double?
    }

    public var families: [RuleFamily: Limits]

    public init(families: [RuleFamily: Limits]) { self.families = families }

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let families = object["families"] as? [String: [String: Double]] else {
            throw AnnotationError(path: path, message: "a quality floor is {\"families\": {\"quotes\": {\"precision\": …, \"recall\": …, \"clean_per_10k\": …}}}")
        }
        var limits: [RuleFamily: Limits] = [:]
        for (name, values) in families {
            guard let family = RuleFamily.known(name) else { throw AnnotationError(path: path, message: "unknown family '\(name)'") }
            limits[family] = Limits(precision: values["precision"], recall: values["recall"], cleanPer10k: values["clean_per_10k"])
        }
        self.families = limits
    }

    /// Every way `result` falls below the floor, one line each (empty when it holds).
    public func violations(of result: Evaluator.Result) -> [String] {
        var problems: [String] = []
        for (family, limits) in families.sorted(by: { $0.key < $1.key }) {
            let counts = result.byFamily[family] ?? Counts()
            if let floor = limits.precision, (counts.precision ?? 0) < floor {
                problems.append("\(family.rawValue): precision \(Self.format(counts.precision)) is below the floor \(Self.format(floor))")
            }
            if let floor = limits.recall, (counts.recall ?? 0) < floor {
                problems.append("\(family.rawValue): recall \(Self.format(counts.recall)) is below the floor \(Self.format(floor))")
            }
            if let ceiling = limits.cleanPer10k, let rate = counts.cleanFindingsPer10k, rate > ceiling {
                problems.append("\(family.rawValue): \(Self.format(rate)) false alarms per 10,000 clean characters exceed the ceiling \(Self.format(ceiling))")
            }
        }
        return problems
    }

    /// The floor a result sets: each family's precision and recall rounded down to two
    /// decimals, its clean-text rate rounded up. Any loss of a finding then fails the floor.
    public static func recording(_ result: Evaluator.Result) -> QualityFloor {
        var limits: [RuleFamily: Limits] = [:]
        for (family, counts) in result.byFamily where counts.annotations + counts.findings + counts.cleanFindings > 0 {
            limits[family] = Limits(precision: counts.precision.map { ($0 * 100).rounded(.down) / 100 },
                                    recall: counts.recall.map { ($0 * 100).rounded(.down) / 100 },
                                    cleanPer10k: counts.cleanFindingsPer10k.map { ($0 * 100).rounded(.up) / 100 })
        }
        return QualityFloor(families: limits)
    }

    /// The floor as the JSON the loader reads.
    public var json: String {
        var lines = ["{", "  \"families\": {"]
        let sorted = families.sorted { $0.key < $1.key }
        for (index, (family, limits)) in sorted.enumerated() {
            var fields: [String] = []
            if let precision = limits.precision { fields.append("\"precision\": \(Self.format(precision))") }
            if let recall = limits.recall { fields.append("\"recall\": \(Self.format(recall))") }
            if let rate = limits.cleanPer10k { fields.append("\"clean_per_10k\": \(Self.format(rate))") }
            lines.append("    \"\(family.rawValue)\": {\(fields.joined(separator: ", "))}" + (index + 1 < sorted.count ? "," : ""))
        }
        lines += ["  }", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func format(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return String(format: "%.2f", value)
    }
}
