import AftalerCore
import ArgumentParser

/// `--area` and `--status` filters, shared by list and the exports.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Only agreements in this indsatsområde (an id from Templates/vocabulary.yaml, or its label; repeatable).",
            completion: Completions.areas)
    var area: [String] = []

    @Option(name: .long, help: "Only agreements with this status, e.g. \"under implementering\" (repeatable).",
            completion: Completions.statuses)
    var status: [String] = []

    @Option(name: .customLong("aftale"),
            help: "Only agreements of this sundhedsaftale, e.g. 2019-2023 (an id from Templates/vocabulary.yaml; repeatable).")
    var healthAgreement: [String] = []

    /// The filter as a core value, after checking every value against the vocabulary.
    func selection(for portfolio: Portfolio) throws -> AgreementFilter {
        let areas = portfolio.templates.vocabulary.areas
        var areaIDs: Set<String> = []
        for written in area {
            guard let term = areas.resolve(written) else {
                let hint = Suggestion.hint(for: written, in: areas.ids) ?? "known: \(areas.ids.joined(separator: ", "))"
                throw ValidationError("unknown indsatsområde '\(written)' (\(hint))")
            }
            areaIDs.insert(term.id)
        }
        var statuses: [Status] = []
        for value in status {
            guard let parsed = Status(rawValue: value.lowercased()) else {
                let names = Status.allCases.map(\.rawValue)
                let hint = Suggestion.hint(for: value, in: names) ?? "known: \(names.joined(separator: ", "))"
                throw ValidationError("unknown status '\(value)' (\(hint))")
            }
            statuses.append(parsed)
        }
        let known = portfolio.templates.vocabulary.healthAgreements
        for id in healthAgreement where known[id] == nil {
            let hint = Suggestion.hint(for: id, in: known.ids) ?? "known: \(known.ids.joined(separator: ", "))"
            throw ValidationError("unknown sundhedsaftale '\(id)' (\(hint))")
        }
        return AgreementFilter(areas: areaIDs, statuses: Set(statuses), healthAgreements: Set(healthAgreement))
    }

    func apply(to portfolio: Portfolio) throws -> [Agreement] {
        try selection(for: portfolio).apply(portfolio.agreements)
    }
}
