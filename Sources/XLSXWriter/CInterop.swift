import Foundation
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

/// File-system checks done before a workbook is created, because libxlsxwriter accepts any path
/// and only fails when the workbook is closed, after all the work.
enum FileChecks {
    static func checkOutput(_ url: URL) throws {
        guard url.isFileURL else {
            throw XLSXError.outputPathUnusable(path: url.absoluteString, reason: "it is not a file URL")
        }
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        guard isDirectory(folder) else { throw XLSXError.outputFolderMissing(folder: folder) }
        if let reason = probeWritable(folder) {
            throw XLSXError.outputFolderNotWritable(folder: folder, reason: reason)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue {
                throw XLSXError.outputPathUnusable(path: path, reason: "it is a folder")
            }
            if access(path, W_OK) != 0 {
                throw XLSXError.outputPathUnusable(
                    path: path, reason: "the existing file is not writable (\(String(cString: strerror(errno))))")
            }
        }
    }

    static func checkTemporaryFolder(_ url: URL) throws {
        let folder = url.path
        guard url.isFileURL, isDirectory(folder) else {
            throw XLSXError.temporaryFolderUnusable(folder: folder, reason: "it does not exist or is not a folder")
        }
        if let reason = probeWritable(folder) {
            throw XLSXError.temporaryFolderUnusable(folder: folder, reason: "it is not writable (\(reason))")
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Creates and removes a probe file in `folder`; returns why that failed, or nil. A real probe
    /// (rather than `access(2)`) also gives the right answer for root and for read-only mounts.
    private static func probeWritable(_ folder: String) -> String? {
        var template = Array((folder + "/.xlsxwriter-probe-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        close(descriptor)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return nil
    }
}
