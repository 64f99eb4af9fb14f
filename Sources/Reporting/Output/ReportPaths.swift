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

/// File paths as URI references (RFC 3986), as SARIF's `artifactLocation.uri` must be.
enum URIReference {
    /// `path` percent-encoded: every byte of its UTF-8 but the unreserved characters and the
    /// `/` separators, so spaces, `#`, `?`, `%`, `:` and non-ASCII names survive a parser.
    static func encode(_ path: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(hex[Int(byte >> 4)])
                encoded.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return encoded
    }

    /// A `file:` URI for an absolute path.
    static func file(_ absolutePath: String) -> String { "file://" + encode(absolutePath) }
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
