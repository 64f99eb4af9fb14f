import Dispatch
import Foundation

/// Removes the half-written report's temporary file when the run is interrupted (Ctrl-C, a
/// CI job cancelled, `kill`), then lets the signal end the process as it would have: the
/// earlier report stays and no stray file is left beside it.
enum InterruptCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func remove(_ path: String?) {
        guard let path else { return }
        for number in [SIGINT, SIGTERM, SIGHUP] {
            // A signal the process was started ignoring (`nohup`, a background job) stays ignored.
            let previous = signal(number, SIG_IGN)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                unlink(path)
                signal(number, SIG_DFL)
                // raise() would target this Dispatch thread, which blocks signals; and a parent
                // may have started us with the signal blocked everywhere, so exit as a shell
                // reports a death by signal if it is not delivered at once.
                kill(getpid(), number)
                usleep(100_000)
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
