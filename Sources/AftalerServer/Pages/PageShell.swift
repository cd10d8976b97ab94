import AftalerCore

/// The frame of every page: `lang="da"`, the title, the stylesheet and script of this server
/// (never inline, so the Content-Security-Policy can forbid inline code), the session's CSRF
/// token for the script, a skip link, the navigation and one `main`.
enum PageShell {
    static func page(title: String, token: String, main: String, current: String? = nil) -> String {
        let links = [("/", "Aftaler"), ("/ny", "Ny aftale")].map { path, label in
            let mark = path == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(path)\"\(mark)>\(label)</a></li>"
        }.joined()
        return """
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="\(HTMLText.escape(token))">
            <title>\(HTMLText.escape(title)) – Aftaler</title>
            <link rel="stylesheet" href="/static/aftaler.css">
            <script src="/static/aftaler.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#indhold">Gå til indholdet</a>
            <header class="site"><nav aria-label="Hovedmenu"><ul>\(links)</ul></nav></header>
            <main id="indhold">
            \(main)
            </main>
            </body>
            </html>

            """
    }

    /// A hidden form field with the CSRF token.
    static func tokenField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTMLText.escape(token))\">"
    }

    /// `<option>`s for `choices` (value, label), `selected` chosen; a selected value that is not
    /// among the choices is kept as an option of its own, so that showing a form never changes a value.
    static func options(_ choices: [(String, String)], selected: String?, empty: String? = nil) -> String {
        var html = empty.map { "<option value=\"\"\($0.isEmpty || selected?.isEmpty != false ? " selected" : "")>\(HTMLText.escape($0))</option>" } ?? ""
        var found = false
        for (value, label) in choices {
            let isSelected = value == selected
            found = found || isSelected
            html += "<option value=\"\(HTMLText.escape(value))\"\(isSelected ? " selected" : "")>\(HTMLText.escape(label))</option>"
        }
        if let selected, !selected.isEmpty, !found {
            html += "<option value=\"\(HTMLText.escape(selected))\" selected>\(HTMLText.escape(selected))</option>"
        }
        return html
    }
}
