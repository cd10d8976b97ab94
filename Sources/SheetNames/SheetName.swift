/// Excel's rule for a worksheet name, in one place: the layouts check it when they are loaded
/// (so a bad name is a located diagnostic) and XLSXWriter checks it before libxlsxwriter sees a
/// name. Pure Swift, with no dependencies, so that neither side depends on the other.
public enum SheetName {
    /// Longest sheet name, in UTF-16 code units (Excel counts those: an emoji counts twice).
    public static let maximumLength = 31
    /// Characters Excel forbids in sheet names.
    public static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why a name cannot be used.
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        /// The name is empty.
        case empty
        /// The name has this many UTF-16 code units, more than ``SheetName/maximumLength``.
        case tooLong(Int)
        /// The name contains one of ``SheetName/forbiddenCharacters``.
        case forbiddenCharacter(Character)
        /// The name starts or ends with an apostrophe.
        case apostropheAtEnd
        /// The name contains a control character.
        case controlCharacter
        /// The name is "History", which Excel reserves (in any case).
        case reserved

        /// The problem in words, e.g. "it contains ':'; Excel forbids any of [ ] : * ? / \".
        public var description: String {
            switch self {
            case .empty: "it is empty"
            case .tooLong(let length): "it has \(length) characters, more than \(SheetName.maximumLength)"
            case .forbiddenCharacter(let character): "it contains '\(character)'; Excel forbids any of [ ] : * ? / \\"
            case .apostropheAtEnd: "it starts or ends with an apostrophe"
            case .controlCharacter: "it contains a control character"
            case .reserved: "Excel reserves the name 'History'"
            }
        }
    }

    /// Why `name` cannot be a sheet name on its own, or nil. Uniqueness within a workbook is the
    /// workbook's to check.
    public static func problem(_ name: String) -> Problem? {
        if name.isEmpty { return .empty }
        if name.utf16.count > maximumLength { return .tooLong(name.utf16.count) }
        if let bad = name.first(where: forbiddenCharacters.contains) { return .forbiddenCharacter(bad) }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostropheAtEnd }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return .controlCharacter }
        if name.lowercased() == "history" { return .reserved }
        return nil
    }
}
