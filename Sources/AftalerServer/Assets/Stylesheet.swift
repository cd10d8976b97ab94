import AftalerCore

/// The stylesheet of the drafting page: the reports' own (`HTMLStyle.css`: colours with checked
/// contrast, headings, tables, focus outlines), then what the page adds, in the same colours: the
/// navigation, forms, the editor's two columns (one on narrow screens), diagnostics and dialogs.
enum Stylesheet {
    static let css = HTMLStyle.css + statusMarkers + """
        body { max-width: 92rem; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--bg-page); padding: 0.5rem; }
        header.site nav ul, nav.actions ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1.25rem; padding: 0; margin: 0 0 1rem; }
        header.site { border-bottom: 2px solid var(--border); margin-bottom: 1.5rem; }
        header.site a[aria-current="page"] { font-weight: 700; }
        label { font-weight: 600; display: block; margin: 0.5rem 0 0.2rem; }
        label.inline { display: inline-flex; gap: 0.35rem; align-items: center; font-weight: 400; margin: 0.2rem 1rem 0.2rem 0; }
        input[type="text"], select, textarea {
          font: inherit; color: var(--fg-text); background: var(--bg-page);
          border: 1px solid var(--border); border-radius: 3px; padding: 0.35rem 0.5rem; width: 100%; box-sizing: border-box;
        }
        textarea { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92rem; }
        input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, summary:focus-visible {
          outline: 3px solid var(--fg-accent); outline-offset: 2px;
        }
        [aria-invalid="true"] { border: 2px solid var(--fg-status-udgaaet); }
        button {
          font: inherit; color: var(--bg-page); background: var(--fg-accent); border: 2px solid var(--fg-accent);
          border-radius: 3px; padding: 0.35rem 0.9rem; cursor: pointer; margin: 0.25rem 0.5rem 0.25rem 0;
        }
        button.remove-row, button.add-row, #conflict-reload { color: var(--fg-accent); background: var(--bg-page); }
        fieldset { border: 1px solid var(--border); margin: 0 0 1.25rem; padding: 0.5rem 1rem 1rem; }
        legend { font-weight: 700; color: var(--fg-accent); padding: 0 0.25rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; margin-bottom: 1rem; }
        form.filters label { margin: 0; display: flex; flex-direction: column; gap: 0.2rem; max-width: 100%; }
        form.filters select { width: auto; max-width: 100%; }
        .hint { color: var(--fg-muted); font-size: 0.9rem; margin: 0.2rem 0; }
        .editor-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
        @media (max-width: 60rem) { .editor-grid { grid-template-columns: minmax(0, 1fr); } }
        aside.live { position: sticky; top: 0.5rem; max-height: 97vh; overflow-y: auto; border-left: 4px solid var(--fg-accent); padding-left: 1rem; }
        aside.live h2 { margin-top: 0.5rem; }
        .preview { border: 1px solid var(--border); padding: 0 1rem; }
        .preview h1 { font-size: 1.5rem; margin-top: 0.75rem; }
        .preview h2 { font-size: 1.2rem; }
        ol.rows { list-style: none; padding: 0; margin: 0; }
        li.row { border-bottom: 1px solid var(--border); padding: 0.5rem 0; }
        .row-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0 0.75rem; }
        .row-fields .cell.long { grid-column: 1 / -1; }
        ul.diagnostics { padding-left: 1.2rem; }
        ul.diagnostics li { margin-bottom: 0.4rem; }
        ul.diagnostics li.error strong, .field-diagnostics .error strong { color: var(--fg-status-udgaaet); }
        ul.diagnostics li.warning strong, .field-diagnostics .warning strong { color: var(--fg-status-under-udarbejdelse); }
        .field-diagnostics p { margin: 0.2rem 0; font-size: 0.92rem; }
        .where { color: var(--fg-muted); font-size: 0.85rem; }
        .notice { border-left: 4px solid var(--fg-status-pauseret); padding: 0.25rem 0.75rem; background: var(--bg-subtle); }
        .save-bar { position: sticky; bottom: 0; background: var(--bg-page); border-top: 2px solid var(--border); padding: 0.5rem 0; }
        #save-state { font-weight: 600; }
        .versions { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .versions pre { white-space: pre-wrap; border: 1px solid var(--border); padding: 0.5rem; max-height: 30rem; overflow: auto; font-size: 0.85rem; }
        dialog { max-width: 40rem; border: 2px solid var(--fg-accent); }
        dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
        .redline { white-space: pre-wrap; }
        del { color: var(--fg-status-udgaaet); }
        ins { color: var(--fg-status-implementeret); }

        """

    /// The round status marker of `th.status-*` in the reports, for the status words in lists.
    private static let statusMarkers = """
        span.status::before {
          content: ""; display: inline-block; width: 0; height: 0; margin-right: 0.35em;
          border: 0.4em solid; border-radius: 50%; vertical-align: -0.05em;
        }

        """ + Status.allCases.map {
            "span.\(HTMLStyle.statusClass($0))::before { border-color: var(--fg-\(HTMLStyle.statusClass($0))); }\n"
        }.joined()
}
