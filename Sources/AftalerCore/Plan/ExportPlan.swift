/// What one report or export is made of, decided once: the day it is "pr.", the agreements as they
/// stood that day, and which of them each kind of output holds. Every command and the handover
/// bundle go through a plan, so a workplan exported alone and the same workplan inside a bundle
/// made with the same day and selection are the same file.
///
/// - The day comes from `AsOfDay` (`--as-of`, `SOURCE_DATE_EPOCH`, or today in Denmark).
/// - Agreements are taken as they stood on the day (`Agreement.asOf(_:)`): status is the status
///   then, and an agreement whose history starts later is not there yet. The filter's statuses are
///   matched against that status.
/// - Documents carry the day as their creation date. A heading's `{statusdato}` is the date the
///   layout's status texts were written (its `statusdato`), which is a fact of the workplan, not of
///   the day it is printed; without one it is the day.
/// - Reports and workplans hold every selected agreement (a workplan records finished items too).
///   The handover bundle hands over only agreements still active on the day unless statuses are
///   chosen; its spreadsheets are the workplans of the same plan, so they match the exports.
public struct ExportPlan: Sendable {
    public let portfolio: Portfolio
    public let asOf: AsOfDay
    public let filter: AgreementFilter

    /// The selected agreements as they stood on the day, in portfolio order.
    public let agreements: [Agreement]

    public init(portfolio: Portfolio, filter: AgreementFilter = AgreementFilter(), asOf: AsOfDay) {
        self.portfolio = portfolio
        self.asOf = asOf
        self.filter = filter
        let day = asOf.date
        agreements = portfolio.agreements.compactMap { $0.asOf(day) }.filter(filter.includes)
    }

    /// The day the output is "pr.".
    public var date: CivilDate { asOf.date }

    /// The creation date written into a document's properties: the day.
    public var created: CivilDate { asOf.date }

    /// The agreements a handover package holds: those selected, without the ones `afsluttet` or
    /// `udgået` on the day unless the filter chose statuses.
    public var handedOver: [Agreement] {
        filter.statuses.isEmpty ? agreements.filter(\.status.isActive) : agreements
    }

    /// The table of `layout` for the selected agreements, with headings dated as described above.
    public func table(_ layout: Layout) -> WorkplanTable {
        WorkplanTable(layout: layout, agreements: agreements, headingDate: headingDate(of: layout), asOf: date)
    }

    /// The date of `{statusdato}` in `layout`'s headings.
    public func headingDate(of layout: Layout) -> CivilDate { layout.statusDate ?? date }

    /// The status report of the selected agreements (or of `agreements`, a part of them) on the day.
    /// When the selection is one sundhedsaftale with a report of its own (`ReportSpec`), the report
    /// takes that report's title, group names and order; `title` overrides the title.
    public func statusReport(of agreements: [Agreement]? = nil, title: String? = nil) -> StatusReport {
        let chosen = agreements ?? self.agreements
        guard filter.healthAgreements.count == 1, let id = filter.healthAgreements.first,
              let spec = portfolio.templates.reportSpecs[id]
        else { return StatusReport(agreements: chosen, asOf: date, title: title ?? StatusReport.defaultTitle) }
        return StatusReport(agreements: spec.ordered(chosen), asOf: date, title: title ?? spec.title,
                            subtitle: spec.subtitle ?? StatusReport.defaultSubtitle, areaLabels: spec.groupLabels)
    }

    /// The obligations of the selected agreements (or of `agreements`) on the day; `window` nil lists
    /// every open one however far ahead; parties waiting to approve are due `signoffDays` days after
    /// they were sent the agreement.
    public func dueList(of agreements: [Agreement]? = nil, window: Int? = DueList.defaultWindow,
                        includeDone: Bool = false, signoffDays: Int = DueList.defaultSignoffDays) -> DueList {
        DueList(agreements: agreements ?? self.agreements, asOf: date, window: window, includeDone: includeDone,
                signoffDays: signoffDays)
    }
}
