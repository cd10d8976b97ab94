/// The folders a run reads: agreement files only, no links out of the folder, within the limits
/// of one run. Detected by `AgreementFiles` and `Portfolio`; an error here stops every command.
enum FolderRules: RuleFamily {
    static let name = "folders"

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .noAgreements, summary: "a folder holds no agreement files",
            details: "Probably the wrong folder; 'aftale new' writes the first agreement.",
            example: .situation("an empty Agreements/ folder")),
        RuleExplanation(
            .tooManyFiles, summary: "more agreement files or bytes than one run may read",
            details: "At most 200,000 files and 1 GiB of agreement text per run; split the folder.",
            example: .situation("a folder of more files than the limit")),
        RuleExplanation(
            .unsafePath, summary: "a symbolic link out of the folder, or one that loops",
            details: "A link in Agreements/ to a file elsewhere would make a run read what it was not given; copy "
                + "the file instead.",
            example: .situation("a symbolic link in Agreements/ to /etc/hostname")),
    ]
}
