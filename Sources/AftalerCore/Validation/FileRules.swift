import UnicodeText
/// The bytes of a file: readable, not too large, UTF-8 without a byte-order mark, LF line endings,
/// no tabs or invisible control characters. Detected while reading (`SourceFile`, `SourceText`).
enum FileRules: RuleFamily {
    static let name = "files"

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .fileUnreadable, summary: "a file or folder cannot be read",
            details: "Permissions, a broken symbolic link, or something that is not a regular file (a FIFO, a "
                + "device). The system's reason is in the message.",
            example: .situation("a symbolic link 'brudt.md' in Agreements/ pointing at a file that does not exist")),
        RuleExplanation(
            .fileTooLarge, summary: "a file is larger than an agreement may be",
            details: "An agreement file may hold at most 1 MiB (templates likewise); a larger one is refused before "
                + "it is read, so that a mistaken file cannot exhaust memory.",
            example: .situation("an agreement file of 2 MiB")),
        RuleExplanation(
            .emptyFile, summary: "a file is empty",
            details: "Write the agreement with 'aftale new', or remove the file.",
            example: .agreementBytes([])),
        RuleExplanation(
            .invalidUTF8, summary: "a file is not valid UTF-8",
            details: "Files are UTF-8 so that Danish letters survive every tool; save the file as UTF-8.",
            example: .agreementBytes(Array("---\ntitel: K".utf8) + [0xF8] + Array("benhavn\n---\n".utf8))),
        RuleExplanation(
            .byteOrderMark, summary: "a file starts with a UTF-8 byte-order mark",
            details: "Some Windows editors write one; it would break the '---' of the front matter. Save as UTF-8 "
                + "without BOM.",
            example: .agreementBytes([0xEF, 0xBB, 0xBF] + Array(RuleExample.agreementText(frontMatter: [], body: nil).utf8))),
        RuleExplanation(
            .crlfLineEnding, summary: "a file uses CR or CRLF line endings",
            details: "Line endings are LF, so that files compare and diff byte for byte on every machine.",
            example: .agreementBytes(Array(RuleExample.agreementText(frontMatter: [], body: nil)
                .replacingText("\n", with: "\r\n").utf8))),
        RuleExplanation(
            .tabCharacter, summary: "a tab character",
            details: "YAML forbids tabs for indentation and they render differently everywhere; indent with spaces.",
            example: .agreement(frontMatter: ["titel:\tEksempel"])),
        RuleExplanation(
            .controlCharacter, summary: "an invisible control character",
            details: "Control characters are invisible in most editors and break XML outputs (XLSX, HTML); remove it.",
            example: .agreement(frontMatter: ["titel: Eks\u{1}empel"])),
        RuleExplanation(
            .invisibleCharacter, summary: "a bidi override or isolate, or a line or paragraph separator",
            details: "U+202A–U+202E and U+2066–U+2069 can make text read differently from what is stored (a title "
                + "that shows one thing and sorts as another); U+2028/U+2029 break lines invisibly. Remove them.",
            example: .agreement(frontMatter: ["titel: Eksempel \u{202E}tsket"])),
        RuleExplanation(
            .notMarkdownFile, summary: "an agreement file does not end in .md",
            details: "Agreements/ holds only Markdown files; a file named on the command line must end in .md.",
            example: .situation("'aftale validate aftale.txt'")),
    ]
}
