import TextCore

/// Decides, for one paragraph, which straight double quotes (`"`, full-width `＂`) open a
/// quotation, which close one and which are strays, by the cheapest reading of the whole
/// paragraph rather than mark by mark.
///
/// A straight mark looks the same at both ends of a quotation, so reading left to right and
/// closing whatever is open lets one stray mark flip every later pair: in `said,"Go ahead!
/// "He gave me a word, and "the best"` the second mark would close the first quotation and
/// `"the` would close the one `"He` was taken to open. What a mark's neighbours say (a
/// space before and a word after opens; a word before and a space after closes) is evidence
/// that is mostly right, so each reading pays for every mark it takes against its neighbours
/// and for every stray, and the cheapest wins. Straight quotations do not nest (an inner
/// quotation takes single marks), so two states, outside and inside, suffice: linear in the
/// marks, like the rest of the quote grammar.
struct StraightQuotePlan {
    enum Action: Equatable {
        /// Opens a quotation.
        case open
        /// Opens a quotation; the quotation still open before it was never closed.
        case reopen
        case close
        /// Pairs with nothing: reported as unbalanced.
        case stray
        /// A prime or inch mark after a digit (`5'10"`), not a quotation mark.
        case prime
        /// Opens a line of a quotation that runs over several lines, as a new paragraph of a
        /// quotation opens again (`"I have seen much.⏎"Now about Lankhmar."`).
        case continuation
        /// Opens and closes a quotation inside a quotation (`"[diff "utf8doc"] x"`).
        case nestedOpen
        case nestedClose
    }

    /// The action for each mark, in order.
    let actions: [Action]

    /// What a mark's neighbours suggest, for the costs.
    struct Mark {
        let context: QuoteRole?
        /// A letter or digit right before, and whether a letter comes right after.
        let wordBefore: Bool
        let wordAfter: Bool
        /// After a digit and not before a capital: possibly a prime or an inch mark.
        let mayBePrime: Bool
        /// First on its line, after a line break and indentation.
        let startsLine: Bool
    }

    // Costs, in half-steps: a stray 4; a mark taken against unclear neighbours 1 to 3, against
    // clear ones 9, so that two strays never become one pair facing the wrong way.
    private static let strayCost = 4
    private static let primeInsideCost = 3
    private static let nestingCost = 3

    private static func openingCost(_ mark: Mark) -> Int {
        switch mark.context {
        case .open?: return 0
        case .close?: return 9
        default:
            if mark.wordAfter && !mark.wordBefore { return 1 }  // `said,"Go`
            if mark.wordBefore && !mark.wordAfter { return 3 }
            return 2
        }
    }

    private static func closingCost(_ mark: Mark) -> Int {
        switch mark.context {
        case .close?: return 0
        case .open?: return 9
        default:
            if mark.wordBefore && !mark.wordAfter { return 1 }
            if mark.wordAfter && !mark.wordBefore { return 3 }
            return 2
        }
    }

    /// `leftOpenIsFine`: the next paragraph takes the quotation up again, so a quotation open
    /// at the end costs nothing.
    // Long: the three states' transitions side by side read better than split up.
    init(_ marks: [Mark], leftOpenIsFine: Bool) {
        let count = marks.count
        let unreachable = Int.max / 4
        // Cost of the cheapest reading of the marks so far ending outside any quotation,
        // inside one, and inside a quotation nested in it; and the action that got there.
        var cost = [0, unreachable, unreachable]
        var came = [[Action]](repeating: [Action](repeating: .stray, count: count), count: 3)
        for (index, mark) in marks.enumerated() {
            let open = Self.openingCost(mark)
            let close = Self.closingCost(mark)
            let stray = mark.mayBePrime ? 0 : Self.strayCost
            let strayAction: Action = mark.mayBePrime ? .prime : .stray
            // Inside a quotation a mark after a digit more likely closes it (`the"core 4"of`)
            // unless a later mark closes it better (`"He is 5'10" tall," she said`).
            let strayInside = mark.mayBePrime ? Self.primeInsideCost : stray
            var next = [unreachable, unreachable, unreachable]
            // Each state's candidates in order of preference: the first of equals wins.
            func consider(_ state: Int, _ candidate: Int, _ action: Action) {
                if candidate < next[state] {
                    next[state] = candidate
                    came[state][index] = action
                }
            }
            // Outside: a stray first on a tie (the quotation was closed by an earlier mark,
            // as reading left to right would have it), else this mark closes.
            consider(0, cost[0] + stray, strayAction)
            consider(0, cost[1] + close, .close)
            // Inside: this mark opens, or passes as a stray, or opens anew giving up the
            // quotation open before it, or closes a nested quotation.
            consider(1, cost[0] + open, .open)
            consider(1, cost[1] + strayInside, strayAction)
            if mark.startsLine { consider(1, cost[1] + open, .continuation) }
            consider(1, cost[1] + Self.strayCost + open, .reopen)
            consider(1, cost[2] + close, .nestedClose)
            // Nested: this mark opens a quotation inside the open one, or passes as a stray.
            consider(2, cost[1] + open + Self.nestingCost, .nestedOpen)
            consider(2, cost[2] + strayInside, strayAction)
            cost = next
        }
        let endCost = leftOpenIsFine ? 0 : Self.strayCost
        let finals = [cost[0], cost[1] + endCost, cost[2] + 2 * endCost]
        var state = finals.indices.min { finals[$0] < finals[$1] } ?? 0
        var actions = [Action](repeating: .stray, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            let action = came[state][index]
            actions[index] = action
            switch action {
            case .open: state = 0
            case .close, .nestedOpen: state = 1
            case .nestedClose: state = 2
            case .reopen, .continuation, .stray, .prime: break
            }
        }
        self.actions = actions
    }
}
