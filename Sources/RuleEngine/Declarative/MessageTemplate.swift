/// A message or replacement with placeholders filled from a match: `{0}` is the whole match,
/// `{1}`, `{2}`... its capture groups; `{wrong}` and `{right}` in substitution rules.
struct MessageTemplate: Sendable {
    private enum Piece: Sendable {
        case literal(String)
        case placeholder(String)
    }

    private let pieces: [Piece]
    let placeholders: Set<String>

    init(_ template: String) {
        var pieces: [Piece] = []
        var literal = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{", let close = template[index...].firstIndex(of: "}"),
               template[template.index(after: index)..<close].allSatisfy({ $0.isLetter || $0.isNumber }),
               close > template.index(after: index) {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.placeholder(String(template[template.index(after: index)..<close])))
                index = template.index(after: close)
            } else {
                literal.append(character)
                index = template.index(after: index)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
        self.placeholders = Set(pieces.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } })
    }

    func render(_ values: (String) -> String?) -> String {
        pieces.map { piece in
            switch piece {
            case .literal(let text): return text
            case .placeholder(let name): return values(name) ?? "{\(name)}"
            }
        }.joined()
    }
}
