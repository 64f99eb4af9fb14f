/// The roles a language's own quotation pairs give their marks, looked up for every
/// quotation mark and apostrophe of a document: a handful of entries, compared in turn
/// (hashing a mark into a dictionary cost more than comparing it with all of them).
struct QuoteRoles: Sendable, Equatable {
    private var marks: [UInt32] = []
    private var roles: [QuoteRole] = []

    init(_ table: [UInt32: QuoteRole] = [:]) {
        for (mark, role) in table.sorted(by: { $0.key < $1.key }) {
            marks.append(mark)
            roles.append(role)
        }
    }

    subscript(mark: UInt32) -> QuoteRole? {
        for (index, candidate) in marks.enumerated() where candidate == mark { return roles[index] }
        return nil
    }
}
