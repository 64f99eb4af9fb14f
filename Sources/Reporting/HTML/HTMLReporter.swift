import Foundation
import RuleEngine

/// `--format html`: one self-contained page for the people who decide what is published — a
/// dashboard of the batch (rendered here, from `HTMLDashboard`) and, on demand, each article
/// with its findings highlighted in place (drawn in the browser from the documents' JSON,
/// the contract's own form, embedded in the page).
///
/// Documents are written to a spill file as they come, so a batch of any size keeps only the
/// dashboard's counters in memory; texts are embedded until `textBudget` UTF-16 units, and
/// the page says how many articles it shows without their text.
final class HTMLReporter: Reporter {
    private let output: ReportOutput
    private var tool: ToolInfo?
    private var dashboard = HTMLDashboard()
    private let spill = SpillFile()
    private var documents = SpillFile.Stretches()
    private var embeddedText = 0
    /// Text embedded in one page, all articles together (about 100 MB of HTML at most).
    static let textBudget = 50_000_000

    init(_ context: ReporterContext) {
        output = context.output
    }

    func begin(_ tool: ToolInfo) {
        self.tool = tool
    }

    func report(_ document: DocumentReport) {
        dashboard.add(document)
        var shown = document
        let size = (document.text?.utf16.count ?? 0) + (document.sourceText?.utf16.count ?? 0)
        if document.text != nil {
            if embeddedText + size > Self.textBudget {
                shown.text = nil
                shown.sourceText = nil
                dashboard.textsLeftOut += 1
            } else {
                embeddedText += size
            }
        }
        var json = JSONWriter()
        DocumentJSON.write(shown, to: &json)
        documents.add(spill.append((documents.pieces == 0 ? "" : ",\n") + Self.scriptSafe(json.output)))
    }

    func finish(_ summary: RunSummary) {
        let generated = ISO8601DateFormatter().string(from: Date())
        output.write(HTMLPage.head.render(dashboard.context(tool: tool, generated: generated)))
        output.write("<script type=\"application/json\" id=\"rule-notes\">" + Self.scriptSafe(Self.rulesJSON(tool?.rules ?? [])) + "</script>\n")
        output.write("<script type=\"application/json\" id=\"documents\">[\n")
        spill.copy(documents, to: output)
        output.write("\n]</script>\n")
        output.write(HTMLPage.tail)
        output.flush()
    }

    /// What the article view says about a finding's rule: its summary and why it matters.
    static func rulesJSON(_ rules: [RuleDescription]) -> String {
        var json = JSONWriter()
        json.beginObject()
        for rule in rules {
            json.key(rule.id.description)
            json.beginObject()
            json.field("summary", rule.summary)
            json.field("rationale", rule.rationale)
            json.endObject()
        }
        json.endObject()
        return json.output
    }

    /// JSON that can sit inside a `<script>` element: no `</script>`, no `<!--` can end or
    /// change it, because `<` appears only inside strings and is written `\u003c` there.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
