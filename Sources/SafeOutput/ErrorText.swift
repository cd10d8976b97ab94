#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Foundation's `localizedDescription` of the errors FileManager and `String(contentsOf:)` throw
/// (`CocoaError`), which FoundationEssentials does not give: "The operation could not be completed."
/// and the reason Foundation's table has for the code.
public enum ErrorText {
    /// What `error.localizedDescription` said under Foundation.
    public static func localizedDescription(of error: any Error) -> String {
        guard let cocoa = error as? CocoaError else { return String(describing: error) }
        let code = cocoa.code.rawValue
        return "The operation could not be completed. " + (reasons[code] ?? "(NSCocoaErrorDomain error \(code).)")
    }

    /// swift-corelibs-foundation's failure reasons of `CocoaError` codes.
    static let reasons: [Int: String] = [
        4: "The file doesn’t exist.", 255: "The file couldn’t be locked.", 257: "You don’t have permission.",
        258: "The file name is invalid.", 259: "The file isn’t in the correct format.", 260: "The file doesn’t exist.",
        261: "The specified text encoding isn’t applicable.", 262: "The specified URL type isn’t supported.",
        263: "The item is too large.", 264: "The text encoding of the contents couldn’t be determined.",
        513: "You don’t have permission.", 514: "The file name is invalid.", 516: "A file with the same name already exists.",
        517: "The specified text encoding isn’t applicable.", 518: "The specified URL type isn’t supported.",
        640: "There isn’t enough space.", 642: "The volume is read only.", 1024: "The value is invalid.",
        2048: "The value is invalid.", 3072: "The operation was cancelled.", 3328: "The requested operation is not supported.",
        3840: "The data is not in the correct format.",
        3841: "The data is in a format that this application doesn’t understand.",
        3842: "An error occurred in the source of the data.", 3851: "An error occurred in the destination for the data.",
        3852: "An error occurred in the content of the data.", 4353: "The file is not available on iCloud yet.",
        4354: "There isn’t enough space in your account.",
        4355: "The iCloud servers might be unreachable or your settings might be incorrect.", 4864: "The data isn’t in the correct format.",
        4865: "The data is missing.", 4866: "The data isn’t in the correct format.",
    ]
}
