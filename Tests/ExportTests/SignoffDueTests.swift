import AftalerCore
import Foundation
import TestSupport
import Testing

/// Parties waiting to approve in the one obligation model (`DueList`, `aftale due`): the fixture of
/// `SignoffTests` (sent 2 October 2023, 17 of 19 municipalities, the region and PLO approved, Lemvig
/// and Samsø waiting) before and after the answer is due, as text and JSON; and the shipped
/// agreements, whose answers are 'ikke registreret', never waiting.
@Suite struct SignoffDueTests {
    static let what = "Venter på godkendelse fra Lemvig Kommune, Samsø Kommune"

    static func list(_ day: String, signoffDays: Int = DueList.defaultSignoffDays) -> DueList {
        ExportPlan(portfolio: SignoffTests.fixture.portfolio, asOf: AsOfDay(date: CivilDate(iso: day)!, origin: .given))
            .dueList(signoffDays: signoffDays)
    }

    @Test func theDefaultIsSixtyDays() {
        #expect(DueList.defaultSignoffDays == 60)
        #expect(Self.list("2023-11-20").signoffDays == 60)
    }

    /// 2 October 2023 + 60 days is 1 December 2023: upcoming on 30 November (PLO answered that
    /// day), due on 1 December, overdue on 15 December.
    @Test func upcomingBeforeTheDeadlineOverdueAfter() throws {
        let before = Self.list("2023-11-30").items.filter { $0.source == .signoff }
        let item = try #require(before.first)
        #expect(before.count == 1)
        #expect(item.what == Self.what)
        #expect(item.state == .upcoming)
        #expect(item.period == Period(day: CivilDate(iso: "2023-12-01")!))

        #expect(Self.list("2023-12-01").items.first { $0.source == .signoff }?.state == .due)

        let after = Self.list("2023-12-15")
        let overdue = try #require(after.items.first { $0.source == .signoff })
        #expect(overdue.state == .overdue)
        #expect(overdue.overdueSince == CivilDate(iso: "2023-12-02"))
        let row = try #require(after.rows.first { $0.last?.hasPrefix(Self.what) == true })
        #expect(row[0] == "forfalden siden 2. december 2023")
        #expect(row[2] == "godkendelse")
        #expect(row[4] == Self.what + " – sendt 2. oktober 2023, svarfrist 60 dage")
    }

    /// A shorter period makes the same wait overdue sooner; 0 days makes it due on the day sent.
    @Test func theNumberOfDaysIsAParameter() throws {
        let ten = try #require(Self.list("2023-11-20", signoffDays: 10).items.first { $0.source == .signoff })
        #expect(ten.state == .overdue && ten.overdueSince == CivilDate(iso: "2023-10-13"))
        let zero = try #require(Self.list("2023-10-02", signoffDays: 0).items.first { $0.source == .signoff })
        #expect(zero.state == .due && zero.period.start == CivilDate(iso: "2023-10-02"))
    }

    /// Before the sending nobody waits; a party counts until the day its answer is recorded.
    @Test func onlyPartiesWithoutAnAnswerOnTheDayWait() {
        #expect(!Self.list("2023-10-01").items.contains { $0.source == .signoff })
        let early = Self.list("2023-11-20").items.first { $0.source == .signoff }
        #expect(early?.what == Self.what + ", PLO-Midtjylland")
    }

    @Test func jsonCarriesTheDaysAndTheItem() throws {
        let text = Self.list("2023-12-15").json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["godkendelsesfrist"] as? Int == 60)
        // The top-level keys, one per line at the first indentation, in sorted order like the others.
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(keys == keys.sorted())
        #expect(keys.contains("godkendelsesfrist"))
        let items = try #require(json["punkter"] as? [[String: Any]])
        let item = try #require(items.first { $0["type"] as? String == "godkendelse" })
        #expect(item["hvad"] as? String == Self.what)
        #expect(item["tilstand"] as? String == "forfalden")
        #expect(item["forfalden_siden"] as? String == "2023-12-02")
        let span = try #require(item["tid"] as? [String: Any])
        #expect(span["fra"] as? String == "2023-12-01" && span["til"] as? String == "2023-12-01")
    }

    /// The shipped agreements record answers as 'ikke registreret' or given: no party is waiting,
    /// whatever the day.
    @Test func shippedAgreementsHaveNoInventedWait() {
        let portfolio = Workspace(templatesFolder: Repository.templates, agreementPaths: [Repository.agreements]).load()
        for day in ["2023-11-01", "2024-06-01", "2025-02-03"] {
            let list = DueList(agreements: portfolio.agreements, asOf: CivilDate(iso: day)!, window: nil, signoffDays: 0)
            #expect(!list.items.contains { $0.source == .signoff }, "\(day)")
        }
    }
}
