/// A selection of agreements by area and status; empty sets select everything.
public struct AgreementFilter: Sendable, Hashable {
    public var areas: Set<String>
    public var statuses: Set<Status>

    public init(areas: Set<String> = [], statuses: Set<Status> = []) {
        self.areas = areas
        self.statuses = statuses
    }

    public func includes(_ agreement: Agreement) -> Bool {
        (areas.isEmpty || areas.contains(agreement.area.id)) && (statuses.isEmpty || statuses.contains(agreement.status))
    }

    public func apply(_ agreements: [Agreement]) -> [Agreement] { agreements.filter(includes) }
}
