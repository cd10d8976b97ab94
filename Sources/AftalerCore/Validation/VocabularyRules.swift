/// Values from the controlled vocabulary (Templates/vocabulary.yaml, kinds.yaml, the layouts) and
/// the fixed Danish words of statuses and outcomes. Detected by `YAMLReader` with a hint of the
/// nearest allowed value.
enum VocabularyRules: RuleFamily {
    static let name = "vocabulary"

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .unknownKind, summary: "a document kind not in Templates/kinds.yaml",
            details: "type is one of the kinds: samarbejdsaftale, rammeaftale, initiativ, kommissorium, ...",
            example: .agreement(frontMatter: ["type: aftale"])),
        RuleExplanation(
            .unknownArea, summary: "an indsatsområde not in the vocabulary",
            details: "Write the area's id from Templates/vocabulary.yaml (forebyggelse, ældre, psykiatri, ...).",
            example: .agreement(frontMatter: ["indsatsområde: Ældre borgere"])),
        RuleExplanation(
            .unknownParty, summary: "a party not in the vocabulary",
            details: "Write the party's id from Templates/vocabulary.yaml (region-midtjylland, kommunerne, "
                + "plo-midtjylland, ...), its label (PLO-Midtjylland) or a declared alias (PLO, PLO-M).",
            example: .agreement(frontMatter: ["parter: [Praktiserende læger]"])),
        RuleExplanation(
            .unknownBody, summary: "a decision's organ not in the vocabulary",
            details: "Write the body's id (ssu, ssg, regionsrådet, ...), or 'ukendt' when the sources do not say.",
            example: .agreement(frontMatter: ["beslutninger:", "  - organ: Styregruppen", "    dato: 2023-06-01",
                                              "    udfald: drøftet"])),
        RuleExplanation(
            .unknownStatus, summary: "a status that is not one of the lifecycle's words",
            details: "ikke igangsat, under udarbejdelse, i høring, godkendt, under implementering, implementeret, "
                + "evalueret, pauseret, afsluttet, udgået.",
            example: .agreement(frontMatter: ["status: igang"])),
        RuleExplanation(
            .unknownOutcome, summary: "a decision's udfald that is not one of the outcomes",
            details: "godkendt, afvist, besluttet, anbefalet, drøftet, taget til efterretning, udsat.",
            example: .agreement(frontMatter: ["beslutninger:", "  - organ: ssu", "    dato: 2023-06-01",
                                              "    udfald: vedtaget"])),
        RuleExplanation(
            .unknownCategory, summary: "a workplan entry's kategori not in the vocabulary",
            details: "Write a beslutningskategori id from Templates/vocabulary.yaml.",
            example: .agreement(frontMatter: ["arbejdsplaner:", "  overblik-2025:", "    kategori: vigtig"])),
        RuleExplanation(
            .unknownRecipient, summary: "an overdragelse recipient not in the vocabulary",
            details: "Write a modtager id from Templates/vocabulary.yaml.",
            example: .agreement(frontMatter: ["overdragelse: staten"])),
        RuleExplanation(
            .unknownHealthAgreement, summary: "a sundhedsaftale not in the vocabulary",
            details: "sundhedsaftaler lists the health-agreement periods an item belongs to, by the ids in "
                + "Templates/vocabulary.yaml (2019-2023, 2024-2027). Write only what the sources say.",
            example: .agreement(frontMatter: ["sundhedsaftaler: [2015-2018]"])),
        RuleExplanation(
            .unknownWorkplan, summary: "an arbejdsplaner key no layout declares",
            details: "Workplans are declared by the layouts in Templates/layouts (arbejdsplan: ssg-2023, ...).",
            example: .agreement(frontMatter: ["arbejdsplaner:", "  ssg-2030:", "    status: I gang"])),
        RuleExplanation(
            .unknownGroup, summary: "a workplan entry's gruppe that the workplan's layout does not declare",
            details: "A workplan's own groups (seed 000: 'Øvrige prioriteringer i 2023') are declared by its "
                + "layout under 'grupper'; an entry names one with 'gruppe' when it stands elsewhere than under "
                + "its indsatsområde.",
            example: .agreement(frontMatter: ["arbejdsplaner:", "  ssg-2023:", "    gruppe: diverse"])),
        RuleExplanation(
            .unknownBudget, summary: "a budget key no layout declares",
            details: "Budgets are declared by the layouts in Templates/layouts (budget: midtklyngen-2023).",
            example: .agreement(frontMatter: ["budget:", "  klyngen-2030:", "    2024: 100"])),
    ]
}
