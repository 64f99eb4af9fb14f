#if canImport(Glibc)
import Glibc
#endif

/// A value shared between worker threads behind a POSIX mutex. The standard library's
/// `Mutex` waits on futexes directly, which ThreadSanitizer cannot see, so every access
/// through it looked like a race; a pthread mutex is understood, and `.ci/sanitize` can hold
/// the batch runner to zero reports.
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init(_ value: Value) {
        self.value = value
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
