#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SheetNames

extension Layout {
    static let knownKeys = ["titel", "emne", "ark", "arbejdsplan", "budget", "gruppering", "sortering", "kolonner", "statusdato", "grupper", "rækkefølge"]

    /// What a layout file must hold, for the diagnostics of an empty one.
    static let contents = "a layout holds titel, ark, kolonner and one of arbejdsplan and budget (see Templates/layouts/)"

    /// Reads every `*.yaml` file in `folder` as a layout.
    static func loadAll(from folder: URL, diagnostics: inout [Diagnostic]) -> [String: Layout] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var layouts: [String: Layout] = [:]
        for file in files.sorted() where file.hasSuffix(".yaml") {
            if let layout = load(folder.appending(path: file), diagnostics: &diagnostics) {
                layouts[layout.name] = layout
            }
        }
        return layouts
    }

    /// Reads one layout file, reporting every problem with its position.
    public static func load(_ url: URL, diagnostics: inout [Diagnostic]) -> Layout? {
        guard let (root, initialReader) = TemplateLibrary.readYAML(url, contents: contents, diagnostics: &diagnostics)
        else { return nil }
        var reader = initialReader
        defer { diagnostics += reader.diagnostics }
        let rootNode = root
        guard let fields = reader.fields(rootNode, "the layout", known: knownKeys,
                                         required: ["titel", "ark", "kolonner"]) else { return nil }
        let title = fields["titel"].flatMap { reader.string($0, "titel") }
        let subject = fields["emne"].flatMap { reader.string($0, "emne") } ?? title
        var sheet: String?
        if let node = fields["ark"], let name = reader.string(node, "ark") {
            if let problem = sheetNameProblem(name) {
                reader.report(.invalidSheetName, "sheet name '\(name)' cannot be used: \(problem)", at: node,
                              hint: "Excel allows at most 31 characters and none of [ ] : * ? / \\")
            } else {
                sheet = name
            }
        }
        let source: Source?
        switch (fields["arbejdsplan"], fields["budget"]) {
        case (let workplan?, nil): source = reader.slugValue(workplan, "arbejdsplan").map(Source.workplan)
        case (nil, let budget?): source = reader.slugValue(budget, "budget").map(Source.budget)
        default:
            reader.report(.invalidTemplate, "a layout needs exactly one of 'arbejdsplan' and 'budget'", at: rootNode)
            source = nil
        }
        let grouping: Grouping = fields["gruppering"].flatMap { reader.enumValue($0, "gruppering", code: .invalidTemplate) } ?? .none
        let sortKeys: [SortKey] = (fields["sortering"].flatMap { reader.list($0, "sortering") } ?? [])
            .compactMap { reader.enumValue($0, "sortering", code: .invalidTemplate) }
        var columns: [Column] = []
        var columnNodes = fields["kolonner"].flatMap({ reader.list($0, "kolonner") }) ?? []
        if columnNodes.count > SheetLimits.columnCount {
            let key = Self.keyNode("kolonner", in: rootNode) ?? rootNode
            reader.report(.tooManyColumns, "the layout has \(columnNodes.count) columns, more than an Excel sheet holds "
                              + "(\(SheetLimits.columnCount))", at: key, hint: "split it into several layouts")
            columnNodes = []
        }
        for element in columnNodes {
            guard let column = reader.fields(element, "a column", known: ["overskrift", "felt"], required: ["overskrift", "felt"]),
                  let heading = column["overskrift"].flatMap({ reader.string($0, "overskrift") }),
                  let fieldNode = column["felt"]
            else { continue }
            let field: Field? = reader.enumValue(fieldNode, "felt", code: .unknownColumnField)
            if let field { columns.append(Column(heading: heading, field: field)) }
        }
        let statusDate = fields["statusdato"].flatMap { reader.date($0, "statusdato") }
        var groups: [GroupHeading] = []
        for pair in fields["grupper"].flatMap({ reader.mapping($0, "grupper") }) ?? [] {
            if let heading = reader.string(pair.value, "grupper.\(pair.key)") {
                groups.append(GroupHeading(id: pair.key, heading: heading))
            }
        }
        if grouping == .group, groups.isEmpty, let node = fields["gruppering"] {
            reader.report(.invalidTemplate, "'gruppering: gruppe' needs 'grupper': the groups' ids and headings in order",
                          at: node)
        }
        let before = reader.diagnostics.containsErrors
        guard !before, let title, let subject, let sheet, let source, !columns.isEmpty else { return nil }
        var layout = Layout(name: url.deletingPathExtension().lastPathComponent, title: title, subject: subject,
                            sheetName: sheet, source: source, grouping: grouping, sortKeys: sortKeys, columns: columns,
                            statusDate: statusDate, path: reader.path)
        layout.groups = groups
        layout.listedOrder = (fields["rækkefølge"].flatMap { reader.list($0, "rækkefølge") } ?? [])
            .compactMap { reader.slugValue($0, "rækkefølge") }
        return layout
    }
}

extension Layout {
    /// The key node `key` of the mapping `node`, for diagnostics about a field as a whole.
    static func keyNode(_ key: String, in node: YAMLNode) -> YAMLNode? {
        guard case .mapping(let pairs) = node.content else { return nil }
        return pairs.first { $0.key.scalarText == key }?.key
    }
}

extension YAMLReader {
    /// A value that must be a lowercase slug (workplan and budget ids).
    mutating func slugValue(_ node: YAMLNode, _ what: String) -> String? {
        guard let value = string(node, what) else { return nil }
        if let problem = AgreementID.problem(with: value) {
            report(.invalidTemplate, "'\(what)' must be a lowercase slug: \(problem)", at: node)
            return nil
        }
        return value
    }
}
