import ArgumentParser
import Foundation
import RuleEngine
import TranslintServer

/// `translint serve`: wires flags into the server's settings and a rule-set loader.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the LanguageTool HTTP API and translint's own API (see the README's Server section).",
        discussion: """
        LanguageTool clients (editor extensions, browser add-ons, language_tool_python) pointed at http://HOST:PORT get translint's findings from POST /v2/check; pipelines use POST /v1/check and /v1/batch (the CLI's document report), GET /v1/rules, /healthz, /metrics and /openapi.yaml. Binds to loopback unless a token is given. SIGTERM or SIGINT stops it after the requests in flight; SIGHUP reloads the rule sets.
        """)

    @Option(help: ArgumentHelp("Address to listen on; any address other than loopback needs --token-file.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on (0: any free port, printed in the log).", valueName: "port"))
    var port = 8081

    @Option(name: .customLong("token-file"), help: ArgumentHelp("A file holding the bearer token every request but /healthz must carry.", valueName: "file"))
    var tokenFile: String?

    @OptionGroup var rules: RuleOptions

    @Option(name: .customLong("offer"), help: ArgumentHelp("Another rule set requests may choose by name (\"rules\"); repeat for several.", valueName: "name"))
    var offered: [String] = []

    @Option(name: .customLong("workers"), help: ArgumentHelp("Checks run at once (default: all processors).", valueName: "n"))
    var workers: Int?

    @Option(name: .customLong("queue"), help: ArgumentHelp("Requests that may wait for a worker before more get 503 (default: 4 per worker).", valueName: "n"))
    var queue: Int?

    @Option(name: .customLong("max-request-bytes"), help: ArgumentHelp("Largest request body, and largest batch line (default 2097152).", valueName: "n"))
    var maximumRequestBytes = 2 << 20

    @Option(name: .customLong("max-text-length"), help: ArgumentHelp("Longest text one request checks, in UTF-16 units (default 500000).", valueName: "n"))
    var maximumTextLength = 500_000

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Seconds a LanguageTool check may take before its response is marked incomplete (default 10).", valueName: "seconds"))
    var timeLimit = 10.0

    @Option(name: .customLong("body-timeout"), help: ArgumentHelp("Seconds a request body may take to arrive (default 10; 408 after it).", valueName: "seconds"))
    var bodyTimeout = 10.0

    func validate() throws {
        guard bodyTimeout.isFinite, bodyTimeout > 0, bodyTimeout <= 3_600 else { throw ValidationError("--body-timeout must be more than 0 and at most 3600 seconds") }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard maximumRequestBytes >= 1_024, maximumRequestBytes <= 1 << 30 else { throw ValidationError("--max-request-bytes must be from 1024 to 1073741824") }
        guard maximumTextLength >= 1, maximumTextLength <= 1 << 28 else { throw ValidationError("--max-text-length must be from 1 to 268435456") }
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 3_600 else { throw ValidationError("--time-limit must be more than 0 and at most 3600 seconds") }
        if let workers, !(1...ProjectConfiguration.maximumJobs).contains(workers) { throw ValidationError("--workers must be from 1 to \(ProjectConfiguration.maximumJobs)") }
        if let queue, !(0...100_000).contains(queue) { throw ValidationError("--queue must be from 0 to 100000") }
    }

    func run() throws {
        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        settings.workers = workers ?? ProcessFacts.processorCount
        settings.queueLength = queue ?? 4 * settings.workers
        settings.maximumRequestBytes = maximumRequestBytes
        settings.maximumTextLength = maximumTextLength
        settings.timeLimitSeconds = timeLimit
        settings.bodyTimeoutSeconds = bodyTimeout
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile),
                  let token = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), token.count >= 16 else {
                throw UsageError("--token-file \(tokenFile): cannot read a token of at least 16 characters from it")
            }
            settings.token = token
        }
        let options = rules
        let offered = self.offered
        // The same loading as `check`, once per offered set; run again on SIGHUP.
        let load: @Sendable () throws -> (books: [String: RuleBook], defaultName: String) = {
            let main = try RuleBookSetup(options)
            let mainName = options.ruleSets.isEmpty ? (main.configuration?.ruleSets?.joined(separator: "+") ?? "default") : options.ruleSets.joined(separator: "+")
            var books = [mainName: main.book]
            for name in offered where books[name] == nil {
                var single = options
                single.ruleSets = [name]
                books[name] = try RuleBookSetup(single).book
            }
            return (books, mainName)
        }
        let server: TranslintServer
        do {
            server = try TranslintServer(settings: settings, catalog: try RuleSetCatalog(load: load))
        } catch let error as TranslintServer.ServerSetupError {
            throw UsageError(error.description)
        }
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run()
            } catch {
                outcome.failure = "\(error)"
            }
            finished.signal()
        }
        finished.wait()
        if let failure = outcome.failure { throw UsageError("the server stopped: \(failure)") }
    }
}

/// How the server's task ended, read after it signalled.
private final class ServeOutcome: @unchecked Sendable {
    var failure: String?
}
