#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything in `Templates/`: the vocabulary, the document kinds and the reusable blocks.
/// Loading collects diagnostics for the template files like for agreements.
public struct TemplateLibrary: Sendable {
    public let vocabulary: Vocabulary
    public let kinds: [String: DocumentKind]
    /// Kind ids in file order.
    public let kindOrder: [String]
    public let blocks: [String: Block]
    /// Workplan layouts by name (file name without `.yaml`).
    public let layouts: [String: Layout]
    /// Workplan ids that some layout shows; agreements may only use these.
    public let workplanIDs: [String]
    /// Budget ids that some layout shows; agreements may only use these.
    public let budgetIDs: [String]
    /// The folder the templates were read from.
    public let folder: URL
    /// Status reports of a sundhedsaftale as the secretariat made them, by sundhedsaftale id.
    public var reportSpecs: [String: ReportSpec] = [:]

    /// The group ids that layouts grouping `workplan` by `gruppe` declare (empty: none do).
    public func groups(ofWorkplan workplan: String) -> [String] {
        layouts.values.filter { $0.source == .workplan(workplan) && $0.grouping == .group }
            .flatMap { $0.groups.map(\.id) }.sorted()
    }

    /// Reads `vocabulary.yaml`, `kinds.yaml` and `blocks/*.md` from `folder`.
    public static func load(from folder: URL, diagnostics: inout [Diagnostic]) -> TemplateLibrary {
        let vocabulary = loadVocabulary(folder.appending(path: "vocabulary.yaml"), diagnostics: &diagnostics)
        let (kinds, order) = loadKinds(folder.appending(path: "kinds.yaml"), diagnostics: &diagnostics)
        let blocks = Block.loadAll(from: folder.appending(path: "blocks"), diagnostics: &diagnostics)
        let layouts = Layout.loadAll(from: folder.appending(path: "layouts"), diagnostics: &diagnostics)
        let workplans = Set(layouts.values.compactMap { if case .workplan(let id) = $0.source { id } else { nil } })
        let budgets = Set(layouts.values.compactMap { if case .budget(let id) = $0.source { id } else { nil } })
        var library = TemplateLibrary(vocabulary: vocabulary, kinds: kinds, kindOrder: order, blocks: blocks,
                                      layouts: layouts, workplanIDs: workplans.sorted(), budgetIDs: budgets.sorted(),
                                      folder: folder)
        library.reportSpecs = ReportSpec.loadAll(from: folder, diagnostics: &diagnostics)
        return library
    }

    /// What `vocabulary.yaml` must hold, for the diagnostics of an empty one.
    static let vocabularyContents = "vocabulary.yaml must map each of \(vocabularyKeys.joined(separator: ", ")) "
        + "to its ids and Danish labels, e.g. 'indsatsområder: {forebyggelse: Forebyggelse}'"
    /// What `kinds.yaml` must hold, for the diagnostics of an empty one (or one that defines no kind).
    static let kindsContents = "kinds.yaml must map each document kind to its label and any sections and fields beyond "
        + "the common ones, e.g. 'samarbejdsaftale: {label: Samarbejdsaftale}'"

    /// The keys of `vocabulary.yaml`, in file order.
    static let vocabularyKeys = [AreaCategory.vocabularyKey, PartyCategory.vocabularyKey, BodyCategory.vocabularyKey,
                                 DecisionCategoryCategory.vocabularyKey, RecipientCategory.vocabularyKey]

    /// Reads a YAML template file into a mapping, or reports why it cannot; `contents` says what the
    /// file must hold, for the diagnostic of an empty one. A symbolic link is read only when it
    /// leads to a file in the same folder (`SourceFile.readInFolder`).
    static func readYAML(_ url: URL, contents: String, diagnostics: inout [Diagnostic]) -> (YAMLNode, YAMLReader)? {
        let path = displayPath(url)
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
        guard isLink || FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.append(Diagnostic(.fileUnreadable, "cannot read template file", at: .init(file: path, line: 1, column: 1),
                                          hint: "is the Templates folder complete? pass --templates to point at it"))
            return nil
        }
        guard let data = SourceFile.readInFolder(url, path: path, diagnostics: &diagnostics) else { return nil }
        let (source, problems) = SourceText.decode(bytes: data, path: path, emptyHint: contents)
        diagnostics += problems
        guard let source else { return nil }
        guard let mapping = FrontMatterDocument.compose(source.text, path: path, lineOffset: 0, what: url.lastPathComponent,
                                                        emptyHint: contents, diagnostics: &diagnostics)
        else { return nil }
        return (mapping, YAMLReader(path: path, lineOffset: 0))
    }

    private static func loadVocabulary(_ url: URL, diagnostics: inout [Diagnostic]) -> Vocabulary {
        var lists: [String: [(id: String, label: String, aliases: [String])]] = [:]
        if let (root, initialReader) = readYAML(url, contents: vocabularyContents, diagnostics: &diagnostics) {
            var reader = initialReader
            let keys = vocabularyKeys
            let termLists = keys + [HealthAgreementCategory.vocabularyKey]
            let fields = reader.fields(root, "vocabulary", known: termLists + signoffKeys, required: keys) ?? YAMLFields()
            for (key, node) in fields where termLists.contains(key) {
                for pair in reader.mapping(node, key) ?? [] {
                    guard let (label, aliases) = readTerm(pair.value, "\(key).\(pair.key)", &reader) else { continue }
                    lists[key, default: []].append((pair.key, label, aliases))
                }
            }
            var vocabulary = Vocabulary(
                areas: TermList(lists[AreaCategory.vocabularyKey] ?? []),
                parties: TermList(lists[PartyCategory.vocabularyKey] ?? []),
                bodies: TermList(lists[BodyCategory.vocabularyKey] ?? []),
                decisionCategories: TermList(lists[DecisionCategoryCategory.vocabularyKey] ?? []),
                recipients: TermList(lists[RecipientCategory.vocabularyKey] ?? []),
                healthAgreements: TermList(lists[HealthAgreementCategory.vocabularyKey] ?? []))
            readSignoffParties(fields, into: &vocabulary, &reader)
            diagnostics += reader.diagnostics
            return vocabulary
        }
        let none: [(id: String, label: String)] = []
        return Vocabulary(areas: TermList(none), parties: TermList(none), bodies: TermList(none),
                          decisionCategories: TermList(none), recipients: TermList(none), healthAgreements: TermList(none))
    }

    /// The optional keys of `vocabulary.yaml` for the sign-off across the parties.
    static let signoffKeys = ["partsgrupper", "godkendere"]

    /// `partsgrupper` (group id → member ids) and `godkendere` (party or group ids), all parties.
    private static func readSignoffParties(_ fields: YAMLFields, into vocabulary: inout Vocabulary,
                                           _ reader: inout YAMLReader) {
        func parties(_ node: YAMLNode, _ what: String) -> [Party] {
            (reader.list(node, what) ?? []).compactMap { reader.term($0, in: vocabulary.parties, what) }
        }
        for pair in fields["partsgrupper"].flatMap({ reader.mapping($0, "partsgrupper") }) ?? [] {
            guard reader.term(pair.keyNode, in: vocabulary.parties, "partsgrupper") != nil else { continue }
            vocabulary.partyGroups[pair.key] = parties(pair.value, "partsgrupper.\(pair.key)")
        }
        if let node = fields["godkendere"] {
            vocabulary.approvers = vocabulary.expanding(parties(node, "godkendere"))
        }
    }

    /// One vocabulary entry: `id: Label`, or `id: {label: Label, alias: [Other, Names]}`.
    private static func readTerm(_ node: YAMLNode, _ what: String, _ reader: inout YAMLReader)
        -> (label: String, aliases: [String])?
    {
        guard case .mapping = node.content else { return reader.string(node, what).map { ($0, []) } }
        guard let fields = reader.fields(node, what, known: ["label", "alias"], required: ["label"]),
              let label = fields["label"].flatMap({ reader.string($0, "\(what).label") })
        else { return nil }
        let aliases = (fields["alias"].flatMap { reader.list($0, "\(what).alias") } ?? [])
            .compactMap { reader.string($0, "\(what).alias") }
        return (label, aliases)
    }

    private static func loadKinds(_ url: URL, diagnostics: inout [Diagnostic]) -> ([String: DocumentKind], [String]) {
        guard let (root, initialReader) = readYAML(url, contents: kindsContents, diagnostics: &diagnostics)
        else { return ([:], []) }
        var reader = initialReader
        var kinds: [String: DocumentKind] = [:]
        var order: [String] = []
        for pair in reader.mapping(root, "kinds") ?? [] {
            guard let fields = reader.fields(pair.value, "kind '\(pair.key)'", known: ["label", "sektioner", "felter"],
                                             required: ["label"]),
                  let label = fields["label"].flatMap({ reader.string($0, "label") })
            else { continue }
            let sections = (fields["sektioner"].flatMap { reader.list($0, "sektioner") } ?? [])
                .compactMap { reader.string($0, "sektioner") }
            let extraFields = (fields["felter"].flatMap { reader.list($0, "felter") } ?? [])
                .compactMap { reader.string($0, "felter") }
            for (field, node) in zip(extraFields, fields["felter"].flatMap({ reader.list($0, "felter") }) ?? [])
            where !AgreementParser.knownFields.contains(field) {
                reader.report(.unknownField, "kind '\(pair.key)' requires unknown field '\(field)'", at: node,
                              hint: Suggestion.hint(for: field, in: AgreementParser.knownFields))
            }
            kinds[pair.key] = DocumentKind(
                id: pair.key, label: label,
                requiredSections: DocumentKind.commonSections + sections.filter { !DocumentKind.commonSections.contains($0) },
                requiredFields: DocumentKind.commonFields + extraFields.filter { !DocumentKind.commonFields.contains($0) })
            order.append(pair.key)
        }
        if kinds.isEmpty, !reader.diagnostics.containsErrors {
            reader.report(.invalidTemplate, "kinds.yaml defines no document kind", at: root, hint: kindsContents)
        }
        diagnostics += reader.diagnostics
        return (kinds, order)
    }

    /// A path for diagnostics: relative to the current directory when it lies below it.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }

    /// What `displayPath` puts before the name of a file in `folder`: the folder's display path and
    /// a slash, or nothing for the current directory. One call serves every file of the folder.
    static func displayPrefix(ofFolder folder: URL) -> String {
        if folder.standardizedFileURL.path == FileManager.default.currentDirectoryPath { return "" }
        let shown = displayPath(folder)
        return shown.hasSuffix("/") ? shown : shown + "/"
    }
}
