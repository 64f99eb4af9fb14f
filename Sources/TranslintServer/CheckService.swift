import Foundation
import Hummingbird
import NIOCore
import Pipeline
import Reporting
import RuleEngine

/// What every endpoint shares: the settings, the rule sets, the workers and the metrics.
struct CheckService: Sendable {
    let settings: ServerSettings
    let catalog: RuleSetCatalog
    let workers: CheckWorkers
    let metrics: ServerMetrics
    let languages = LanguageList()

    init(settings: ServerSettings, catalog: RuleSetCatalog) {
        self.settings = settings
        self.catalog = catalog
        workers = CheckWorkers(catalog: catalog, workers: settings.workers, queueLength: settings.queueLength)
        metrics = ServerMetrics()
    }

    /// Runs `body` on a worker; a full queue is a 503.
    func onWorker<Result: Sendable>(_ body: @escaping @Sendable (WorkerProcessors) -> Result) async throws -> Result {
        do {
            return try await workers.run(body)
        } catch is CheckWorkers.Busy {
            metrics.recordRefusal()
            throw APIError.busy
        }
    }

    func check(_ check: TextCheck) async throws -> TextCheck.Outcome {
        try await onWorker { check.run($0) }
    }

    /// Refuses a request without the token, when the server has one: as
    /// `Authorization: Bearer TOKEN` or as LanguageTool's `apiKey` parameter.
    func authorize(_ request: Request, apiKey: String? = nil) throws {
        guard let token = settings.token else { return }
        let header = request.headers[.authorization] ?? ""
        let given = header.hasPrefix("Bearer ") ? String(header.dropFirst(7)) : apiKey
        guard let given, Self.constantTimeEqual(Array(given.utf8), Array(token.utf8)) else {
            var error = APIError(.unauthorized, "this server needs a token: Authorization: Bearer TOKEN (or apiKey=TOKEN)")
            error.headers[.wwwAuthenticate] = "Bearer"
            throw error
        }
    }

    /// Compares without stopping at the first difference, so timing does not reveal a prefix.
    private static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// The body, at most the request limit (413 beyond it), in full within the body time
    /// limit (408 after it: a client that stops sending mid-body holds no worker and gets an
    /// answer, not a silent close).
    func body(of request: Request) async throws -> ByteBuffer {
        let limit = settings.maximumRequestBytes
        let seconds = settings.bodyTimeoutSeconds
        let body = request.body
        do {
            return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: limit) }
                group.addTask {
                    try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else {
                    throw APIError(.requestTimeout, "the request body did not arrive within \(seconds) seconds")
                }
                return buffer
            }
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw APIError.tooLarge("the request body is over this server's limit of \(settings.maximumRequestBytes) bytes")
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge("the request body is over this server's limit of \(settings.maximumRequestBytes) bytes")
        }
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}
