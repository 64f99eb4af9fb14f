import Foundation
import Hummingbird
import Logging
import NIOCore

/// `translint serve`: the LanguageTool API and the native API on one Hummingbird server.
/// The CLI only wires flags into `ServerSettings` and a rule-set loader and calls `run()`.
public struct TranslintServer: Sendable {
    let service: CheckService
    let logger: Logger

    public init(settings: ServerSettings, catalog: RuleSetCatalog, logger: Logger = Logger(label: "translint.serve")) throws {
        if settings.token == nil, !settings.isLoopback {
            throw ServerSetupError("serving \(settings.host), which is not a loopback address, needs a token (--token-file FILE)")
        }
        service = CheckService(settings: settings, catalog: catalog)
        self.logger = logger
    }

    public struct ServerSetupError: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// The routes, for the server and for in-process tests.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: LogRequestsMiddleware(.debug))
        let service = self.service
        let languageTool = LanguageToolAPI(service: service)
        let native = NativeAPI(service: service)
        router.get("/healthz") { _, _ in
            let snapshot = service.catalog.snapshot
            var json = JSONText()
            json.object { json in
                json.field("status", "ok")
                json.key("rule_sets")
                json.array { json in for name in snapshot.books.keys.sorted() { json.string(name) } }
                json.field("generation", snapshot.generation)
            }
            return CheckService.json(json.text)
        }
        router.get("/metrics") { request, _ in
            try service.authorize(request)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: service.metrics.exposition(load: service.workers.load))))
        }
        router.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml"], body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
        }
        router.get("/v2/languages") { request, _ in
            try service.authorize(request, apiKey: request.uri.queryParameters["apiKey"].map(String.init))
            return languageTool.languagesResponse()
        }
        let checkHandler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let fields = try await Self.formFields(request, service: service)
            try service.authorize(request, apiKey: fields["apiKey"])
            return try await languageTool.check(fields)
        }
        router.post("/v2/check", use: checkHandler)
        router.get("/v2/check", use: checkHandler)
        router.post("/v1/check") { request, _ in
            try service.authorize(request)
            return try await native.check(request)
        }
        router.post("/v1/batch") { request, _ in
            try service.authorize(request)
            return try native.batch(request)
        }
        router.get("/v1/rules") { request, _ in
            try service.authorize(request)
            return try native.rules(request)
        }
        return router
    }

    /// LanguageTool's parameters: the query string, then a form-encoded body.
    static func formFields(_ request: Request, service: CheckService) async throws -> FormFields {
        var fields = FormFields()
        do {
            if let query = request.uri.query { try fields.add(Array(query.utf8)) }
            let body = try await service.body(of: request)
            let contentType = request.headers[.contentType]?.lowercased() ?? ""
            if body.readableBytes > 0 {
                guard contentType.isEmpty || contentType.hasPrefix("application/x-www-form-urlencoded") else {
                    throw APIError(.unsupportedMediaType, "send the parameters form-encoded (application/x-www-form-urlencoded), as LanguageTool's API takes them")
                }
                try fields.add(body.readableBytesView)
            }
        } catch let error as FormFields.Malformed {
            throw APIError(.badRequest, error.message)
        }
        return fields
    }

    /// Serves until SIGTERM or SIGINT, finishing the requests in flight; SIGHUP reloads the
    /// rule sets.
    public func run() async throws {
        let settings = service.settings
        let catalog = service.catalog
        let logger = self.logger
        signal(SIGHUP, SIG_IGN)
        let reload = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        reload.setEventHandler {
            do {
                try catalog.reload()
                logger.notice("rule sets reloaded", metadata: ["generation": "\(catalog.snapshot.generation)"])
            } catch {
                logger.error("rule sets not reloaded; the previous ones stay in use", metadata: ["error": "\(error)"])
            }
        }
        reload.resume()
        defer { reload.cancel() }
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(settings.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "translint"),
            onServerRunning: { channel in
                logger.notice("translint serving", metadata: ["address": "\(channel.localAddress.map { "\($0)" } ?? "?")",
                                                              "workers": "\(settings.workers)", "rule_sets": "\(catalog.snapshot.books.keys.sorted())"])
            },
            logger: logger)
        try await app.runService()
    }
}

/// Turns every error into the JSON error body: Hummingbird's own (404 for an unknown path,
/// 405, 413 from a body over the limit) and anything unexpected (500, logged).
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            throw APIError(error.status, error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)"])
            throw APIError(.internalServerError, "the server could not answer this request")
        }
    }
}
