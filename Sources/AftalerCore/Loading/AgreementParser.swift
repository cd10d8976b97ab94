#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns one agreement file into an `Agreement`, collecting every problem on the way.
struct AgreementParser {
    static let knownFields = [
        "type", "titel", "indsatsområde", "status", "parter", "ikrafttrædelse", "evaluering", "opfølgning",
        "beslutninger", "godkendelse", "sundhedsaftaler", "relationer", "ansvarlig", "sammensætning", "milepæle", "links", "arbejdsplaner", "budget", "overdragelse",
        "partsgodkendelse",
    ]

    static let entryFields = ["gruppe", "nr", "målsætning", "indsats", "status", "bestillinger", "kategori", "tid", "forslag"]

    let templates: TemplateLibrary
    let resolver: BlockResolver

    init(templates: TemplateLibrary) {
        self.templates = templates
        self.resolver = BlockResolver(blocks: templates.blocks)
    }

    /// Parses `source` as the agreement `id`. Returns nil when too little could be read to build one.
    func parse(_ source: SourceText, id: String, diagnostics: inout [Diagnostic]) -> Agreement? {
        parseWithStatus(source, id: id, diagnostics: &diagnostics).agreement
    }

    /// Parses `source`, also returning the current status when it could be read even if the
    /// agreement could not be built (a draft with placeholders has a status but no area).
    func parseWithStatus(_ source: SourceText, id: String, diagnostics: inout [Diagnostic])
        -> (agreement: Agreement?, status: Status?)
    {
        var status: Status?
        let agreement = parse(source, id: id, status: &status, diagnostics: &diagnostics)
        return (agreement, status)
    }

    private func parse(_ source: SourceText, id: String, status: inout Status?, diagnostics: inout [Diagnostic]) -> Agreement? {
        let document = FrontMatterDocument.parse(source, diagnostics: &diagnostics)
        let sections = parseSections(document, diagnostics: &diagnostics)
        guard let frontMatter = document.frontMatter else { return nil }
        var reader = YAMLReader(path: source.path, lineOffset: 1)
        defer { diagnostics += reader.diagnostics }
        let root = frontMatter
        guard let fields = reader.fields(root, "the front matter", known: Self.knownFields) else { return nil }
        let vocabulary = templates.vocabulary
        // A location for each field, and for each element of the lists whose elements are told apart.
        let elementCount = fields.reduce(0) { count, field in
            if case .sequence(let elements) = field.value.content { count + elements.count } else { count }
        }
        var locations = FieldLocations(file: source.path, capacity: fields.count + elementCount)
        for (key, node) in fields { locations[key] = reader.location(node) }

        let kind: DocumentKind? = fields["type"].flatMap { node in
            guard let id = reader.string(node, "type") else { return nil }
            if let kind = templates.kinds[id] { return kind }
            reader.report(.unknownKind, "unknown document kind '\(id)'", at: node,
                          hint: Suggestion.hint(for: id, in: templates.kindOrder)
                              ?? "one of: \(templates.kindOrder.joined(separator: ", "))")
            return nil
        }
        reader.diagnostics += FieldRules.missingRequiredFields(of: kind, present: { fields[$0] != nil },
                                                               at: reader.location(root))
        let title = fields["titel"].flatMap { reader.string($0, "titel") }
        // A draft's area may still be a placeholder: it stands in for the area so the draft can be previewed.
        let area = fields["indsatsområde"].flatMap {
            reader.term($0, in: vocabulary.areas, "indsatsområde")
                ?? reader.placeholderText($0).map { Area(id: "", label: $0, order: .max) }
        }
        let statusHistory = fields["status"].flatMap { readStatusHistory($0, &reader, &locations) }
        status = statusHistory?.last?.status
        let parties = fields["parter"].map { readParties($0, &reader) } ?? []
        let healthAgreements = (fields["sundhedsaftaler"].flatMap { reader.list($0, "sundhedsaftaler") } ?? []).compactMap {
            reader.term($0, in: vocabulary.healthAgreements, "sundhedsaftaler")
        }
        let entryIntoForce = fields["ikrafttrædelse"].flatMap { reader.date($0, "ikrafttrædelse") }
        let evaluation = fields["evaluering"].map { readEvaluation($0, &reader) }
        let followUps = fields["opfølgning"].map { readFollowUps($0, "opfølgning", "a follow-up", &reader, &locations) } ?? []
        let milestones = fields["milepæle"].map { readFollowUps($0, "milepæle", "a milestone", &reader, &locations) } ?? []
        let decisions = fields["beslutninger"].map { readDecisions($0, &reader, &locations) } ?? []
        // A decision that could not be read may be the approval: then the approval rules stay quiet.
        let unreadDecisions = fields["beslutninger"].map { node in
            if case .sequence(let elements) = node.content { elements.count != decisions.count } else { true }
        } ?? false
        let links = fields["links"].map { readLinks($0, &reader, &locations) } ?? []
        let relations = fields["relationer"].map { readRelations($0, &reader, &locations) } ?? []
        let responsible = fields["ansvarlig"].flatMap { reader.term($0, in: vocabulary.bodies, "ansvarlig") }
        let members = (fields["sammensætning"].flatMap { reader.list($0, "sammensætning") } ?? []).compactMap { element -> Member? in
            guard let fields = reader.fields(element, "a member", known: ["antal", "rolle"], required: ["antal", "rolle"]),
                  let count = fields["antal"].flatMap({ reader.integer($0, "antal", in: 1...999, code: .invalidNumber) }),
                  let role = fields["rolle"].flatMap({ reader.string($0, "rolle") })
            else { return nil }
            return Member(count: count, role: role)
        }
        let signoff = fields["partsgodkendelse"].flatMap { readSignoff($0, parties: parties, &reader, &locations) }
        let entries = fields["arbejdsplaner"].map { readWorkplans($0, title: title, &reader) } ?? [:]
        let budgets = fields["budget"].map { readBudgets($0, &reader) } ?? [:]
        let handover = fields["overdragelse"].flatMap { reader.term($0, in: vocabulary.recipients, "overdragelse") }
        let approvalNotRecorded = fields["godkendelse"].map { node in
            guard let text = reader.string(node, "godkendelse") else { return false }
            if let problem = FieldRules.approvalValueProblem(text, at: reader.location(node)) {
                reader.diagnostics.append(problem)
                return false
            }
            return true
        } ?? false

        if let kind {
            diagnostics += SectionRules.check(sections, kind: kind, path: source.path)
        }
        guard let kind, let title, let area, let statusHistory else { return nil }
        var agreement = Agreement(.init(
            id: id, kind: kind, title: title, area: area, parties: parties, healthAgreements: healthAgreements, statusHistory: statusHistory,
            entryIntoForce: entryIntoForce, evaluation: evaluation?.due, evaluationDone: evaluation?.done, followUps: followUps, decisions: decisions,
            links: links, sections: sections, workplanEntries: entries, budgets: budgets, handover: handover,
            approvalNotRecorded: approvalNotRecorded, signoff: signoff,
            source: source, locations: locations))
        agreement.relations = relations
        agreement.responsible = responsible
        agreement.members = members
        agreement.milestones = milestones
        reader.diagnostics += AgreementValidator.check(agreement, decisionsComplete: !unreadDecisions)
        return agreement
    }

    /// `status: godkendt`, or a history: a list of `{dato, status}`, oldest first.
    private func readStatusHistory(_ node: YAMLNode, _ reader: inout YAMLReader,
                                   _ locations: inout FieldLocations) -> [StatusChange]? {
        guard case .sequence(let elements) = node.content else {
            let status: Status? = reader.enumValue(node, "status", code: .unknownStatus)
            return status.map { [StatusChange(date: nil, status: $0)] }
        }
        var history: [StatusChange] = []
        for element in elements {
            guard let fields = reader.fields(element, "a status change", known: ["dato", "status"], required: ["status"])
            else { return nil }
            let date = fields["dato"].flatMap { reader.period($0, "dato") }
            guard let status: Status = fields["status"].flatMap({ reader.enumValue($0, "status", code: .unknownStatus) }),
                  fields["dato"] == nil || date != nil
            else { return nil }
            locations["status", history.count] = reader.location(element)
            history.append(StatusChange(date: date, status: status))
        }
        guard !history.isEmpty else {
            reader.report(.emptyValue, "the status history is empty", at: node, hint: "write at least 'status: ...'")
            return nil
        }
        return history
    }

    private func readParties(_ node: YAMLNode, _ reader: inout YAMLReader) -> [Party] {
        var parties: [Party] = []
        for element in reader.list(node, "parter") ?? [] {
            guard let party = reader.term(element, in: templates.vocabulary.parties, "parter") else { continue }
            if parties.contains(party) {
                reader.diagnostics.append(FieldRules.duplicateParty(party.id, at: reader.location(element)))
            } else {
                parties.append(party)
            }
        }
        return parties
    }

    /// A list of `{tid, hvad, udført, resultat}` under `key`: follow-ups (`opfølgning`) and milestones
    /// (`milepæle`) alike, so both follow one rule for times, unknown times and completions. Each
    /// element's place is kept as `key[i]` for the rules on the built agreement.
    private func readFollowUps(_ node: YAMLNode, _ key: String, _ what: String, _ reader: inout YAMLReader,
                               _ locations: inout FieldLocations) -> [FollowUp] {
        var result: [FollowUp] = []
        for element in reader.list(node, key) ?? [] {
            guard let fields = reader.fields(element, what, known: ["tid", "hvad", "udført", "resultat"],
                                             required: ["tid", "hvad"]),
                  let text = fields["hvad"].flatMap({ reader.string($0, "hvad") })
            else { continue }
            // `tid: ukendt` when the sources say something must follow but not when.
            let unknown = fields["tid"].map(reader.saysUnknown) ?? false
            let due = unknown ? nil : fields["tid"].flatMap { reader.period($0, "tid") }
            guard unknown || due != nil else { continue }
            locations[key, result.count] = reader.location(element)
            result.append(FollowUp(due: due, what: text, done: readCompletion(fields, &reader)))
        }
        return result
    }

    /// `evaluering: 2025`, or `{tid, udført, resultat}` once it has been done.
    private func readEvaluation(_ node: YAMLNode, _ reader: inout YAMLReader) -> (due: Period?, done: Completion?) {
        guard case .mapping = node.content else { return (reader.period(node, "evaluering"), nil) }
        guard let fields = reader.fields(node, "evaluering", known: ["tid", "udført", "resultat"], required: ["tid"])
        else { return (nil, nil) }
        return (fields["tid"].flatMap { reader.period($0, "tid") }, readCompletion(fields, &reader))
    }

    /// `udført` (a date or period) with an optional `resultat`; a result without a date is an error.
    private func readCompletion(_ fields: YAMLFields, _ reader: inout YAMLReader) -> Completion? {
        let result = fields["resultat"].flatMap { reader.string($0, "resultat") }
        guard let doneNode = fields["udført"] else {
            if let node = fields["resultat"], result != nil {
                reader.report(.missingField, "'resultat' needs 'udført': when was it done?", at: node,
                              hint: "write 'udført:' with the date or period it was done")
            }
            return nil
        }
        return reader.period(doneNode, "udført").map { Completion(date: $0, result: result) }
    }

    /// Decisions: `organ` and `dato` may say `ukendt`; `planlagt: true` marks one not yet taken,
    /// whose `udfald` (the recommendation) is optional.
    private func readDecisions(_ node: YAMLNode, _ reader: inout YAMLReader,
                               _ locations: inout FieldLocations) -> [Decision] {
        var decisions: [Decision] = []
        for element in reader.list(node, "beslutninger") ?? [] {
            guard let decision = readDecision(element, &reader) else { continue }
            locations["beslutninger", decisions.count] = reader.location(element)
            decisions.append(decision)
        }
        return decisions
    }

    private func readDecision(_ element: YAMLNode, _ reader: inout YAMLReader) -> Decision? {
        guard let fields = reader.fields(element, "a decision", known: ["organ", "dato", "udfald", "note", "planlagt"],
                                         required: ["organ", "dato"]) else { return nil }
        let planned = fields["planlagt"].flatMap { reader.boolean($0, "planlagt") }
        if fields["planlagt"] != nil, planned == nil { return nil }
        if planned != true, fields["udfald"] == nil {
            reader.report(.missingField, "missing required field 'udfald' in a decision", at: element,
                          hint: "write what was decided, or 'planlagt: true' for a decision not yet taken")
            return nil
        }
        var known = true
        func unlessUnknown<Value>(_ key: String, _ read: (YAMLNode) -> Value?) -> Value? {
            guard let node = fields[key], !reader.saysUnknown(node) else { return nil }
            let value = read(node)
            if value == nil { known = false }
            return value
        }
        let body = unlessUnknown("organ") { reader.term($0, in: templates.vocabulary.bodies, "organ") }
        let date = unlessUnknown("dato") { reader.period($0, "dato") }
        let outcome: DecisionOutcome? = fields["udfald"].flatMap { reader.enumValue($0, "udfald", code: .unknownOutcome) }
        if fields["udfald"] != nil, outcome == nil { known = false }
        let note = fields["note"].flatMap { reader.string($0, "note") }
        guard known else { return nil }
        return Decision(body: body, date: date, outcome: outcome, note: note, planned: planned ?? false)
    }

    /// `relationer`: a list of `{type: erstatter|del af|følger op på, aftale: ID}`; the ids are
    /// checked across the files once all are read (`RelationRules`).
    private func readRelations(_ node: YAMLNode, _ reader: inout YAMLReader, _ locations: inout FieldLocations) -> [Relation] {
        var relations: [Relation] = []
        for element in reader.list(node, "relationer") ?? [] {
            guard let fields = reader.fields(element, "a relation", known: ["type", "aftale"], required: ["type", "aftale"]),
                  let kind: Relation.Kind = fields["type"].flatMap({ reader.enumValue($0, "type", code: .unknownRelation) }),
                  let target = fields["aftale"].flatMap({ reader.string($0, "aftale") })
            else { continue }
            locations["relationer", relations.count] = reader.location(fields["aftale"]!)
            relations.append(Relation(kind: kind, target: target))
        }
        return relations
    }

    private func readLinks(_ node: YAMLNode, _ reader: inout YAMLReader, _ locations: inout FieldLocations) -> [Link] {
        var links: [Link] = []
        for element in reader.list(node, "links") ?? [] {
            guard let fields = reader.fields(element, "a link", known: ["titel", "url"], required: ["titel", "url"]),
                  let title = fields["titel"].flatMap({ reader.string($0, "titel") }),
                  let urlNode = fields["url"], let url = reader.string(urlNode, "url")
            else { continue }
            locations["links", links.count] = reader.location(urlNode)
            links.append(Link(title: title, url: url))
        }
        return links
    }

    private func readWorkplans(_ node: YAMLNode, title: String?, _ reader: inout YAMLReader) -> [String: [WorkplanEntry]] {
        var result: [String: [WorkplanEntry]] = [:]
        for pair in reader.mapping(node, "arbejdsplaner") ?? [] {
            if !templates.workplanIDs.contains(pair.key) {
                reader.report(.unknownWorkplan, "no layout declares the workplan '\(pair.key)'", at: pair.keyNode,
                              hint: Suggestion.hint(for: pair.key, in: templates.workplanIDs)
                                  ?? "workplans are declared by the layouts in Templates/layouts")
                continue
            }
            let elements: [YAMLNode]
            if case .sequence(let sequence) = pair.value.content { elements = sequence } else { elements = [pair.value] }
            for element in elements {
                if let entry = readEntry(element, workplan: pair.key, title: title, &reader) {
                    result[pair.key, default: []].append(entry)
                }
            }
        }
        return result
    }

    private func readEntry(_ node: YAMLNode, workplan: String, title: String?, _ reader: inout YAMLReader) -> WorkplanEntry? {
        guard let fields = reader.fields(node, "workplan entry '\(workplan)'", known: Self.entryFields) else { return nil }
        WorkplanEntryRules.check(fields, &reader)
        func text(_ key: String) -> String? { fields[key].flatMap { reader.string($0, key) } }
        let group = fields["gruppe"].flatMap { node -> String? in
            guard let id = reader.string(node, "gruppe") else { return nil }
            let declared = templates.groups(ofWorkplan: workplan)
            guard declared.contains(id) else {
                reader.report(.unknownGroup, "no layout of workplan '\(workplan)' declares the group '\(id)'", at: node,
                              hint: Suggestion.hint(for: id, in: declared)
                                  ?? (declared.isEmpty ? "no layout of this workplan groups by 'gruppe'"
                                      : "one of: \(declared.joined(separator: ", "))"))
                return nil
            }
            return id
        }
        return WorkplanEntry(
            group: group,
            number: fields["nr"].flatMap { reader.integer($0, "nr", in: 0...9999, code: .invalidNumber) },
            goal: text("målsætning"),
            initiative: text("indsats") ?? title ?? "",
            status: text("status"),
            orders: text("bestillinger"),
            category: fields["kategori"].flatMap {
                reader.term($0, in: templates.vocabulary.decisionCategories, "kategori")
            },
            time: fields["tid"].flatMap { reader.period($0, "tid") },
            proposal: text("forslag"))
    }

    private func readBudgets(_ node: YAMLNode, _ reader: inout YAMLReader) -> [String: [Int: Int]] {
        var result: [String: [Int: Int]] = [:]
        for pair in reader.mapping(node, "budget") ?? [] {
            if !templates.budgetIDs.contains(pair.key) {
                reader.report(.unknownBudget, "no layout declares the budget '\(pair.key)'", at: pair.keyNode,
                              hint: Suggestion.hint(for: pair.key, in: templates.budgetIDs))
                continue
            }
            var years: [Int: Int] = [:]
            for line in reader.mapping(pair.value, "budget.\(pair.key)") ?? [] {
                guard let year = Int(line.key), (1900...2200).contains(year) else {
                    reader.report(.invalidYear, "budget year '\(line.key)' is not a year", at: line.keyNode)
                    continue
                }
                if let amount = reader.integer(line.value, "budget \(year)", in: -1_000_000_000...1_000_000_000,
                                               code: .invalidAmount) {
                    years[year] = amount
                }
            }
            result[pair.key] = years
        }
        return result
    }

    /// `partsgodkendelse`: `ikke registreret`, or `{sendt, svar: ikke registreret, parter: [{part,
    /// organ, sendt, udfald, dato, senest, note}], note}`. An answer needs a date, or `dato: ukendt`
    /// with `senest`: the day of the source that records it.
    private func readSignoff(_ node: YAMLNode, parties: [Party], _ reader: inout YAMLReader,
                             _ locations: inout FieldLocations) -> Signoff? {
        let vocabulary = templates.vocabulary
        let scope = vocabulary.expanding(parties)
        let notRecordedHint = "write 'ikke registreret' where the sources do not say; never guess"
        guard case .mapping = node.content else {
            guard let text = reader.string(node, "partsgodkendelse") else { return nil }
            guard text == Signoff.Outcome.notRecorded.rawValue else {
                reader.report(.wrongType, "'partsgodkendelse' is 'ikke registreret' or a mapping with sendt, svar and parter",
                              at: node, hint: notRecordedHint)
                return nil
            }
            return Signoff(notRecorded: true, scope: scope)
        }
        guard let fields = reader.fields(node, "partsgodkendelse", known: ["sendt", "svar", "parter", "note"]) else { return nil }
        var signoff = Signoff(scope: scope)
        signoff.sent = fields["sendt"].flatMap { reader.period($0, "sendt") }
        signoff.note = fields["note"].flatMap { reader.string($0, "note") }
        if let svar = fields["svar"], let text = reader.string(svar, "svar") {
            if text == Signoff.Outcome.notRecorded.rawValue { signoff.answersNotRecorded = true } else {
                reader.report(.wrongType, "'svar' can only say 'ikke registreret'; write each answer under 'parter'",
                              at: svar, hint: notRecordedHint)
            }
        }
        for element in fields["parter"].flatMap({ reader.list($0, "parter") }) ?? [] {
            guard let line = reader.fields(element, "a party's approval",
                                           known: ["part", "organ", "sendt", "udfald", "dato", "senest", "note"],
                                           required: ["part"]),
                  let party = line["part"].flatMap({ reader.term($0, in: vocabulary.parties, "part") })
            else { continue }
            var entry = Signoff.Entry(written: party, parties: vocabulary.partyGroups[party.id] ?? [party])
            entry.body = line["organ"].flatMap { reader.term($0, in: vocabulary.bodies, "organ") }
            entry.sent = line["sendt"].flatMap { reader.period($0, "sendt") }
            entry.note = line["note"].flatMap { reader.string($0, "note") }
            if let node = line["udfald"], let text = reader.string(node, "udfald") {
                entry.outcome = Signoff.Outcome(rawValue: text)
                if entry.outcome == nil {
                    reader.report(.unknownOutcome, "a party's answer is godkendt, afvist or ikke registreret, not '\(text)'",
                                  at: node, hint: Suggestion.hint(for: text, in: Signoff.Outcome.allCases.map(\.rawValue)))
                    continue
                }
            }
            let answered = entry.outcome == .approved || entry.outcome == .rejected
            if let node = line["dato"], !reader.saysUnknown(node) {
                guard let date = reader.period(node, "dato") else { continue }
                entry.date = date
            }
            entry.knownBy = line["senest"].flatMap { reader.date($0, "senest") }
            if answered, line["dato"] == nil {
                reader.report(.missingField, "an answer needs 'dato'", at: element,
                              hint: "write the date or period, or 'dato: ukendt' with 'senest:', the date of the source")
                continue
            }
            if answered, entry.date == nil, line["dato"].map(reader.saysUnknown) == true, entry.knownBy == nil {
                reader.report(.missingField, "an answer with 'dato: ukendt' needs 'senest': the date of the source that records it",
                              at: element, hint: "without it, no output dated 'pr.' a day can tell whether it had been given")
                continue
            }
            if !answered, line["dato"] != nil {
                reader.report(.missingField, "'dato' without 'udfald': what did the party answer?", at: element,
                              hint: "write 'udfald: godkendt' or 'afvist', or leave out 'dato' while waiting")
                continue
            }
            locations["partsgodkendelse", signoff.entries.count] = reader.location(element)
            signoff.entries.append(entry)
        }
        return signoff
    }
}
