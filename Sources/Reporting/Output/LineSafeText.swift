/// What a line-oriented report writes of text it did not choose — file names, record ids,
/// rule messages that quote the article, input errors. A line break there would let a file
/// called `x\n::add-mask::…` forge a CI log command, and an escape character would drive the
/// reader's terminal, so control characters (C0 except tab, DEL, C1) and the Unicode line and
/// paragraph separators are written as `<U+000A>`, the notation the text report already uses
/// for invisible characters.
enum LineSafeText {
    /// `text` with its unsafe characters, and those `alsoShown` picks, written as `<U+XXXX>`.
    static func of(_ text: String, alsoShowing alsoShown: (Unicode.Scalar) -> Bool = { _ in false }) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || alsoShown($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) || alsoShown(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
