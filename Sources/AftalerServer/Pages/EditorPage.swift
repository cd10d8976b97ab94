import AftalerCore
import DraftingDesk
import Foundation

/// The editor: a form over the front matter (status history, area, parties and sundhedsaftaler as
/// choices from the vocabulary, dates and periods as text, decisions and follow-ups as rows that
/// can be added and removed) and a text area per section with a block picker. Beside it, the live
/// check (the CLI's diagnostics, each shown at its field) and the preview.
///
/// The page is rendered from the file's `AgreementForm`; the script sends the form back with the
/// text the page was opened with, and the server writes the form into that text
/// (`AgreementForm.apply`), so what is not in the form is never touched. Inputs carry
/// `data-value`, `data-list` or `data-records`/`data-key` and sections `data-section`: the script
/// reads the form through these names only.
struct EditorPage {
    let id: String
    let path: String
    let text: String
    let tag: ContentTag
    /// The form; nil for the source editor (the whole file in one text area), which the page shows
    /// when asked for or when the file cannot be read into the form (its YAML is broken).
    let form: AgreementForm?
    /// Why the source editor is shown instead of the form, when it was not asked for.
    let sourceReason: String?
    let templates: TemplateLibrary
    let kind: DocumentKind?
    let check: LiveCheck
    let token: String

    /// The top-level fields with one value that the form shows, with their Danish labels.
    static let valueFields: [(key: String, label: String, hint: String)] = [
        ("titel", "Titel", ""),
        ("indsatsområde", "Indsatsområde", ""),
        ("ikrafttrædelse", "Ikrafttrædelse", "En dato: 1. september 2024, 2024-09-01 eller 1/9-24"),
        ("evaluering", "Evaluering", "En periode: 2. halvår 2025, primo 2026, 1. kvartal 2025"),
        ("ansvarlig", "Ansvarlig", "Organet der har ansvaret"),
        ("godkendelse", "Godkendelse", "Vælg «ikke registreret» når kilderne ikke siger, hvem der godkendte"),
    ]

    func html() -> String {
        let title = form?.values["titel"] ?? check.agreement?.title ?? id
        let escapedID = HTMLText.escape(id)
        var main = "<h1>Redigér: \(HTMLText.escape(title))</h1>\n"
        main += "<p class=\"file\"><code>\(HTMLText.escape(path))</code> · <a href=\"/aftaler/\(escapedID)\">Vis aftalen</a> · "
        main += form == nil ? "<a href=\"/aftaler/\(escapedID)/rediger\">Formularen</a>" : "<a href=\"/aftaler/\(escapedID)/kilde\">Hele filen som tekst</a>"
        main += " · <span id=\"save-state\" role=\"status\">Ikke ændret</span></p>\n"
        main += "<form id=\"editor\" data-id=\"\(escapedID)\" data-tag=\"\(tag.hex)\" novalidate>\n"
        main += "<textarea id=\"base-text\" hidden aria-hidden=\"true\">\(HTMLText.escape(text))</textarea>\n"
        main += "<div class=\"editor-grid\"><div class=\"fields\">\n"
        guard let form else {
            return PageShell.page(title: "Redigér \(title)", token: token, main: main + sourceArea() + saveBarAndAside() + conflictView())
        }
        main += basics(form)
        main += statusRows(form)
        main += checkboxes("parter", form, legend: "Parter", terms: templates.vocabulary.parties.terms.map { ($0.id, $0.label) })
        main += checkboxes("sundhedsaftaler", form, legend: "Sundhedsaftaler",
                           terms: templates.vocabulary.healthAgreements.terms.map { ($0.id, $0.label) })
        main += recordRows("beslutninger", form, legend: "Beslutninger", columns: decisionColumns)
        main += recordRows("opfølgning", form, legend: "Opfølgning", columns: followUpColumns)
        if form.records["milepæle"] != nil || kind?.requiredSections.contains("Proces og tidsplan") == true {
            main += recordRows("milepæle", form, legend: "Milepæle (Proces og tidsplan)", columns: followUpColumns)
        }
        main += sectionAreas(form)
        main += saveBarAndAside()
        main += templatesForRows()
        main += reviewDialog()
        main += conflictView()
        return PageShell.page(title: "Redigér \(title)", token: token, main: main)
    }

    /// The whole file in one text area, with the block picker.
    private func sourceArea() -> String {
        var html = ""
        if let sourceReason { html += "<p class=\"notice\" id=\"source-reason\" role=\"note\">\(HTMLText.escape(sourceReason))</p>\n" }
        html += "<fieldset class=\"sections\"><legend>Filen</legend>\n" + blockPicker()
        html += "<div class=\"field\"><label for=\"source-text\">\(HTMLText.escape(path))</label>"
        html += "<textarea id=\"source-text\" rows=\"36\" spellcheck=\"false\">\(HTMLText.escape(text))</textarea></div></fieldset>\n"
        return html
    }

    /// The save bar, the end of the form's column, and the live check and preview beside it.
    private func saveBarAndAside() -> String {
        """
            <div class="save-bar">
            <label class="inline"><input type="checkbox" id="keep-draft"> Gem som kladde, selv om der er fejl</label>
            <button type="submit" id="save">Gem</button>
            </div>
            </div>
            <aside class="live" aria-label="Tjek og forhåndsvisning">
            <h2 id="check-heading">Tjek</h2>
            <div id="diagnostics" aria-live="polite">\(check.diagnostics.isEmpty ? "<p>Ingen fejl.</p>" : DiagnosticList.html(check.diagnostics))</div>
            <h2>Forhåndsvisning</h2>
            <div id="preview" class="preview">\(check.agreement.map { AgreementHTML.content($0, element: "article") } ?? "")</div>
            </aside>
            </div>
            </form>

            """
    }

    // MARK: - Fields

    private func basics(_ form: AgreementForm) -> String {
        let vocabulary = templates.vocabulary
        var html = "<fieldset><legend>Grundoplysninger</legend>\n"
        html += "<p>Type: <strong>\(HTMLText.escape(kind?.label ?? form.values["type"] ?? "ukendt"))</strong></p>\n"
        for field in Self.valueFields {
            let inputID = "f-" + Self.htmlID(field.key)
            let value = form.values[field.key] ?? ""
            let described = "d-" + Self.htmlID(field.key) + (field.hint.isEmpty ? "" : " h-" + Self.htmlID(field.key))
            html += "<div class=\"field\"><label for=\"\(inputID)\">\(field.label)</label>"
            let common = "id=\"\(inputID)\" data-value=\"\(HTMLText.escape(field.key))\" aria-describedby=\"\(described)\""
            switch field.key {
            case "indsatsområde":
                html += "<select \(common)>\(PageShell.options(vocabulary.areas.terms.map { ($0.id, $0.label) }, selected: value, empty: ""))</select>"
            case "ansvarlig":
                html += "<select \(common)>\(PageShell.options(vocabulary.bodies.terms.map { ($0.id, $0.label) }, selected: value, empty: ""))</select>"
            case "godkendelse":
                html += "<select \(common)>\(PageShell.options([("ikke registreret", "Ikke registreret i disse filer")], selected: value, empty: ""))</select>"
            default:
                html += "<input type=\"text\" \(common) value=\"\(HTMLText.escape(value))\">"
            }
            if !field.hint.isEmpty {
                html += "<p class=\"hint\" id=\"h-\(Self.htmlID(field.key))\">\(HTMLText.escape(field.hint))</p>"
            }
            html += "<div class=\"field-diagnostics\" id=\"d-\(Self.htmlID(field.key))\" data-for=\"\(HTMLText.escape(field.key))\"></div></div>\n"
        }
        return html + "</fieldset>\n"
    }

    private func statusRows(_ form: AgreementForm) -> String {
        let steps = form.records["status"] ?? [["status": .text("")]]
        var html = "<fieldset data-records=\"status\"><legend>Status</legend>\n"
        html += "<p class=\"hint\" id=\"h-status\">Én status uden dato, eller historikken med ældste først. Status er en af: "
        html += HTMLText.escape(Status.allCases.map(\.rawValue).joined(separator: ", ")) + ".</p>\n"
        html += "<datalist id=\"statuses\">" + Status.allCases.map { "<option value=\"\(HTMLText.escape($0.rawValue))\">" }.joined() + "</datalist>\n"
        html += "<ol class=\"rows\">"
        for (index, step) in steps.enumerated() { html += row("status", index: index, record: step, columns: statusColumns) }
        html += "</ol><button type=\"button\" class=\"add-row\" data-add=\"status\">Tilføj statustrin</button>\n"
        html += "<div class=\"field-diagnostics\" id=\"d-status\" data-for=\"status\"></div></fieldset>\n"
        return html
    }

    private func checkboxes(_ key: String, _ form: AgreementForm, legend: String, terms: [(id: String, label: String)]) -> String {
        let chosen = form.lists[key] ?? []
        var html = "<fieldset data-list=\"\(HTMLText.escape(key))\"><legend>\(legend)</legend><div class=\"choices\">"
        // Values the file has but the vocabulary does not (an alias, a typo) are kept as choices of their own.
        let all = terms + chosen.filter { value in !terms.contains { $0.id == value } }.map { ($0, $0) }
        for (index, term) in all.enumerated() {
            let position = chosen.firstIndex(of: term.id).map { String($0) } ?? String(1000 + index)
            let checked = chosen.contains(term.id) ? " checked" : ""
            html += "<label class=\"inline\"><input type=\"checkbox\" value=\"\(HTMLText.escape(term.id))\" data-order=\"\(position)\"\(checked)> "
            html += HTMLText.escape(term.label) + "</label>"
        }
        html += "</div><div class=\"field-diagnostics\" id=\"d-\(Self.htmlID(key))\" data-for=\"\(HTMLText.escape(key))\"></div></fieldset>\n"
        return html
    }

    /// One column of a row of records: the key, its label, and how it is entered.
    struct Column {
        enum Input { case text, longText, flag, choice([(String, String)]), status }
        let key: String
        let label: String
        let input: Input
    }

    private var statusColumns: [Column] {
        [Column(key: "dato", label: "Dato", input: .text), Column(key: "status", label: "Status", input: .status)]
    }

    private var decisionColumns: [Column] {
        let bodies = [("ukendt", "Ukendt (kilderne siger det ikke)")] + templates.vocabulary.bodies.terms.map { ($0.id, $0.label) }
        let outcomes = DecisionOutcome.allCases.map { ($0.rawValue, $0.rawValue) }
        return [Column(key: "organ", label: "Organ", input: .choice(bodies)), Column(key: "dato", label: "Dato", input: .text),
                Column(key: "udfald", label: "Udfald", input: .choice(outcomes)),
                Column(key: "planlagt", label: "Planlagt", input: .flag), Column(key: "note", label: "Note", input: .longText)]
    }

    private var followUpColumns: [Column] {
        [Column(key: "tid", label: "Tid", input: .text), Column(key: "hvad", label: "Hvad", input: .longText),
         Column(key: "udført", label: "Udført", input: .text), Column(key: "resultat", label: "Resultat", input: .longText)]
    }

    private func recordRows(_ key: String, _ form: AgreementForm, legend: String, columns: [Column]) -> String {
        var html = "<fieldset data-records=\"\(HTMLText.escape(key))\"><legend>\(legend)</legend><ol class=\"rows\">"
        for (index, record) in (form.records[key] ?? []).enumerated() { html += row(key, index: index, record: record, columns: columns) }
        html += "</ol><button type=\"button\" class=\"add-row\" data-add=\"\(HTMLText.escape(key))\">Tilføj række</button>\n"
        html += "<div class=\"field-diagnostics\" id=\"d-\(Self.htmlID(key))\" data-for=\"\(HTMLText.escape(key))\"></div></fieldset>\n"
        return html
    }

    /// One row: an input per column (ids made unique by `index`; the template row has index
    /// "NEW", which the script replaces), the record as read (so keys the form does not show are
    /// kept), a remove button and the row's diagnostics.
    private func row(_ key: String, index: Int?, record: AgreementForm.Record, columns: [Column]) -> String {
        let number = index.map(String.init) ?? "NEW"
        let original = String(decoding: (try? JSONEncoder().encode(record)) ?? Data("{}".utf8), as: UTF8.self)
        var html = "<li class=\"row\" data-original=\"\(HTMLText.escape(original))\"><div class=\"row-fields\">"
        for column in columns {
            let inputID = "r-\(Self.htmlID(key))-\(number)-\(Self.htmlID(column.key))"
            let attributes = "id=\"\(inputID)\" data-key=\"\(HTMLText.escape(column.key))\""
            let text: String = if case .text(let text)? = record[column.key] { text } else { "" }
            let isLong = if case .longText = column.input { true } else { false }
            html += "<div class=\"cell\(isLong ? " long" : "")\"><label for=\"\(inputID)\">\(column.label)</label>"
            switch column.input {
            case .text:
                html += "<input type=\"text\" \(attributes) value=\"\(HTMLText.escape(text))\">"
            case .status:
                html += "<input type=\"text\" list=\"statuses\" \(attributes) value=\"\(HTMLText.escape(text))\" aria-describedby=\"h-status\">"
            case .longText:
                html += "<textarea rows=\"2\" \(attributes)>\(HTMLText.escape(text))</textarea>"
            case .flag:
                let checked = if case .flag(true)? = record[column.key] { " checked" } else { "" }
                html += "<input type=\"checkbox\" \(attributes)\(checked)>"
            case .choice(let choices):
                html += "<select \(attributes)>\(PageShell.options(choices, selected: text, empty: ""))</select>"
            }
            html += "</div>"
        }
        html += "</div><button type=\"button\" class=\"remove-row\">Fjern rækken</button>"
        html += "<div class=\"field-diagnostics row-diagnostics\"></div></li>"
        return html
    }

    private func templatesForRows() -> String {
        [("status", statusColumns), ("beslutninger", decisionColumns), ("opfølgning", followUpColumns),
         ("milepæle", followUpColumns)].map { key, columns in
            "<template id=\"row-\(Self.htmlID(key))\">\(row(key, index: nil, record: [:], columns: columns))</template>\n"
        }.joined()
    }

    // MARK: - Sections

    private func sectionAreas(_ form: AgreementForm) -> String {
        var sections = form.sections
        for heading in kind?.requiredSections ?? [] where !sections.contains(where: { $0.heading == heading }) {
            sections.append(.init(heading: heading, text: ""))
        }
        var html = "<fieldset class=\"sections\"><legend>Sektioner</legend>\n"
        html += blockPicker()
        for (index, section) in sections.enumerated() {
            let areaID = "s-\(index)"
            html += "<div class=\"field section\"><label for=\"\(areaID)\">\(HTMLText.escape(section.heading))</label>"
            html += "<textarea id=\"\(areaID)\" rows=\"8\" data-section=\"\(HTMLText.escape(section.heading))\" "
            html += "aria-describedby=\"d-\(areaID)\">\(HTMLText.escape(section.text))</textarea>"
            html += "<div class=\"field-diagnostics\" id=\"d-\(areaID)\" data-for-section=\"\(HTMLText.escape(section.heading))\"></div></div>\n"
        }
        return html + "</fieldset>\n"
    }

    /// A choice of block, its parameters as text fields (made by the script from the option's
    /// `data-parameters`), and a button that inserts `{{> name parameter="value"}}` where the cursor
    /// last was in a section.
    private func blockPicker() -> String {
        let blocks = templates.blocks.values.sorted { $0.name < $1.name }
        var options = "<option value=\"\">Vælg en tekstblok</option>"
        for block in blocks {
            let parameters = block.parameters.map { ["name": $0.name, "description": $0.description] }
            let json = String(decoding: (try? JSONEncoder().encode(parameters)) ?? Data("[]".utf8), as: UTF8.self)
            options += "<option value=\"\(HTMLText.escape(block.name))\" data-parameters=\"\(HTMLText.escape(json))\">"
            options += HTMLText.escape(block.name + " – " + block.description) + "</option>"
        }
        return """
            <div class="block-picker" role="group" aria-labelledby="block-picker-label">
            <p id="block-picker-label"><strong>Indsæt en tekstblok</strong> der, hvor markøren sidst stod i en sektion.</p>
            <label for="block-choice">Tekstblok</label>
            <select id="block-choice">\(options)</select>
            <div id="block-parameters"></div>
            <button type="button" id="insert-block">Indsæt blok</button>
            </div>

            """
    }

    // MARK: - Dialogs

    private func reviewDialog() -> String {
        let bodies = [("ukendt", "Ukendt (kilderne siger det ikke)")] + templates.vocabulary.bodies.terms.map { ($0.id, $0.label) }
        let outcomes = DecisionOutcome.allCases.filter(\.isApproval).map { ($0.rawValue, $0.rawValue) }
        return """
            <dialog id="review" aria-labelledby="review-heading">
            <h2 id="review-heading">Før statusændringen gemmes</h2>
            <div id="review-effects"></div>
            <form method="dialog" id="review-form">
            <p>Hvilken beslutning ligger bag? Skriv «ukendt», hvis kilderne ikke siger det.</p>
            <label for="review-organ">Organ</label><select id="review-organ">\(PageShell.options(bodies, selected: nil, empty: ""))</select>
            <label for="review-dato">Dato</label><input id="review-dato" type="text" placeholder="12. juni 2024 eller ukendt">
            <label for="review-udfald">Udfald</label><select id="review-udfald">\(PageShell.options(outcomes, selected: "godkendt"))</select>
            <label class="inline"><input type="checkbox" id="review-not-recorded"> Beslutningen er ikke registreret i disse filer (godkendelse: ikke registreret)</label>
            <div class="dialog-buttons"><button type="submit" value="cancel">Fortryd</button>
            <button type="submit" value="confirm" id="review-confirm">Tilføj og gem</button></div>
            </form>
            </dialog>

            """
    }

    private func conflictView() -> String {
        """
        <section id="conflict" hidden aria-labelledby="conflict-heading">
        <h2 id="conflict-heading">Filen er ændret på disken, siden du åbnede den</h2>
        <p>Intet er gemt. Din version står herunder ved siden af versionen på disken; vælg, hvad der skal ske.</p>
        <div class="versions">
        <div><h3>Din version</h3><pre id="conflict-mine"></pre></div>
        <div><h3>Versionen på disken nu</h3><pre id="conflict-disk"></pre></div>
        </div>
        <button type="button" id="conflict-overwrite">Gem min version alligevel</button>
        <button type="button" id="conflict-reload">Kassér min version og åbn versionen fra disken</button>
        </section>

        """
    }

    /// `key` as a part of an HTML id: ASCII letters, digits and hyphens.
    static func htmlID(_ key: String) -> String {
        String(key.map { character -> Character in
            switch character {
            case "æ": "a"
            case "ø": "o"
            case "å": "a"
            default: character.isASCII && (character.isLetter || character.isNumber) ? character : "-"
            }
        })
    }
}
