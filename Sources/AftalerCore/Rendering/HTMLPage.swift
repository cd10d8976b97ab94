/// A standalone HTML page for Danish public-sector documents: `lang="da"`, a title, UTF-8, an
/// inline stylesheet with a print stylesheet, and no external resources of any kind (no linked
/// stylesheets, scripts, fonts or images), so the file reads the same offline, in an archive and
/// on paper.
public enum HTMLPage {
    /// The whole page around `body`, which must already be HTML (escaped); `css` is added after the
    /// common stylesheet (a wide table's page, its cell colours).
    public static func document(title: String, body: String, css: String = "") -> String {
        let (head, tail) = frame(title: title, css: css)
        return head + body + tail
    }

    /// The page around its body: `head + body + tail` is ``document(title:body:css:)``, for a page
    /// written in pieces.
    public static func frame(title: String, css: String = "") -> (head: String, tail: String) {
        let head = """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(HTMLStyle.css)\(css)</style>
        </head>
        <body>

        """
        return (head, "\n</body>\n</html>\n")
    }
}

/// The inline stylesheet of every page.
///
/// Every colour is a custom property on `:root`: `--fg-*` are text colours, `--bg-*` the
/// backgrounds text stands on, `--border` lines. Each text colour has a contrast of at least
/// 4.5:1 (WCAG 2.1 AA, 1.4.3) on each background, and the border at least 3:1 (1.4.11); the
/// tests compute both from the CSS of a generated page. Links are underlined, so colour is never
/// the only cue (1.4.1); focus is outlined (2.4.7); sizes are relative so text can be zoomed
/// (1.4.4, 1.4.10). The print stylesheet prints black on white, shows link targets and keeps
/// headings with what follows.
///
/// Statuses have colours of their own (`--fg-status-*`, same contrast rule as text), drawn as a
/// round marker before the status's word (`th.status-*`): the word is always there, the colour
/// helps the eye; the marker is a border, so it prints where backgrounds do not. Date and period
/// cells (`td.period`) never wrap, except on a phone: there they wrap between words (at least
/// 6.5rem wide) and the agreements' tables are set a little smaller, so a two-column table (the
/// milestones, the follow-ups) fits the window with every word whole, instead of a date column of
/// 180 px pushing the text out of view; a wider table scrolls in its wrapper.
///
/// A list of facts (`dl.facts`) is two columns, the labels as wide as the longest; on a phone
/// each label stands above its value, which then has the whole width for a long Danish compound
/// ("Bruger- og pårørendeorganisationer").
///
/// A table wider than the page scrolls sideways in its own focusable region (`.table-scroll`,
/// `role="region"`, `tabindex="0"`) whose caption's text is a sticky `span` as wide as the region
/// at most (`100cqw`, the region being a size container), so the caption is read whole on a phone. In a `table.sticky-first` (the status report's overview, the sign-off
/// matrix) the row headers stay at the region's left edge too, so each cell is read beside its
/// row. Its borders are drawn per cell (`border-collapse: separate`): with collapsed borders
/// Chromium let the scrolled cells' text show beside the sticky column. On paper nothing scrolls
/// or sticks, and the status report's overview is set in 9 pt so that it prints on the first page.
public enum HTMLStyle {
    /// The colour of each status's marker, each at least 4.5:1 on `--bg-page` and `--bg-subtle`.
    static let statusColours: [Status: String] = [
        .notStarted: "#5c5c5c", .drafting: "#8a5300", .inConsultation: "#6b3fa0", .approved: "#0b5cad",
        .implementing: "#00767a", .implemented: "#28702d", .evaluated: "#1b5e20", .paused: "#b04a00",
        .concluded: "#37474f", .discontinued: "#b3261e",
    ]

    /// The class of a status's marker, and the name of its colour after `--fg-`:
    /// "status-under-implementering", "status-i-hoering".
    public static func statusClass(_ status: Status) -> String {
        "status-" + status.rawValue.map { character -> String in
            switch character {
            case " ": "-"
            case "æ": "ae"
            case "ø": "oe"
            case "å": "aa"
            default: String(character)
            }
        }.joined()
    }

    private static func statusProperties(_ colour: (Status) -> String) -> String {
        Status.allCases.map { "  --fg-\(statusClass($0)): \(colour($0));\n" }.joined()
    }

    private static let statusMarkers = Status.allCases.map {
        "th.\(statusClass($0))::before { border-color: var(--fg-\(statusClass($0))); }\n"
    }.joined()

    public static let css = """
        :root {
          --fg-text: #1f1f1f;
          --fg-muted: #4d4d4d;
          --fg-accent: #0a4b78;
          --bg-page: #ffffff;
          --bg-subtle: #eef2f5;
          --border: #767676;
        \(statusProperties { statusColours[$0]! })}
        html { background: var(--bg-page); color: var(--fg-text); }
        body {
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
          font-size: 1rem; line-height: 1.5;
          max-width: 50rem; margin: 0 auto; padding: 1.5rem 1rem 3rem;
          overflow-wrap: break-word;
        }
        h1, h2, h3, h4, h5, h6 { color: var(--fg-accent); line-height: 1.25; }
        h1 { font-size: 2rem; margin: 0 0 0.5rem; }
        h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--border); }
        h3 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
        h4 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
        h5, h6 { font-size: 1rem; margin: 1rem 0 0.25rem; }
        p, ul, ol { margin: 0 0 0.75rem; }
        a { color: var(--fg-accent); text-decoration: underline; }
        a:focus-visible { outline: 3px solid var(--fg-accent); outline-offset: 2px; }
        .subtitle { color: var(--fg-muted); margin: 0 0 0.25rem; }
        dl.facts {
          display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem;
          margin: 1rem 0; padding: 0.75rem 1rem;
          background: var(--bg-subtle); color: var(--fg-text); border-left: 4px solid var(--fg-accent);
        }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        @media (max-width: 30rem) {
          dl.facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
          dl.facts dd { margin-bottom: 0.35rem; }
        }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        .table-scroll, .table-wrap { overflow-x: auto; }
        .table-scroll { container-type: inline-size; }
        .table-scroll:focus { outline: 2px solid var(--fg-accent); }
        .table-scroll caption > span { position: sticky; left: 0; display: inline-block; max-width: 100cqw; }
        table.sticky-first { border-collapse: separate; border-spacing: 0; border-top: 1px solid var(--border); }
        table.sticky-first th, table.sticky-first td { border-width: 0 1px 1px 0; }
        table.sticky-first th[scope="row"], table.sticky-first thead th:first-child {
          position: sticky; left: 0; z-index: 1; border-left-width: 1px;
        }
        table.overview { font-size: 0.9rem; }
        table.overview th, table.overview td { padding: 0.25rem 0.4rem; }
        table.overview th[scope="row"] { width: 11rem; }
        table.overview thead th:last-child { white-space: nowrap; }
        @media (max-width: 40rem) { table.overview th.status { min-width: 6.5em; } }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
        th, td { border: 1px solid var(--border); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: var(--bg-subtle); color: var(--fg-text); }
        td.period { white-space: nowrap; }
        @media (max-width: 30rem) {
          td.period { white-space: normal; min-width: 6.5rem; }
          .table-wrap table { font-size: 0.9rem; }
          .table-wrap th, .table-wrap td { padding: 0.3rem 0.4rem; }
        }
        th.count, td.count { text-align: right; font-variant-numeric: tabular-nums; }
        td.zero { color: var(--fg-muted); }
        tfoot th, tfoot td { font-weight: 700; }
        th.status::before {
          content: ""; display: inline-block; width: 0; height: 0; margin-right: 0.35em;
          border: 0.4em solid; border-radius: 50%; vertical-align: -0.05em;
        }
        \(statusMarkers)nav.toc ol { list-style: none; padding-left: 1.5rem; }
        nav.toc > ol { padding-left: 0; }
        @page { size: A4; margin: 2cm; }
        @media print {
          :root {
            --fg-text: #000000;
            --fg-muted: #000000;
            --fg-accent: #000000;
            --bg-page: #ffffff;
            --bg-subtle: #ffffff;
            --border: #000000;
        \(statusProperties { _ in "#000000" })  }
          body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
          a { text-decoration: none; }
          a[href^="http"]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
          h1, h2, h3, h4, h5, h6 { break-after: avoid; }
          table, tr, dl.facts { break-inside: avoid; }
          .table-scroll, .table-wrap { overflow: visible; }
          table.overview { font-size: 9pt; }
          table.overview th[scope="row"] { width: auto; }
          .table-scroll caption > span, table.sticky-first th[scope="row"], table.sticky-first thead th:first-child {
            position: static;
          }
          h2.area { break-before: page; }
        }

        """
}
