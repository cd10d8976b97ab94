#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one source file from disk the careful way, for agreements, blocks and template files.
///
/// - Only regular files are read: a named pipe would block forever and a device never ends, so
///   both are refused before a single byte is read (the file is opened with `O_NONBLOCK`).
/// - At most `limit + 1` bytes are read, whatever the file claims or grows to, so memory stays
///   bounded.
/// - The file is never memory-mapped: a mapped file that another program truncates kills the
///   reader with SIGBUS.
/// - A file that changes while it is read (size, modification time or identity differ before and
///   after, or the bytes read differ from the size) is reported, never half-parsed.
/// - A file found in a folder (an agreement folder, `Templates/` and its `blocks/` and `layouts/`)
///   may be a symbolic link only to a file in that same folder (`linkProblem`): a link out of the
///   folder, in a loop or to nothing is reported and not read.
enum SourceFile {
    /// Reads `url`, or adds one diagnostic at 1:1 of `path` that says why it could not and returns nil.
    /// `afterRead` runs between reading and the final check; tests use it to change the file.
    static func read(_ url: URL, path: String, limit: Int = SourceText.maximumByteCount,
                     diagnostics: inout [Diagnostic], afterRead: (() -> Void)? = nil) -> Data? {
        read(atPath: url.path, path: path, limit: limit, diagnostics: &diagnostics, afterRead: afterRead)
    }

    /// Reads the file at the file-system path `fileSystemPath`; see `read(_:path:limit:diagnostics:afterRead:)`.
    static func read(atPath fileSystemPath: String, path: String, limit: Int = SourceText.maximumByteCount,
                     diagnostics: inout [Diagnostic], afterRead: (() -> Void)? = nil) -> Data? {
        let start = Diagnostic.Location(file: path, line: 1, column: 1)
        func fail(_ code: Diagnostic.Code, _ message: String, hint: String?) -> Data? {
            diagnostics.append(Diagnostic(code, message, at: start, hint: hint))
            return nil
        }
        let descriptor = open(fileSystemPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            let error = errno
            if error == ELOOP {
                return fail(.unsafePath, "the file is a symbolic link that leads back to itself",
                            hint: "remove the link, or point it at a real file in the folder")
            }
            return fail(.fileUnreadable, "cannot open the file: \(String(cString: strerror(error)))",
                        hint: hint(forErrno: error))
        }
        defer { close(descriptor) }
        var before = stat()
        guard fstat(descriptor, &before) == 0 else {
            return fail(.fileUnreadable, "cannot read the file: \(String(cString: strerror(errno)))", hint: nil)
        }
        guard before.st_mode & S_IFMT == S_IFREG else {
            return fail(.fileUnreadable, "this is \(kindName(before.st_mode)), not a regular file",
                        hint: "agreement and template files must be plain files; remove it or put the file itself here")
        }
        if Int(before.st_size) > limit {
            return fail(.fileTooLarge, "file is \(before.st_size) bytes, more than the limit of \(limit) bytes",
                        hint: "split the agreement or move attachments out as links")
        }
        var data = Data(count: min(Int(before.st_size), limit) + 1)
        var count = 0
        while count <= limit {
            if count == data.count { data.count = min(limit + 1, data.count * 2) }
            let chunk = data.count - count
            let got = data.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, chunk)
            }
            if got < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return fail(.fileUnreadable, "cannot read the file: \(String(cString: strerror(errno)))", hint: nil)
            }
            if got == 0 { break }
            count += got
        }
        data.count = min(count, limit + 1)
        afterRead?()
        var after = stat()
        let unchanged = fstat(descriptor, &after) == 0 && count == Int(before.st_size)
            && after.st_size == before.st_size && after.st_ino == before.st_ino && after.st_dev == before.st_dev
            && modified(after) == modified(before)
        if count > limit {
            return fail(.fileTooLarge, "file grew past the limit of \(limit) bytes while it was being read",
                        hint: "split the agreement or move attachments out as links")
        }
        guard unchanged else {
            return fail(.fileUnreadable, "the file changed while it was being read",
                        hint: "wait until the program writing it has finished, then run again")
        }
        return data
    }

    /// Reads `url`, a file found in its folder rather than named by the user, as `read` does, but
    /// only after `linkProblem` has allowed it: the templates follow the agreement folders' rule.
    static func readInFolder(_ url: URL, path: String, diagnostics: inout [Diagnostic]) -> Data? {
        let folderPath = url.deletingLastPathComponent().path
        let folder = realPath(folderPath) ?? URL(filePath: folderPath).standardizedFileURL.path
        if let problem = linkProblem(atPath: url.path, name: url.lastPathComponent, displayPath: path, folder: folder) {
            diagnostics.append(problem)
            return nil
        }
        return read(url, path: path, diagnostics: &diagnostics)
    }

    /// Why the entry `name` of a folder, at `fileSystemPath`, may not be read: nil when it is not a
    /// symbolic link, or is one that leads to a file in `folder` (a real path, links resolved);
    /// otherwise a diagnostic at 1:1 of `displayPath` for a link out of the folder, in a loop, or to
    /// nothing. One rule for agreement folders and `Templates/`.
    static func linkProblem(atPath fileSystemPath: String, name: String, displayPath: String,
                            folder: String) -> Diagnostic? {
        var info = stat()
        guard lstat(fileSystemPath, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        let location = Diagnostic.Location(file: displayPath, line: 1, column: 1)
        guard let resolved = realPath(fileSystemPath) else {
            if errno == ELOOP {
                return Diagnostic(.unsafePath, "'\(name)' is a symbolic link that leads back to itself", at: location,
                                  hint: "remove the link, or copy the file itself into the folder")
            }
            return Diagnostic(.fileUnreadable, "'\(name)' is a symbolic link to a file that does not exist", at: location,
                              hint: "remove the link, or copy the file itself into the folder")
        }
        if Self.parentPath(of: resolved) != folder {
            return Diagnostic(.unsafePath, "'\(name)' is a link to a file outside the folder", at: location,
                              hint: "copy the file into the folder instead of linking it")
        }
        return nil
    }

    /// The folder of an absolute path without a trailing slash, as `realpath(3)` gives it
    /// (NSString's `deletingLastPathComponent`): "/a/b" is in "/a", "/a" in "/".
    static func parentPath(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// `realpath(3)`: the absolute path with every link resolved, or nil (errno says why).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The modification time in nanoseconds.
    private static func modified(_ info: stat) -> Int {
        #if canImport(Darwin)
        Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #else
        Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #endif
    }

    /// What a file of this `st_mode` is, in words.
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }

    private static func hint(forErrno error: Int32) -> String? {
        switch error {
        case EACCES, EPERM: "check the file's permissions"
        case ENOENT: "the file was removed or renamed while the folder was read; run again"
        default: nil
        }
    }
}

/// `read(2)`, out of reach of `SourceFile.read`'s name.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
