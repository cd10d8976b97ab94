/// A selection of agreements by area, status and sundhedsaftale; empty sets select everything.
public struct AgreementFilter: Sendable, Hashable {
    public var areas: Set<String>
    public var statuses: Set<Status>
    /// Sundhedsaftale ids (`2019-2023`): an agreement belonging to any of them is selected.
    public var healthAgreements: Set<String>

    public init(areas: Set<String> = [], statuses: Set<Status> = [], healthAgreements: Set<String> = []) {
        self.areas = areas
        self.statuses = statuses
        self.healthAgreements = healthAgreements
    }

    public func includes(_ agreement: Agreement) -> Bool {
        (areas.isEmpty || areas.contains(agreement.area.id)) && (statuses.isEmpty || statuses.contains(agreement.status))
            && (healthAgreements.isEmpty || agreement.healthAgreements.contains { healthAgreements.contains($0.id) })
    }

    public func apply(_ agreements: [Agreement]) -> [Agreement] { agreements.filter(includes) }
}
