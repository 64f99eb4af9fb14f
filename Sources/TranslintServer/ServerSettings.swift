/// How `translint serve` listens and what it accepts. The defaults suit an editor's
/// extension on the same machine; a newsroom server sets a token and its own limits.
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8081
    /// Required (as `Authorization: Bearer …` or LanguageTool's `apiKey` parameter) on every
    /// endpoint but `/healthz`; without one the server binds to loopback only.
    public var token: String?
    /// Largest request body, in bytes (413 beyond it).
    public var maximumRequestBytes = 2 << 20
    /// Longest text one request may check, in UTF-16 units (413 beyond it).
    public var maximumTextLength = 500_000
    /// How long a check may take; texts longer than `chunkLength` are checked chunk by chunk
    /// and a response cut short by the limit says so (`warnings.incompleteResults`).
    public var timeLimitSeconds = 10.0
    /// Texts longer than this are checked in chunks of whole paragraphs of about this size.
    public var chunkLength = 100_000
    /// Checks running at once; each worker holds its own ICU handles.
    public var workers = 2
    /// Requests waiting for a worker; one more is answered 503 with `Retry-After`.
    public var queueLength = 8
    /// Seconds a request body may take to arrive in full (408 after that).
    public var bodyTimeoutSeconds = 10.0
    /// Seconds a connection may stay silent (a body that never ends) before it is closed.
    public var idleTimeoutSeconds = 30

    public init() {}

    /// Whether `host` is a loopback address, the only kind served without a token.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }
}
