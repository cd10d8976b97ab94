/// One file of a portfolio changed: the new portfolio without assembling all files again.
///
/// After a save in the drafting page only what depends on the changed file is redone: its own
/// diagnostics and relations, its place among the valid or left-out agreements (found by binary
/// search in Danish title order), and the titles other agreements show for their relations to it.
/// The result equals ``Portfolio/assemble(_:templates:templateDiagnostics:limits:)`` of all files
/// in file-name order:
/// the same agreements in the same order, the same diagnostics, the same counts and the same files
/// left out (a test holds the two equal over edits of every kind).
extension Portfolio {
    /// The portfolio after `old` (one of its files) became `new` (the same file name), beside
    /// agreements with the ids `knownIDs` (every file's id). Nil when it cannot be done in place
    /// (run errors, the byte budget, a name that is not an id): then assemble all files.
    public func replacing(_ old: ParsedFile, with new: ParsedFile, knownIDs: Set<String>,
                          limits: Limits = Limits()) -> Portfolio? {
        let id = new.name.hasSuffix(".md") ? String(new.name.dropLast(3)) : new.name
        guard old.name == new.name, old.path == new.path, AgreementID.problem(with: id) == nil,
              runErrors.isEmpty, !diagnostics.contains(where: { $0.code == .tooManyFiles }),
              let oldBytes = old.loaded.byteCount, let newBytes = new.loaded.byteCount else { return nil }
        let total = byteCount - oldBytes + newBytes
        guard total <= limits.maximumTotalByteCount else { return nil }

        // What each version contributes, as the loader counts it.
        let oldPart = Contribution(old, knownIDs: knownIDs)
        let newPart = Contribution(new, knownIDs: knownIDs)

        var diagnostics = self.diagnostics
        var counts: [Diagnostic: Int] = [:]
        for diagnostic in oldPart.diagnostics { counts[diagnostic, default: 0] += 1 }
        diagnostics.removeAll { diagnostic in
            guard let count = counts[diagnostic], count > 0 else { return false }
            counts[diagnostic] = count - 1
            return true
        }
        diagnostics = (diagnostics + newPart.diagnostics).sorted()

        var tally = self.tally
        var agreements = self.agreements
        var leftOutAgreements = self.leftOutAgreements
        if let index = agreements.firstIndex(where: { $0.id == id }) {
            agreements.remove(at: index)
            tally.valid -= 1
        }
        leftOutAgreements.removeAll { $0.id == id }
        tally.leftOut.removeAll { $0.path == new.path }

        // The new version shows the titles of the agreements it relates to, as every other does.
        var read = newPart.agreement.map { [$0] } ?? []
        Self.showRelationTitles(Self.titles(agreements + leftOutAgreements + read), in: &read)
        if let state = newPart.state {
            tally.leftOut.append(.init(path: new.path, state: state, problemCount: newPart.problemCount))
            leftOutAgreements += read
        } else if let agreement = read.first {
            tally.valid += 1
            let key = DanishCollation.sortKey(agreement.title)
            // Stable order of (title key, file order); files are taken in the order of their names.
            var low = 0, high = agreements.count
            while low < high {
                let middle = (low + high) / 2
                let other = DanishCollation.sortKey(agreements[middle].title)
                if other < key || (other == key && agreements[middle].id + ".md" < new.name) { low = middle + 1 } else { high = middle }
            }
            agreements.insert(agreement, at: low)
        }
        // Other agreements (drafts too) show the title of the one they relate to.
        let title = newPart.agreement?.title
        Self.retitle(relationsTo: id, as: title, in: &agreements)
        Self.retitle(relationsTo: id, as: title, in: &leftOutAgreements)
        return Portfolio(agreements: agreements, diagnostics: diagnostics, templates: templates, tally: tally,
                         leftOutAgreements: leftOutAgreements, byteCount: total)
    }

    /// The title of each id among `agreements`, the first one's where an id repeats: the titles a
    /// relation shows (the valid agreements first, then those left out).
    static func titles(_ agreements: [Agreement]) -> [String: String] {
        Dictionary(agreements.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// Gives the relations of `agreements` to `id` the title `title`.
    private static func retitle(relationsTo id: String, as title: String?, in agreements: inout [Agreement]) {
        for index in agreements.indices where agreements[index].relations.contains(where: { $0.target == id }) {
            for r in agreements[index].relations.indices where agreements[index].relations[r].target == id {
                agreements[index].relations[r].targetTitle = title
            }
        }
    }

    /// Gives each relation of `agreements` the title `titles` has for its target (nil: none).
    static func showRelationTitles(_ titles: [String: String], in agreements: inout [Agreement]) {
        for index in agreements.indices where !agreements[index].relations.isEmpty {
            for r in agreements[index].relations.indices {
                agreements[index].relations[r].targetTitle = titles[agreements[index].relations[r].target]
            }
        }
    }

    /// `agreement`, read on its own (a file opened or being edited), as this portfolio's own
    /// agreements are shown: each relation with the title of the agreement it points to, or none
    /// when the portfolio holds no agreement with that id.
    public func showingRelationTitles(_ agreement: Agreement) -> Agreement {
        guard !agreement.relations.isEmpty else { return agreement }
        var shown = agreement
        for r in shown.relations.indices {
            let target = shown.relations[r].target
            shown.relations[r].targetTitle = (self.agreement(target) ?? leftOutAgreements.first { $0.id == target })?.title
        }
        return shown
    }

    /// What one file adds to a portfolio: its diagnostics (reading, parsing, relations), whether it
    /// is left out and with how many problems, and its agreement.
    private struct Contribution {
        let diagnostics: [Diagnostic]
        let state: FileTally.State?
        let problemCount: Int
        let agreement: Agreement?

        init(_ file: ParsedFile, knownIDs: Set<String>) {
            let loaded = file.loaded
            let relationProblems = loaded.agreement.map {
                RelationRules.check(RelationRules.references(of: $0, path: file.path), knownIDs: knownIDs)
            } ?? []
            diagnostics = loaded.readDiagnostics + Portfolio.capped(loaded.diagnostics) + relationProblems
            agreement = loaded.agreement
            if let state = loaded.leftOut {
                self.state = state
                problemCount = (loaded.readDiagnostics + loaded.diagnostics).filter {
                    state == .invalid ? $0.severity == .error : $0.code == .placeholder
                }.count
            } else if !relationProblems.isEmpty {
                state = .invalid
                problemCount = relationProblems.count
            } else {
                state = loaded.agreement == nil ? .invalid : nil
                problemCount = 0
            }
        }
    }
}
