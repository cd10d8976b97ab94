/// Reusable text blocks: `{{> name key="value"}}` in sections, resolved against Templates/blocks
/// with their declared parameters, without cycles or runaway expansion. Detected by
/// `TemplateScanner`, `Block` and `BlockResolver`.
enum BlockRules: RuleFamily {
    static let name = "blocks"

    /// A body whose Hvad section is `hvad`.
    static func body(hvad: String) -> String {
        "## Hvad\n\n\(hvad)\n\n## Betydning for borgerne\n\nTekst.\n\n## Status\n\nTekst.\n"
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .malformedBlockUse, summary: "a '{{' that is not a well-formed block use",
            details: "A block is used as {{> name key=\"value\"}}; a parameter inside a block as {{key}}.",
            example: .agreement(frontMatter: [], body: body(hvad: "Se {{> afventer-national-afklaring hvad=}}."))),
        RuleExplanation(
            .unknownBlock, summary: "a block name with no file in Templates/blocks",
            details: "The nearest block name is hinted; 'aftale blocks' lists them all.",
            example: .agreement(frontMatter: [], body: body(hvad: "{{> findes-ikke}}"))),
        RuleExplanation(
            .missingParameter, summary: "a block is used without a parameter it declares",
            details: "The block's front matter lists its parameters under 'parametre'; give each one.",
            example: .agreement(frontMatter: [], body: body(hvad: "{{> afventer-national-afklaring}}"))),
        RuleExplanation(
            .unknownParameter, summary: "a block is given a parameter it does not declare",
            details: "A misspelt parameter would be ignored; the block's declared parameters are hinted.",
            example: .agreement(frontMatter: [], body: body(hvad: "{{> afventer-national-afklaring hvad=\"x\" hvem=\"y\"}}"))),
        RuleExplanation(
            .duplicateParameter, summary: "a parameter given twice in one block use",
            details: "Give each parameter once.",
            example: .agreement(frontMatter: [], body: body(hvad: "{{> afventer-national-afklaring hvad=\"x\" hvad=\"y\"}}"))),
        RuleExplanation(
            .undeclaredParameter, summary: "a block's text uses a parameter it does not declare",
            details: "Declare every {{key}} the block's text uses under 'parametre' with a description.",
            example: .template(path: "blocks/hilsen.md", text: "---\nbeskrivelse: En hilsen\n---\nKære {{navn}}.\n",
                               agreementBody: body(hvad: "{{> hilsen}}"))),
        RuleExplanation(
            .blockCycle, summary: "blocks that use each other in a ring",
            details: "A block that, directly or through others, uses itself would never finish expanding; the chain "
                + "is shown in the notes.",
            example: .template(path: "blocks/ring.md", text: "---\nbeskrivelse: En ring\n---\nA {{> ring}}\n",
                               agreementBody: body(hvad: "{{> ring}}"))),
        RuleExplanation(
            .blockTooDeep, summary: "blocks nested more than 32 levels deep",
            details: "No real text nests blocks that deep; the limit keeps expansion bounded.",
            example: .situation("33 blocks, each using the next")),
        RuleExplanation(
            .blockExpansionTooLarge, summary: "blocks expand to more than 1 MiB of text",
            details: "A block used many times inside blocks used many times can grow without bound; the limit keeps "
                + "a run bounded.",
            example: .situation("a block that uses another block 1,000 times, which uses a block of 2,000 characters")),
        RuleExplanation(
            .invalidBlockName, summary: "a block's file name is not a lowercase slug",
            details: "Block names are written in agreements; they are lowercase a-z, 0-9 and hyphens.",
            example: .template(path: "blocks/Min Blok.md", text: "---\nbeskrivelse: Forkert navn\n---\nTekst.\n")),
    ]
}
