/// Values with a form: dates, Danish period expressions, amounts, years and numbers. Detected by
/// `YAMLReader` and `Period`.
enum ValueRules: RuleFamily {
    static let name = "values"

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .invalidDate, summary: "not a date where one is needed",
            details: "ikrafttrædelse is one day, in the forms every date field takes: 2023-05-01, '1. maj 2023', "
                + "'01.05.2023' or '1/5-23'. A day that does not exist, or a longer period, is refused.",
            example: .agreement(frontMatter: ["ikrafttrædelse: 2023-02-31"])),
        RuleExplanation(
            .invalidPeriod, summary: "not a date or Danish period expression",
            details: "Dates and periods are written as the secretariat writes them: '7. februar 2023', 'primo 2025', "
                + "'2. kvartal 2025', 'medio 2021', '2019-2022', 'uge 6 2025', an ISO date, '15.03.2025', '15/3-25' "
                + "(docs/format.md). Open-ended words ('løbende', 'efter sommerferien 2025', 'senest 2025') name "
                + "no period and are refused with the accepted forms.",
            example: .agreement(frontMatter: ["evaluering: snart"])),
        RuleExplanation(
            .invalidAmount, summary: "a budget amount that is not a whole number",
            details: "Amounts are in 1.000 kr. as whole numbers, without separators.",
            example: .agreement(frontMatter: ["budget:", "  midtklyngen-2023:", "    2024: 1.5 mio"])),
        RuleExplanation(
            .invalidYear, summary: "a budget year that is not a year",
            details: "Budget lines are keyed by year, 1900–2200.",
            example: .agreement(frontMatter: ["budget:", "  midtklyngen-2023:", "    næste: 100"])),
        RuleExplanation(
            .invalidNumber, summary: "a number out of range or not a number",
            details: "A workplan entry's nr is a whole number 0–9999.",
            example: .agreement(frontMatter: ["arbejdsplaner:", "  ssg-2023:", "    nr: første"])),
    ]
}
