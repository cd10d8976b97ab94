import Testing
@testable import UnicodeText

/// The reader of the generated tables' text. `FoundationOracleTests` holds the tables' meaning to
/// Foundation over all scalars; this holds the reading itself, at its edges.
@Suite struct HexNumbersTests {
    @Test func numbersAreReadAcrossSpacesAndLines() {
        let numbers: [UInt32] = UnicodeTables.hexNumbers("""
            A0 1F3FB
              10FFFF 0
            7
            """)
        #expect(numbers == [0xA0, 0x1F3FB, 0x10FFFF, 0, 7])
    }

    @Test func emptyTextHasNoNumbersAndNarrowTypesRead() {
        let none: [UInt32] = UnicodeTables.hexNumbers("")
        #expect(none.isEmpty)
        let narrow: [UInt16] = UnicodeTables.hexNumbers("2398 FFFF 1")
        #expect(narrow == [0x2398, 0xFFFF, 1])
    }

    @Test func generatedTablesAreAscendingWhereSearchedByHalving() {
        #expect(UnicodeTables.decomposedScalars.count == UnicodeTables.decompositionEnds.count)
        #expect(zip(UnicodeTables.decomposedScalars, UnicodeTables.decomposedScalars.dropFirst()).allSatisfy { $0 < $1 })
        #expect(zip(UnicodeTables.nonBaseRanges, UnicodeTables.nonBaseRanges.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(Int(UnicodeTables.decompositionEnds.last ?? 0) == UnicodeTables.decompositionParts.count)
    }
}
