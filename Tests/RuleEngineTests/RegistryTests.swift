import Foundation
import RuleEngine
import TestSupport
import Testing

/// The registry and the detector files agree: a detector written but not registered would
/// never run, and nothing else would notice.
@Suite struct RegistryTests {
    /// The names of the types conforming to `Detector` declared under `Detectors/`.
    static func detectorTypes() throws -> [String] {
        let folder = Repository.path("Sources/RuleEngine/Detectors")
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        let declaration = try NSRegularExpression(pattern: #"^(?:public )?struct (\w+): Detector\b"#, options: .anchorsMatchLines)
        return try files.flatMap { file -> [String] in
            let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(file), encoding: .utf8)
            return declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range(at: 1)) }
        }.sorted()
    }

    @Test func everyDetectorIsRegisteredOnce() throws {
        let types = try Self.detectorTypes()
        #expect(types.count >= 30)
        let registry = try String(contentsOfFile: Repository.path("Sources/RuleEngine/Engine/BuiltinRules.swift"), encoding: .utf8)
        for type in types {
            #expect(registry.components(separatedBy: "DetectorFactory(\(type).self)").count == 2, "\(type) is declared under Detectors/ but not registered once in BuiltinRules.all")
        }
        #expect(BuiltinRules.all.count == types.count, "the registry has entries for types that are not under Detectors/")
        #expect(Set(BuiltinRules.all.map(\.id)).count == BuiltinRules.all.count, "two registry entries share an id")
    }

    /// Descriptions are static, with `{parameter}` placeholders that each instance fills with
    /// its own values; no placeholder is left in a built rule's description.
    @Test func descriptionsAreStaticAndInstancesFillTheirParameters() throws {
        #expect(RepeatedPassageRule.description.summary.contains("{min-words}"))
        #expect(try RepeatedPassageRule().description.summary.contains("repeats 8 or more"))
        #expect(try RepeatedPassageRule(parameters: RuleParameters(["min-words": .number(12)])).description.summary.contains("repeats 12 or more"))
        for factory in BuiltinRules.all {
            let description = try factory.instantiate().description
            #expect(!description.summary.contains("{") && !description.rationale.contains("{"), "\(factory.id): a placeholder is left unfilled")
            #expect(description.id == factory.id)
        }
    }

    /// A detector lives in the folder of its family.
    @Test func detectorsLiveInTheirFamilysFolder() throws {
        for factory in BuiltinRules.all {
            let family = factory.id.family.rawValue
            let folder = Repository.path("Sources/RuleEngine/Detectors/\(family.prefix(1).uppercased() + family.dropFirst())")
            #expect(FileManager.default.fileExists(atPath: folder), "\(factory.id): no folder Detectors/\(family)")
        }
    }
}
