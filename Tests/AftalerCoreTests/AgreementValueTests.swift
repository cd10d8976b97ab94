import Foundation
import Testing
import TestSupport
@testable import AftalerCore

/// `Agreement` keeps its fields behind one shared reference, copied on the first change: it must
/// still behave as a value. A change to a copy never shows in the original or in a portfolio.
@Suite struct AgreementValueTests {
    static let shipped = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()

    static func anyWithHistory() throws -> Agreement {
        try #require(shipped.agreements.first {
            $0.statusHistory.count > 1 && $0.statusHistory.last?.date != nil && !$0.decisions.isEmpty
        })
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() throws {
        let original = try Self.anyWithHistory()
        let title = original.title, decisions = original.decisions.count
        var copy = original
        copy.title = "Ændret titel"
        copy.decisions.append(copy.decisions[0])
        copy.statusHistory.removeLast()
        copy.relations.append(Relation(kind: .partOf, target: "andet-id"))
        #expect(copy.title == "Ændret titel" && copy.decisions.count == decisions + 1)
        #expect(original.title == title && original.decisions.count == decisions)
        #expect(original.statusHistory.count == copy.statusHistory.count + 1)
        #expect(original.relations.count + 1 == copy.relations.count)
        let again = try #require(Self.shipped.agreement(original.id))
        #expect(again.title == title && again.decisions.count == decisions)
    }

    @Test func asOfADayBeforeTheLastChangeIsANewValueAndTheOldOneStays() throws {
        let original = try Self.anyWithHistory()
        let lastChange = try #require(original.statusHistory.last?.date?.start)
        let dayBefore = lastChange.adding(days: -1)
        let earlier = try #require(original.asOf(dayBefore))
        #expect(earlier.statusHistory.count < original.statusHistory.count)
        #expect(Array(original.statusHistory.prefix(earlier.statusHistory.count)) == earlier.statusHistory)
        #expect(original.asOf(CivilDate(iso: "2100-01-01")!)?.statusHistory == original.statusHistory)
    }

    @Test func copiesChangedOnManyThreadsStayApart() async throws {
        let original = try Self.anyWithHistory()
        let titles = await withTaskGroup(of: String.self) { group in
            for index in 0..<8 {
                group.addTask {
                    var copy = original
                    copy.title = "Kopi \(index)"
                    copy.decisions.removeAll()
                    return copy.title
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(titles).count == 8)
        #expect(!original.decisions.isEmpty && !original.title.hasPrefix("Kopi"))
    }
}
