/// The front matter: a YAML mapping between two '---' lines, plain YAML only (no duplicate keys,
/// anchors or deep nesting). Detected by `FrontMatterDocument` and `YAMLComposer`.
enum YAMLRules: RuleFamily {
    static let name = "front matter"

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .missingFrontMatter, summary: "the file does not start with '---' front matter",
            details: "An agreement starts with a '---' line, the YAML fields, and a closing '---'.",
            example: .agreementBytes(Array(RuleExample.baseBody.utf8))),
        RuleExplanation(
            .unterminatedFrontMatter, summary: "the front matter has no closing '---'",
            details: "Without the closing line the whole file would be read as YAML; add '---' after the fields.",
            example: .agreementBytes(Array("---\ntype: initiativ\ntitel: Eksempel\n".utf8))),
        RuleExplanation(
            .yamlSyntax, summary: "the front matter is not valid YAML",
            details: "libyaml's own message says what it found; a ':' in a value needs quotes.",
            example: .agreement(frontMatter: ["titel: \"Eksempel"])),
        RuleExplanation(
            .yamlDuplicateKey, summary: "a key appears twice in one mapping",
            details: "YAML readers differ on which value wins; here neither is taken.",
            example: .agreementBytes(Array(("---\ntype: initiativ\ntitel: Eksempel\ntitel: Igen\nindsatsområde: ældre\n"
                + "status: ikke igangsat\n---\n" + RuleExample.baseBody).utf8))),
        RuleExplanation(
            .yamlAnchor, summary: "a YAML anchor, alias or merge key",
            details: "Anchors make a file say one thing where it is read and another where it is used, and aliases "
                + "can blow up in size; write every value out.",
            example: .agreement(frontMatter: ["titel: &t Eksempel"])),
        RuleExplanation(
            .yamlTag, summary: "an explicit YAML tag (!!str, !!python/object, !name)",
            details: "Tags tell some YAML readers to build objects or run code; the format needs none, and a value "
                + "must mean the same to every reader. Write the plain value.",
            example: .agreement(frontMatter: ["titel: !!python/object:os.system \"id\""])),
        RuleExplanation(
            .yamlTooDeep, summary: "the YAML is nested more than 12 levels deep",
            details: "No field of the format nests that deep; the limit keeps a hostile file from exhausting the stack.",
            example: .agreement(frontMatter: ["links: " + String(repeating: "[", count: 14) + String(repeating: "]", count: 14)])),
    ]
}
