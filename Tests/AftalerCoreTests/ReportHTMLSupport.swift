import Foundation

/// Reads generated HTML pages with html5lib, the WHATWG parser (installed by scripts/setup), in
/// one Python run per suite, and returns what the accessibility tests look at. A missing html5lib
/// is a failure that names the install command, never a skip.
enum HTMLReader {
    /// What html5lib found in one page.
    struct Page: Decodable {
        struct Table: Decodable {
            let caption: String
            /// Header cells of the thead: text and scope.
            let head: [[String]]
            /// The class attribute of each header cell of the thead.
            let headClasses: [String]
            /// th cells outside the thead (row headers in the tbody and tfoot): text and scope.
            let otherHeaders: [[String]]
            /// Cells per body row.
            let rows: [Int]
            /// The text of each cell (th or td) of each body row.
            let cells: [[String]]
            /// The class attribute of each cell of each body row.
            let cellClasses: [[String]]
            /// The text of each cell of each tfoot row.
            let foot: [[String]]
            /// The text of the last heading before the table, and of the last h1 or h3 before it
            /// (the page's or the agreement's title).
            let heading: String
            let titleHeading: String
        }

        struct DefinitionList: Decodable {
            /// Child element names in order.
            let children: [String]
            let terms: [String]
        }

        /// Every parse error html5lib reported (a missing doctype is one).
        let errors: [String]
        let lang: String?
        let titles: [String]
        /// Headings in document order: level and text.
        let headings: [Heading]
        let lists: [DefinitionList]
        /// Every `<ul>` and `<ol>`, in document order.
        let itemLists: [ItemList]
        let tables: [Table]
        /// The text of every `<style>` element.
        let style: String
        /// Elements that load or run something (link, script, img, iframe, object, ...).
        let loading: [String]
        /// Elements with a `src` attribute, elements with a `style` attribute.
        let sources: Int
        let styleAttributes: Int
        /// The `href` of every element that has one, with the element's name.
        let hrefs: [[String]]
        let ids: [String]
        /// The `data-id` of every element that has one.
        let dataIds: [String]
        let charset: String?
        let mains: Int
        /// The text of the body, white space collapsed.
        let text: String
    }

    /// A `<ul>` or `<ol>`: its element name, its items' text, the last heading before it and the
    /// text of the element just before it.
    struct ItemList: Decodable {
        let tag: String
        let items: [String]
        let heading: String
        let before: String
    }

    struct Heading: Decodable {
        let level: Int
        let text: String
    }

    struct Missing: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static let script = #"""
    import sys, json
    try:
        import html5lib
    except ImportError:
        sys.exit("No module named html5lib")
    LOADING = {"link", "script", "img", "iframe", "object", "embed", "source", "video", "audio", "base", "frame",
               "picture", "track", "input"}
    def norm(s): return " ".join(s.split())
    def text(e): return norm(" ".join(e.itertext()))
    out = {}
    for path in sys.argv[1:]:
        parser = html5lib.HTMLParser(namespaceHTMLElements=False)
        root = parser.parse(open(path, encoding="utf-8").read())
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        tables = []
        last_heading = ""
        last_title = ""
        for e in elements:
            if len(e.tag) == 2 and e.tag[0] == "h" and e.tag[1] in "123456":
                last_heading = text(e)
                if e.tag in ("h1", "h3"):
                    last_title = text(e)
            if e.tag != "table":
                continue
            t = e
            caption = t.find("caption")
            head = [[text(th), th.get("scope") or ""] for h in t.iter("thead") for th in h.iter("th")]
            other = [[text(th), th.get("scope") or ""] for part in ("tbody", "tfoot")
                     for tb in t.iter(part) for th in tb.iter("th")]
            body = [[c for c in tr if c.tag in ("td", "th")] for tb in t.iter("tbody") for tr in tb.iter("tr")]
            tables.append({"caption": text(caption) if caption is not None else "", "head": head,
                           "headClasses": [th.get("class") or "" for h in t.iter("thead") for th in h.iter("th")],
                           "otherHeaders": other, "rows": [len(r) for r in body],
                           "cells": [[text(c) for c in r] for r in body],
                           "cellClasses": [[c.get("class") or "" for c in r] for r in body],
                           "foot": [[text(c) for c in tr if c.tag in ("td", "th")]
                                    for tf in t.iter("tfoot") for tr in tf.iter("tr")],
                           "heading": last_heading, "titleHeading": last_title})
        parents = {c: p for p in root.iter() for c in p}
        item_lists = []
        last_heading = ""
        for e in elements:
            if len(e.tag) == 2 and e.tag[0] == "h" and e.tag[1] in "123456":
                last_heading = text(e)
            if e.tag in ("ul", "ol"):
                kids = [c for c in parents[e] if isinstance(c.tag, str)]
                at = kids.index(e)
                item_lists.append({"tag": e.tag, "items": [text(li) for li in e if li.tag == "li"],
                                   "heading": last_heading, "before": text(kids[at - 1]) if at > 0 else ""})
        metas = [m.get("charset") for m in root.iter("meta") if m.get("charset")]
        out[path] = {
            "errors": ["%s: %s %s" % (pos, code, data) for pos, code, data in parser.errors],
            "lang": root.get("lang"),
            "titles": [text(t) for t in root.iter("title")],
            "headings": [{"level": int(e.tag[1]), "text": text(e)} for e in elements
                         if len(e.tag) == 2 and e.tag[0] == "h" and e.tag[1] in "123456"],
            "lists": [{"children": [c.tag for c in dl], "terms": [text(c) for c in dl if c.tag == "dt"]}
                      for dl in root.iter("dl")],
            "itemLists": item_lists,
            "tables": tables,
            "style": "\n".join("".join(s.itertext()) for s in root.iter("style")),
            "loading": sorted({e.tag for e in elements if e.tag in LOADING}),
            "sources": sum(1 for e in elements if e.get("src") is not None),
            "styleAttributes": sum(1 for e in elements if e.get("style") is not None),
            "hrefs": [[e.tag, e.get("href")] for e in elements if e.get("href") is not None],
            "ids": [e.get("id") for e in elements if e.get("id") is not None],
            "dataIds": [e.get("data-id") for e in elements if e.get("data-id") is not None],
            "charset": metas[0] if metas else None,
            "mains": len(list(root.iter("main"))),
            "text": text(root.find("body")),
        }
    print(json.dumps(out))
    """#

    /// Parses every page (name → HTML) in one run of python3 with html5lib.
    static func read(_ pages: [String: String]) throws -> [String: Page] {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftaler-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String: String] = [:]
        for (name, html) in pages {
            let file = folder.appending(path: "\(name).html")
            try Data(html.utf8).write(to: file)
            paths[file.path] = name
        }
        let scriptFile = folder.appending(path: "read.py")
        try Data(script.utf8).write(to: scriptFile)
        let out = folder.appending(path: "out"), err = folder.appending(path: "err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", scriptFile.path] + paths.keys.sorted()
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        let errors = String(decoding: try Data(contentsOf: err), as: UTF8.self)
        if errors.contains("No module named") {
            throw Missing(message: "python3 lacks html5lib: run 'pip install html5lib' (scripts/setup --with-test-tools does)")
        }
        guard process.terminationStatus == 0 else { throw Missing(message: "python3 failed: \(errors)") }
        let decoded = try JSONDecoder().decode([String: Page].self, from: Data(contentsOf: out))
        return Dictionary(uniqueKeysWithValues: decoded.map { (paths[$0.key] ?? $0.key, $0.value) })
    }
}

/// WCAG 2.1 contrast of the colours a stylesheet declares as custom properties.
enum Contrast {
    /// `--name: #rrggbb` declarations in `css`, in order (a name may be declared again, e.g. for print).
    static func declarations(in css: String) -> [(name: String, hex: String)] {
        let pattern = try! NSRegularExpression(pattern: #"(--[a-z][a-z-]*)\s*:\s*#([0-9a-fA-F]{6})\s*;"#)
        let range = NSRange(css.startIndex..., in: css)
        return pattern.matches(in: css, range: range).map { match in
            (String(css[Range(match.range(at: 1), in: css)!]), String(css[Range(match.range(at: 2), in: css)!]))
        }
    }

    /// Relative luminance of `#rrggbb` (WCAG 2.1, 1.4.3).
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex, radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    /// The contrast ratio of two colours, 1...21.
    static func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
