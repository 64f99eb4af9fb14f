import RuleEngine

/// `--format gitlab`: GitLab Code Quality JSON (an array of issues with description,
/// check_name, fingerprint, severity and location), shown in merge requests. Fingerprints
/// combine the document and the finding's own fingerprint, so they are unique and stable.
final class GitLabReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    /// Issues are written as they come (memory stays flat on any batch); this says whether
    /// the array has been opened.
    private var written = 0
    /// The fingerprints given to the current document, as 128 bits each. Keys name the
    /// document (path and id), so only issues of one document can share one: the set is
    /// emptied when the next document starts, and memory stays flat on any batch.
    private var fingerprints = Set<Hash128>()
    /// The documents (path and id) seen so far, 16 bytes each, and how often those seen more
    /// than once came back: a document that comes back later in the batch (a repeated id in
    /// a stream) has its keys numbered, so its fingerprints differ from the first one's.
    private var identities = Set<Hash128>()
    private var returns: [Hash128: Int] = [:]
    private var currentIdentity: Hash128?
    private var salt = ""
    /// For each key seen more than once, the salt its next duplicate starts from, so a key
    /// repeated n times costs n hashes, not n²/2.
    private var nextAttempt: [Hash128: Int] = [:]

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    static func severity(_ severity: Severity?) -> String {
        switch severity {
        case nil: return "blocker"
        case .critical: return "critical"
        case .major: return "major"
        case .minor: return "minor"
        }
    }

    func report(_ document: DocumentReport) {
        let path = ReportPaths.artifact(document, base: base)
        let identity = FingerprintHasher.hash("\(path)\u{0}\(document.id ?? "")")
        if identity != currentIdentity {
            currentIdentity = identity
            fingerprints.removeAll(keepingCapacity: true)
            nextAttempt.removeAll(keepingCapacity: true)
            if identities.insert(identity).inserted {
                salt = ""
            } else {
                let count = (returns[identity] ?? 1) + 1
                returns[identity] = count
                salt = "\u{0}#\(count)"
            }
        }
        for issue in CodeIssue.issues(of: document, path: path) {
            let value: JSONValue = [
                "description": .string(issue.message),
                "check_name": .string(issue.check),
                "fingerprint": .string(uniqueFingerprint(issue.key + salt)),
                "severity": .string(Self.severity(issue.severity)),
                "location": ["path": .string(issue.path), "lines": ["begin": .int(issue.line)]],
            ]
            output.write((written == 0 ? "[\n  " : ",\n  ") + value.serialized)
            written += 1
        }
    }

    /// The first 32 hex digits of the key's SHA-256, salted until no earlier issue has them
    /// (two identical findings in one document need two fingerprints).
    private func uniqueFingerprint(_ key: String) -> String {
        let first = String(SHA256.hex(key).prefix(32))
        let keyHash = FingerprintHasher.hash(first)
        if fingerprints.insert(keyHash).inserted { return first }
        var attempt = nextAttempt[keyHash] ?? 2
        var fingerprint = String(SHA256.hex(key + "\u{0}\(attempt)").prefix(32))
        while !fingerprints.insert(FingerprintHasher.hash(fingerprint)).inserted {
            attempt += 1
            fingerprint = String(SHA256.hex(key + "\u{0}\(attempt)").prefix(32))
        }
        nextAttempt[keyHash] = attempt + 1
        return fingerprint
    }

    func finish(_ summary: RunSummary) {
        output.write(written == 0 ? "[]\n" : "\n]\n")
        output.flush()
    }
}
