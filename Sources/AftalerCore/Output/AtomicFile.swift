import Foundation

/// Writes files so that a reader never sees a half-written one: the content goes to a temporary
/// file in the same folder, which is renamed over the target only when it is complete. On any
/// error the temporary file is removed and the target keeps what it had.
public enum AtomicFile {
    /// Why an output file could not be written, in the user's terms.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case folderMissing(String)
        case folderNotWritable(String)
        case exists(String)
        case writeFailed(String, String)

        public var description: String {
            switch self {
            case .folderMissing(let folder): "the output folder '\(folder)' does not exist; create it or choose another --output"
            case .folderNotWritable(let folder): "the output folder '\(folder)' is not writable"
            case .exists(let path): "'\(path)' already exists; it was left untouched"
            case .writeFailed(let path, let reason): "could not write '\(path)': \(reason)"
            }
        }
    }

    /// Checks that the folder of `target` exists and is writable, before any work is done.
    public static func checkFolder(of target: URL) throws(Failure) {
        let folder = target.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .folderMissing(folder)
        }
        guard FileManager.default.isWritableFile(atPath: folder) else { throw .folderNotWritable(folder) }
    }

    /// A fresh temporary path beside `target`, hidden, that no other run uses.
    public static func temporaryPath(for target: URL) -> URL {
        let name = ".\(target.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return target.deletingLastPathComponent().appending(path: name)
    }

    /// Lets `write` produce the file at a temporary path, then renames it to `target`.
    /// With `overwrite: false` an existing target is never replaced.
    public static func write<Result>(to target: URL, overwrite: Bool = true,
                                     _ write: (URL) throws -> Result) throws -> Result {
        try checkFolder(of: target)
        if !overwrite, FileManager.default.fileExists(atPath: target.path) { throw Failure.exists(target.path) }
        let temporary = temporaryPath(for: target)
        do {
            let result = try write(temporary)
            try commit(temporary, to: target, overwrite: overwrite)
            return result
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `data` atomically to `target`.
    public static func write(_ data: Data, to target: URL, overwrite: Bool = true) throws {
        try write(to: target, overwrite: overwrite) { temporary in
            guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
                throw Failure.writeFailed(target.path, "the file could not be created")
            }
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.synchronize()
            try handle.close()
        }
    }

    private static func commit(_ temporary: URL, to target: URL, overwrite: Bool) throws {
        if overwrite {
            guard rename(temporary.path, target.path) == 0 else {
                throw Failure.writeFailed(target.path, String(cString: strerror(errno)))
            }
        } else {
            // link() fails if the target exists, so a file created meanwhile is never replaced.
            guard link(temporary.path, target.path) == 0 else {
                let reason = errno == EEXIST ? Failure.exists(target.path)
                    : Failure.writeFailed(target.path, String(cString: strerror(errno)))
                throw reason
            }
            unlink(temporary.path)
        }
    }
}
