#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A status report of one sundhedsaftale as the secretariat made it (`Templates/reports/NAME.yaml`):
/// its title, its names for the groups and the order of its agreements, so that
/// `aftale report status --aftale 2019-2023` reproduces the final status report (seed 001).
///
/// The order is explicit, in the report's file, because it is the report's own (seed 001 does not
/// sort by title or date); agreements of the sundhedsaftale that it does not list come after, in
/// title order, so a new one is never left out silently.
public struct ReportSpec: Sendable {
    /// The sundhedsaftale id (`2019-2023`).
    public let healthAgreement: String
    public let title: String
    public let subtitle: String?
    /// Group headings by area id.
    public let groupLabels: [String: String]
    /// Agreement ids in the report's order.
    public let order: [String]

    static let knownKeys = ["sundhedsaftale", "titel", "undertitel", "grupper", "rækkefølge"]
    static let contents = "a report file maps sundhedsaftale, titel, undertitel, grupper and rækkefølge"

    /// Every report in `folder/reports`, by sundhedsaftale id; the folder is optional.
    static func loadAll(from folder: URL, diagnostics: inout [Diagnostic]) -> [String: ReportSpec] {
        let reports = folder.appending(path: "reports")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: reports.path) else { return [:] }
        var result: [String: ReportSpec] = [:]
        for file in files.sorted() where file.hasSuffix(".yaml") {
            if let spec = load(reports.appending(path: file), diagnostics: &diagnostics) { result[spec.healthAgreement] = spec }
        }
        return result
    }

    static func load(_ url: URL, diagnostics: inout [Diagnostic]) -> ReportSpec? {
        guard let (root, initialReader) = TemplateLibrary.readYAML(url, contents: contents, diagnostics: &diagnostics)
        else { return nil }
        var reader = initialReader
        defer { diagnostics += reader.diagnostics }
        guard let fields = reader.fields(root, "the report", known: knownKeys, required: ["sundhedsaftale", "titel"]),
              let id = fields["sundhedsaftale"].flatMap({ reader.string($0, "sundhedsaftale") }),
              let title = fields["titel"].flatMap({ reader.string($0, "titel") })
        else { return nil }
        var labels: [String: String] = [:]
        for pair in fields["grupper"].flatMap({ reader.mapping($0, "grupper") }) ?? [] {
            labels[pair.key] = reader.string(pair.value, "grupper.\(pair.key)")
        }
        let order = (fields["rækkefølge"].flatMap { reader.list($0, "rækkefølge") } ?? [])
            .compactMap { reader.string($0, "rækkefølge") }
        return ReportSpec(healthAgreement: id, title: title, subtitle: fields["undertitel"].flatMap { reader.string($0, "undertitel") },
                          groupLabels: labels, order: order)
    }

    /// `agreements` in the report's order: listed ones first, the rest in the order given.
    public func ordered(_ agreements: [Agreement]) -> [Agreement] {
        let place = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return agreements.enumerated().sorted { a, b in
            (place[a.element.id] ?? .max, a.offset) < (place[b.element.id] ?? .max, b.offset)
        }.map(\.element)
    }
}
