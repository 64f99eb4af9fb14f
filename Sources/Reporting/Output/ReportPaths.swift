/// Paths as CI systems want them: relative to the directory translint runs in (the
/// repository root in a CI job), with `/` separators.
enum ReportPaths {
    static func relative(_ path: String, to base: String?) -> String {
        guard let base, !base.isEmpty else { return path }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        return path
    }

    /// The artifact a document is reported against: its file, or for a JSONL record, the
    /// stream's file (standard input is `stdin`).
    static func artifact(_ report: DocumentReport, base: String?) -> String {
        guard let path = report.path, path != "-" else { return "stdin" }
        return relative(path, to: base)
    }
}

/// XML text and attribute escaping for the JUnit and Checkstyle reporters.
enum XML {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += "&#10;"
            case "\t": output += "&#9;"
            default:
                // XML 1.0 forbids most control characters even as references: show them.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) || (0xD800...0xDFFF).contains(scalar.value) {
                    output += "U+" + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
