/// Reading an edited workplan back (`aftale import workplan`): the workbook must be one Aftaler
/// exported, each row must still be a workplan entry of the sources, only the columns that are
/// read back may differ from the sources, and the changed files must validate as before. Detected
/// by `WorkplanImport` (and `WorkbookImport` for the file itself); any error means no file is written.
enum ImportRules: RuleFamily {
    static let name = "import"

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .importUnreadable, summary: "the file is not an XLSX workbook that can be read safely",
            details: "Not a zip, no workbook.xml, a part that inflates past the limits (a zip bomb), a document type "
                + "declaration (entities are never expanded), more rows than any workplan or damaged XML.",
            example: .situation("a zip file holding only a text file, given as the workbook")),
        RuleExplanation(
            .importNotExported, summary: "the sheet was not exported by Aftaler with this layout",
            details: "The export writes a hidden key column headed 'aftale-id WORKPLAN pr. DAY' after the visible "
                + "columns; without it, or with columns moved or another layout's headings, rows cannot be matched.",
            example: .situation("a sheet whose key column has been deleted")),
        RuleExplanation(
            .importUnknownRow, summary: "a row whose workplan entry the sources no longer have, or one added by hand",
            details: "Each row's key (id#n) must name an entry of the sources, once. New entries are added in the "
                + "agreement's file.",
            example: .situation("a row keyed 'findes-ikke#1'")),
        RuleExplanation(
            .importReadOnlyCell, summary: "a changed cell in a column that is not read back (a title, a goal)",
            details: "Only the status texts, bestillinger, forslag and aftalestatus are written back; an edited title "
                + "is not a rename. Change it in the agreement's file.",
            example: .situation("the Indsatser cell of a row edited in the sheet")),
        RuleExplanation(
            .importUnknownStatus, summary: "an aftalestatus cell that is not one of the statuses",
            details: "Pick the status from the drop-down the export writes.",
            example: .situation("'Næsten færdig' typed in the Aftalestatus column")),
        RuleExplanation(
            .importConflict, summary: "the sheet and the sources both changed a value, or two rows disagree",
            details: "An aftalestatus that changed in the files after the sheet was made, two rows of one agreement "
                + "with different statuses, or a file changed on disk during the import.",
            example: .situation("two rows of one agreement with different statuses")),
        RuleExplanation(
            .importCannotWrite, summary: "a change that cannot be written in place, or would make the file invalid",
            details: "A status with a dated history (the import cannot know the date), a value in a flow list, or "
                + "a change after which the file would not validate (godkendt without a decision).",
            example: .situation("aftalestatus set to Godkendt for an agreement without an approving decision")),
    ]
}
