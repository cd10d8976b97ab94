import Foundation
#if FUZZING
import CLibFuzzer
#endif

/// libFuzzer's entry point: one input, in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.run(size == 0 ? Data() : Data(bytes: data!, count: size))
    return 0
}

/// `AftalerFuzz`: built by `scripts/fuzz` with `-sanitize=fuzzer -DFUZZING`, this is libFuzzer
/// (every libFuzzer option works). In an ordinary build it replays inputs instead:
/// `AftalerFuzz FILE_OR_FOLDER...` runs each file (folders: each file in them) through the same
/// harness and exits 0 when none crashed or broke an invariant; `--print` also prints each
/// input's diagnostics.
@main
struct AftalerFuzz {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    static func replay(_ arguments: [String]) {
        let printing = arguments.contains("--print")
        let paths = arguments.filter { $0 != "--print" }
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: AftalerFuzz [--print] FILE_OR_FOLDER... (replays fuzz inputs)\n".utf8))
            exit(64)
        }
        var count = 0
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("AftalerFuzz: no such file or folder: \(path)\n".utf8))
                exit(1)
            }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                let diagnostics = Harness.run(data)
                if printing { print("\(file): \(diagnostics.count) diagnostic(s)\n" + diagnostics.map(\.description).joined(separator: "\n")) }
                count += 1
            }
        }
        print("replayed \(count) input(s): no crash, every diagnostic inside its file")
    }
}
