#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AgreementComparison.Version {
    /// The agreement file `bytes` (of agreement `id`) read with `templates`, as a file of a folder
    /// would be, labelled `label`; nil, with the diagnostics, when it cannot be read far enough to
    /// compare. A version with errors is still compared (a draft, an old file): what changed is the
    /// question, not whether it validates.
    public static func read(id: String, bytes: Data, label: String, date: CivilDate?, templates: TemplateLibrary)
        -> (version: Self?, diagnostics: [Diagnostic])
    {
        let portfolio = Portfolio.load(sources: [.init(name: "\(id).md", path: "\(id).md (\(label))", bytes: bytes)],
                                       templates: templates)
        let agreement = portfolio.agreements.first ?? portfolio.leftOutAgreements.first
        return (agreement.map { Self(agreement: $0, label: label, date: date) }, portfolio.diagnostics)
    }
}

extension AgreementComparison {
    /// What a change of the block `name` changes: every agreement of `agreements` that uses it
    /// (directly or through other blocks), read once with `oldTemplates` (the block as it was) and
    /// once with `templates`, in the order of the block index; agreements that cannot be read with
    /// the old block are left out.
    public static func blockChange(_ name: String, agreements: [Agreement], templates: TemplateLibrary,
                                   oldTemplates: TemplateLibrary, oldLabel: String, oldDate: CivilDate?)
        -> [AgreementComparison]
    {
        var seen = Set<String>()
        return BlockUsageIndex(agreements: agreements, templates: templates).uses(of: name).compactMap { use in
            guard seen.insert(use.agreementID).inserted,
                  let agreement = agreements.first(where: { $0.id == use.agreementID }) else { return nil }
            guard let old = Version.read(id: agreement.id, bytes: agreement.source.bytes, label: oldLabel, date: oldDate,
                                         templates: oldTemplates).version
            else { return nil }
            return AgreementComparison(old: old, new: Version(agreement: agreement, label: "\(name) nu"))
        }
    }
}
