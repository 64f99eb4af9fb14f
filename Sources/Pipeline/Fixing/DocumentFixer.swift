import Formats
import Reporting
import RuleEngine
import TextCore

/// Fixes one file: checks it, applies the safe edits, and checks the result again until no
/// safe edit is left (a word tripled needs two passes), so that fixing a fixed file changes
/// nothing. Suppressions and the baseline apply as in `check`: a finding they hide is not
/// fixed.
public struct DocumentFixer {
    /// The most passes over one file; each removes at least one defect, and real text needs
    /// two at most.
    public static let maximumPasses = 5

    private let processor: DocumentProcessor
    private let planner: FixPlanner

    public init(processor: DocumentProcessor, book: RuleBook) {
        self.processor = processor
        planner = FixPlanner(book: book)
    }

    public struct Outcome: Sendable {
        /// The file's bytes once fixed (the same bytes when nothing was safe to fix).
        public var bytes: [UInt8]
        /// Every edit applied, pass by pass (offsets in the text of their pass).
        public var edits: [SafeEdit] = []
        /// Why the file was not fixed (it could not be read or checked), if so.
        public var problem: String?
    }

    /// Fixes `bytes`, the contents of the file at `path`, read as `format`.
    public func fix(_ bytes: [UInt8], path: String, format: InputFormat) -> Outcome {
        var outcome = Outcome(bytes: bytes)
        for _ in 0..<Self.maximumPasses {
            let report = processor.process(DocumentSource(index: 0, path: path, recordLine: nil, payload: .bytes(outcome.bytes), format: format))
            if let error = report.error {
                outcome.problem = error
                return outcome
            }
            let text: [UInt16]
            do {
                text = try TextDecoding.decode(outcome.bytes)
            } catch {
                outcome.problem = error.description
                return outcome
            }
            let edits = planner.plan(report, text: text, format: format)
            guard !edits.isEmpty else { return outcome }
            do {
                outcome.bytes = try ByteEditor.apply(edits, to: outcome.bytes)
            } catch {
                outcome.problem = error.description
                return outcome
            }
            outcome.edits += edits
        }
        return outcome
    }
}
