#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandoverBundle
import SafeOutput
import WorkplanExport

/// The errors of writing an output, in the user's terms: the libraries say what went wrong, and
/// this adds what to do in terms of this tool's options (`--output`, `--name`, `--area`, `TMPDIR`).
/// The one place where option names meet library errors.
enum ErrorAdvice {
    /// `error` as one line for stderr, with advice when there is one; `output` is the file asked for.
    static func describe(_ error: any Error, output: URL) -> String {
        switch error {
        case let error as OutputError: return describe(error, output: output)
        case HandoverBundleError.invalidName:
            return "\(error); choose another --name (\(HandoverBundleError.nameRule))"
        case WorkplanExportError.tooManyRows: return "\(error) (--area, --status)"
        default: return "\(error)"
        }
    }

    static func describe(_ error: OutputError, output: URL) -> String {
        let besideOutput = error.path.hasPrefix(output.deletingLastPathComponent().path)
        switch error.problem {
        case .folderMissing where error.operation == .checkFolder:
            return "\(error); create it or choose another --output"
        case .notWritable, .readOnly:
            return besideOutput ? "\(error); choose another --output" : "\(error); point TMPDIR at a writable folder"
        case .diskFull:
            return besideOutput ? "\(error); free some space or choose another --output"
                : "\(error); free some space there or point TMPDIR at another folder"
        case .nameTooLong:
            return "\(error); choose a shorter --output"
        case .notARegularFile:
            return "\(error); --output only replaces a regular file, so choose another path"
        default:
            return "\(error)"
        }
    }
}
