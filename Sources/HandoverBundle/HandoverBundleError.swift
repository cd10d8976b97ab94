import AftalerCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a handover bundle cannot be written. The words name no command-line option; the
/// command-line tool adds what to do.
public enum HandoverBundleError: Error, Equatable, CustomStringConvertible {
    /// The bundle's name (its folder in the zip) is not a safe folder name, or is too long.
    case invalidName(String, reason: String)
    /// The day lies outside the years a zip file can date its entries (1980–2107).
    case dateOutOfRange(CivilDate)

    /// The rule a bundle name must follow, in words.
    public static let nameRule = "at most 255 bytes, no / \\ : < > \" | ? * and not starting with '.'"

    public var description: String {
        switch self {
        case let .invalidName(name, reason):
            let shown = name.utf8.count > 80 ? String(name.prefix(60)) + "…" : name
            return "the bundle name '\(shown)' cannot be used: \(reason)"
        case let .dateOutOfRange(date):
            return "a handover package cannot be dated \(date.iso): zip files date their entries "
                + "\(HandoverBundle.datableYears.lowerBound)–\(HandoverBundle.datableYears.upperBound)"
        }
    }
}
