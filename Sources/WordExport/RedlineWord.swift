#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import AftalerCore
import WordDocument

/// A comparison of two versions of an agreement as a Word redline: every change is a real tracked
/// change (`w:del` and `w:ins` with an author and a date), so Word's Review pane lists them and
/// Accept/Reject works on them. Changed facts are paragraphs "Status: " with the old value deleted
/// and the new one inserted; each changed section is a `Heading1` and its text with the changed
/// words tracked, its paragraphs kept.
public enum RedlineWord {
    /// The author written on every change.
    public static let author = "Aftaler"

    /// The redline of `comparison`; its changes and properties are dated `date` (the new version's
    /// commit date, from the data).
    public static func document(_ comparison: AgreementComparison, date: CivilDate) -> WordDocument {
        let wordDate = WordBlocks.wordDate(date)
        let revision = WordRevision(author: author, date: wordDate)
        var blocks: [WordBlock] = [
            .paragraph(WordParagraph(.title, text: comparison.title)),
            .paragraph(WordParagraph(.subtitle, text: comparison.versionsLine)),
        ]
        if comparison.isEmpty { blocks.append(.paragraph(WordParagraph(text: AgreementComparison.noChanges))) }
        if !comparison.fields.isEmpty {
            blocks.append(.paragraph(WordParagraph(.heading(1), text: AgreementComparison.fieldsLabel)))
            blocks.append(.list(WordList(.bullet, items: comparison.fields.map { field in
                var content: [WordInline] = [.run(WordRun(field.label + ": "))]
                if let old = field.old { content.append(.deletion(revision, [WordRun(old)])) }
                if field.old != nil, field.new != nil { content.append(.run(WordRun(" "))) }
                if let new = field.new { content.append(.insertion(revision, [WordRun(new)])) }
                return content
            })))
        }
        for section in comparison.sections where section.changed {
            blocks.append(.paragraph(WordParagraph(.heading(1), text: section.heading
                                                        + AgreementComparison.kindNote(section.kind))))
            blocks += paragraphs(section.pieces, revision: revision).map { .paragraph(WordParagraph(.normal, $0)) }
        }
        let properties = WordProperties(
            title: comparison.title, subject: comparison.versionsLine, creator: author,
            keywords: "ændringer; \(comparison.new.agreement.id)", created: wordDate)
        return WordDocument(properties: properties, blocks: blocks, header: comparison.new.agreement.title,
                            footer: comparison.versionsLine)
    }

    /// The pieces cut into paragraphs at blank lines (a single line break stays inside a run).
    static func paragraphs(_ pieces: [WordDifference.Piece], revision: WordRevision) -> [[WordInline]] {
        var paragraphs: [[WordInline]] = [[]]
        for piece in pieces {
            let parts = piece.text.components(separatedBy: "\n\n")
            for (index, part) in parts.enumerated() {
                if index > 0 { paragraphs.append([]) }
                let text = index == 0 ? part : String(part.drop { $0 == "\n" })
                guard !text.isEmpty else { continue }
                switch piece {
                case .same: paragraphs[paragraphs.count - 1].append(.run(WordRun(text)))
                case .deleted: paragraphs[paragraphs.count - 1].append(.deletion(revision, [WordRun(text)]))
                case .inserted: paragraphs[paragraphs.count - 1].append(.insertion(revision, [WordRun(text)]))
                }
            }
        }
        return paragraphs.filter { !$0.isEmpty }
    }
}
