import Testing
@testable import AftalerCore

/// Lists survive: bullet and numbered lines in a section become lists in HTML and Word, while a
/// Danish sentence that starts with a date stays prose.
@Suite struct SectionBlockTests {
    @Test func numberedLinesAfterALeadInAreAList() {
        let text = "SSU har 7/2 godkendt arbejdsgruppens anbefalinger:\n1. Overvægt i et bredere perspektiv\n"
            + "2. Tendenser til virkningsfulde indsatser\n3. Børnesundhedsprofil"
        #expect(SectionBlock.parse(text) == [
            .paragraph("SSU har 7/2 godkendt arbejdsgruppens anbefalinger:"),
            .numberedList(["Overvægt i et bredere perspektiv", "Tendenser til virkningsfulde indsatser", "Børnesundhedsprofil"]),
        ])
        #expect(HTMLText.blocks(text, headingLevel: 3).contains("<ol>\n<li>Overvægt i et bredere perspektiv</li>"))
    }

    @Test func aSentenceThatStartsWithADateStaysProse() {
        let text = "1. maj 2023 trådte aftalen i kraft.\n2. juni 2023 fulgte klyngerne op."
        #expect(SectionBlock.parse(text) == [.paragraph(text.replacingOccurrences(of: "\n", with: " "))])
        #expect(SectionBlock.parse("1. Kun ét punkt\nog mere tekst") == [.paragraph("1. Kun ét punkt og mere tekst")])
    }

    @Test func numbersOutOfSequenceAreNotAList() {
        #expect(SectionBlock.parse("2. Noget\n3. Andet") == [.paragraph("2. Noget 3. Andet")])
    }

    @Test func bulletsAndContinuationLinesStayItems() {
        let text = "Fire spor:\n• Kortlægning af\n  nuværende indsatser\n• Borgernes perspektiv"
        #expect(SectionBlock.parse(text) == [.paragraph("Fire spor:"),
                                            .bulletList(["Kortlægning af nuværende indsatser", "Borgernes perspektiv"])])
    }
}
