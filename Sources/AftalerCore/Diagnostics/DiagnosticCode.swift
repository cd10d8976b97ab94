extension Diagnostic {
    /// The stable code of a diagnostic. Scripts and tests match on these; never rename one.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        // Reading the file
        case fileUnreadable = "file-unreadable"
        case fileTooLarge = "file-too-large"
        case emptyFile = "empty-file"
        case invalidUTF8 = "invalid-utf8"
        case byteOrderMark = "byte-order-mark"
        case crlfLineEnding = "crlf-line-ending"
        case tabCharacter = "tab-character"
        case controlCharacter = "control-character"
        /// A bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069) or a Unicode line or
        /// paragraph separator (U+2028, U+2029): invisible, and it changes how the text is shown or split.
        case invisibleCharacter = "invisible-character"
        case notMarkdownFile = "not-markdown-file"
        // Front matter and YAML
        case missingFrontMatter = "missing-front-matter"
        case unterminatedFrontMatter = "unterminated-front-matter"
        case yamlSyntax = "yaml-syntax"
        case yamlDuplicateKey = "yaml-duplicate-key"
        case yamlAnchor = "yaml-anchor"
        case yamlTooDeep = "yaml-too-deep"
        /// An explicit YAML tag (`!!str`, `!!python/object:...`, `!local`) on a value: tags are
        /// refused rather than dropped, so no value means something other than its text.
        case yamlTag = "yaml-tag"
        case wrongType = "wrong-type"
        case unknownField = "unknown-field"
        case missingField = "missing-field"
        case emptyValue = "empty-value"
        case placeholder = "placeholder"
        // Identity
        case invalidID = "invalid-id"
        case duplicateID = "duplicate-id"
        // Vocabulary
        case unknownKind = "unknown-kind"
        case unknownArea = "unknown-area"
        case unknownParty = "unknown-party"
        case duplicateParty = "duplicate-party"
        case unknownBody = "unknown-body"
        case unknownStatus = "unknown-status"
        case unknownOutcome = "unknown-outcome"
        case unknownCategory = "unknown-category"
        case unknownRecipient = "unknown-recipient"
        case unknownHealthAgreement = "unknown-health-agreement"
        case unknownWorkplan = "unknown-workplan"
        case unknownBudget = "unknown-budget"
        case unknownGroup = "unknown-group"
        case unknownRelation = "unknown-relation"
        // Values
        case invalidDate = "invalid-date"
        case invalidPeriod = "invalid-period"
        case invalidURL = "invalid-url"
        case invalidAmount = "invalid-amount"
        case invalidYear = "invalid-year"
        case invalidNumber = "invalid-number"
        // Rules across fields
        case dateOrder = "date-order"
        case statusNeedsDecision = "status-needs-decision"
        case statusOrder = "status-order"
        /// A milestone of `milepæle` whose time lies wholly before the milestone above it (a warning).
        case milestoneOrder = "milestone-order"
        // Sign-off across the parties
        case signoffIncomplete = "signoff-incomplete"
        case signoffBeforeDecision = "signoff-before-decision"
        case signoffNotAParty = "signoff-not-a-party"
        // Sections
        case missingSection = "missing-section"
        case emptySection = "empty-section"
        case duplicateSection = "duplicate-section"
        case textBeforeSection = "text-before-section"
        // Blocks
        case malformedBlockUse = "malformed-block-use"
        case unknownBlock = "unknown-block"
        case missingParameter = "missing-parameter"
        case unknownParameter = "unknown-parameter"
        case duplicateParameter = "duplicate-parameter"
        case undeclaredParameter = "undeclared-parameter"
        case blockCycle = "block-cycle"
        case blockTooDeep = "block-too-deep"
        case blockExpansionTooLarge = "block-expansion-too-large"
        case invalidBlockName = "invalid-block-name"
        // Templates
        case invalidTemplate = "invalid-template"
        case unknownColumnField = "unknown-column-field"
        case invalidSheetName = "invalid-sheet-name"
        /// A layout with more columns than an Excel sheet holds (16,384), reported at `kolonner`.
        case tooManyColumns = "too-many-columns"
        /// A workplan entry's text longer than an Excel cell holds (32,767 UTF-16 code units),
        /// reported at the value when the agreement is read, not at export.
        case cellTooLong = "cell-too-long"
        // Import (aftale import workplan)
        case importUnreadable = "import-unreadable"
        case importNotExported = "import-not-exported"
        case importUnknownRow = "import-unknown-row"
        case importReadOnlyCell = "import-read-only-cell"
        case importUnknownStatus = "import-unknown-status"
        case importConflict = "import-conflict"
        case importCannotWrite = "import-cannot-write"
        // Folders
        case noAgreements = "no-agreements"
        case tooManyFiles = "too-many-files"
        case unsafePath = "unsafe-path"
    }
}
