import CXLSXWriter
import ParallelWork
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs libxlsxwriter calls under the "C" locale.
///
/// The Debian build of libxlsxwriter 1.1.4 formats numbers with `snprintf("%.16G")`, which follows
/// the thread's `LC_NUMERIC`: under a Danish locale 1.5 would be written as `1,5`, giving a corrupt
/// and non-reproducible file. `uselocale` switches only the calling thread, only for the call.
enum CLocale {
    nonisolated(unsafe) private static let posix: locale_t? = newlocale(LC_NUMERIC_MASK, "C", nil)

    static func run<T>(_ body: () throws -> T) rethrows -> T {
        guard let posix else { return try body() }
        let previous = uselocale(posix)
        defer { uselocale(previous) }
        return try body()
    }
}

/// Owned, mutable C copies of Swift strings for the `char *` fields of libxlsxwriter's option
/// structs. libxlsxwriter 1.1.4 copies every such string it keeps, so they are freed after the call.
final class CStrings {
    private var owned: [UnsafeMutablePointer<CChar>] = []

    /// A copy of `text` that lives as long as this object (nil in, nil out).
    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let pointer = strdup(text) else { return nil }
        owned.append(pointer)
        return pointer
    }

    /// A NULL-terminated `char **` array of copies of `texts`.
    func array(_ texts: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: texts.count + 1)
        for (index, text) in texts.enumerated() { array[index] = copy(text) }
        array[texts.count] = nil
        arrays.append(array)
        return array
    }

    private var arrays: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

    deinit {
        owned.forEach { free($0) }
        arrays.forEach { $0.deallocate() }
    }
}

/// libxlsxwriter's own error lines (`[ERROR][./src/packager.c:…]`, printed with `fprintf(stderr)`
/// by its LXW_ERROR macros, which Debian's build cannot turn off) never reach the user: around the
/// calls that may print, C's `stderr` points at a buffer, and XLSXWriter reports its own error.
///
/// Only C's `stdio` stream is redirected, not file descriptor 2: Swift's `FileHandle.standardError`
/// and every other writer of descriptor 2 are unaffected. The calls run one at a time in the
/// process (a lock), so two workbooks never swap the stream under each other; any other C code
/// printing to `stdio`'s stderr in those moments is captured too.
enum LibraryMessages {
    private static let lock = Lock()

    /// Runs `body` under the "C" locale with C's stderr captured; returns its result and what
    /// libxlsxwriter printed.
    static func capture<T>(_ body: () -> T) -> (result: T, printed: String) {
        lock.lock()
        defer { lock.unlock() }
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let sink = open_memstream(&buffer, &size) else { return (CLocale.run(body), "") }
        let previous = cxlsxwriter_swap_stderr(sink)
        let result = CLocale.run(body)
        _ = cxlsxwriter_swap_stderr(previous)
        fclose(sink)
        let printed = buffer.map { String(cString: $0) } ?? ""
        free(buffer)
        return (result, printed)
    }
}
