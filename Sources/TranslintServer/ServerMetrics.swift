import CoreMetrics
import Foundation
import Prometheus

/// What `/metrics` shows, in Prometheus' text format: Hummingbird's request counters and
/// durations (through swift-metrics) and translint's own — texts and characters checked,
/// findings, requests refused because the queue was full, and the queue itself.
final class ServerMetrics: Sendable {
    /// One registry per process: swift-metrics can be bootstrapped once.
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    private let checks: Prometheus.Counter
    private let findings: Prometheus.Counter
    private let characters: Prometheus.Counter
    private let refused: Prometheus.Counter
    private let waiting: Prometheus.Gauge
    private let running: Prometheus.Gauge

    init() {
        let registry = Self.registry
        checks = registry.makeCounter(name: "translint_texts_checked_total", help: "Texts checked (a batch counts each record).")
        findings = registry.makeCounter(name: "translint_findings_total", help: "Findings reported.")
        characters = registry.makeCounter(name: "translint_characters_checked_total", help: "UTF-16 units of text checked.")
        refused = registry.makeCounter(name: "translint_requests_refused_total", help: "Requests answered 503 because every worker was busy and the queue full.")
        waiting = registry.makeGauge(name: "translint_queue_waiting", help: "Checks waiting for a worker.")
        running = registry.makeGauge(name: "translint_queue_running", help: "Checks running.")
    }

    func recordCheck(findings count: Int, characters length: Int) {
        checks.increment()
        findings.increment(by: Int64(count))
        characters.increment(by: Int64(length))
    }

    func recordRefusal() { refused.increment() }

    /// The exposition text, with the queue's state as of now.
    func exposition(load: (waiting: Int, running: Int)) -> String {
        waiting.set(to: Double(load.waiting))
        running.set(to: Double(load.running))
        return Self.registry.emitToString()
    }
}
