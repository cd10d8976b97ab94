import AftalerCore
import DraftingDesk

/// One agreement as `aftale render --format html` shows it, with the ways on: edit, history, and
/// the downloads (the agreement as Word, the workplans as XLSX, the handover bundle).
struct AgreementPage {
    let agreement: Agreement
    /// Why the file is left out of reports and exports (a draft, errors), or nil.
    let state: FileTally.State?
    let diagnostics: [Diagnostic]
    let layouts: [Layout]
    let invalidCount: Int
    let token: String

    func html() -> String {
        let id = HTMLText.escape(agreement.id)
        var main = "<nav class=\"actions\" aria-label=\"Handlinger\"><ul>"
        main += "<li><a href=\"/aftaler/\(id)/rediger\">Redigér</a></li>"
        main += "<li><a href=\"/aftaler/\(id)/historik\">Historik</a></li>"
        main += "<li><a href=\"/aftaler/\(id)/aftale.docx\">Hent som Word (.docx)</a></li></ul></nav>\n"
        if let state {
            main += "<div class=\"notice\" role=\"note\"><p>"
            main += state == .incomplete
                ? "Kladde: felterne markeret «udfyld» mangler. Den indgår ikke i rapporter og eksport endnu."
                : "Filen har \(diagnostics.errorCount) fejl og indgår ikke i rapporter og eksport."
            main += "</p>" + DiagnosticList.html(diagnostics) + "</div>\n"
        }
        main += AgreementHTML.content(agreement, element: "article")
        main += "\n<h2>Hent</h2>\n<ul class=\"downloads\">"
        for layout in layouts {
            main += "<li><a href=\"/eksport/\(HTMLText.escape(layout.name)).xlsx\">\(HTMLText.escape(layout.title)) (.xlsx)</a></li>"
        }
        main += "<li><a href=\"/eksport/overdragelse.zip\">Overdragelsespakken med alle gyldige aftaler (.zip)</a></li></ul>\n"
        if invalidCount > 0 {
            main += "<p>\(invalidCount) fil(er) med fejl eller udfyldningsfelter er ikke med i regnearkene og pakken.</p>\n"
        }
        return PageShell.page(title: agreement.title, token: token, main: main)
    }
}

/// Diagnostics as a list: severity, message, hint and where, with the stable code.
enum DiagnosticList {
    static func html(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        return "<ul class=\"diagnostics\">" + diagnostics.map { diagnostic in
            let kind = diagnostic.severity == .error ? "Fejl" : "Advarsel"
            let hint = diagnostic.hint.map { " <span class=\"hint\">(\(HTMLText.escape($0)))</span>" } ?? ""
            return "<li class=\"\(diagnostic.severity.rawValue)\"><strong>\(kind)</strong> "
                + "<code>\(HTMLText.escape(diagnostic.code.rawValue))</code> \(HTMLText.escape(diagnostic.message))\(hint) "
                + "<span class=\"where\">\(HTMLText.escape(diagnostic.location.description))</span></li>"
        }.joined() + "</ul>\n"
    }
}

/// An agreement's earlier versions from git, newest first, each with its date and message, and a
/// form to see the redline (`aftale diff`'s) between any two of them or the file as it is now.
struct HistoryPage {
    let id: String
    let title: String
    let commits: [GitHistory.Commit]
    let failure: String?
    let from: String?
    let to: String?
    let redline: String?
    let token: String

    func html() -> String {
        var main = "<h1>Historik: \(HTMLText.escape(title))</h1>\n"
        main += "<p><a href=\"/aftaler/\(HTMLText.escape(id))\">Tilbage til aftalen</a></p>\n"
        if let failure {
            main += "<p class=\"notice\">Historikken kan ikke læses: \(HTMLText.escape(failure))</p>\n"
        }
        let rows = commits.map { commit in
            ["<code>\(HTMLText.escape(commit.shortHash))</code>", HTMLText.escape(DanishFormat.date(commit.date)),
             HTMLText.escape(commit.subject)]
        }
        main += Table.html(caption: "Versioner i git, nyeste først", id: "versioner", headers: ["Version", "Dato", "Besked"], rows: rows)
        if !commits.isEmpty {
            let choices = [("arbejdskopi", "Filen som den er nu")] + commits.map {
                ($0.hash, "\($0.shortHash) – \(DanishFormat.date($0.date)) – \($0.subject)")
            }
            main += """
                <form method="get" action="/aftaler/\(HTMLText.escape(id))/historik" class="compare">
                <label>Fra <select name="fra">\(PageShell.options(choices, selected: from ?? commits.first?.hash))</select></label>
                <label>Til <select name="til">\(PageShell.options(choices, selected: to ?? "arbejdskopi"))</select></label>
                <button type="submit">Vis ændringerne</button>
                </form>

                """
        }
        if let redline { main += redline }
        return PageShell.page(title: "Historik: \(title)", token: token, main: main)
    }
}

/// Creating an agreement from a kind, as `aftale new` does; the id is proposed from the title.
struct NewAgreementPage {
    let kinds: [(String, String)]
    let problem: String?
    let title: String
    let kind: String?
    let token: String

    func html() -> String {
        var main = "<h1>Ny aftale</h1>\n"
        if let problem { main += "<p class=\"notice\" role=\"alert\">\(HTMLText.escape(problem))</p>\n" }
        main += """
            <form method="post" action="/ny" class="new-agreement">
            \(PageShell.tokenField(token))
            <label for="ny-type">Type</label>
            <select id="ny-type" name="type">\(PageShell.options(kinds, selected: kind))</select>
            <label for="ny-titel">Titel</label>
            <input id="ny-titel" name="titel" type="text" required value="\(HTMLText.escape(title))" aria-describedby="ny-id-forslag">
            <p id="ny-id-forslag" class="hint">Id (filnavn): <output id="ny-id" for="ny-titel"></output></p>
            <button type="submit">Opret kladde</button>
            </form>

            """
        return PageShell.page(title: "Ny aftale", token: token, main: main, current: "/ny")
    }
}
