/// The comparison as text (deletions as `[-…-]`, insertions as `{+…+}`, as `wdiff` writes them) and
/// as a standalone HTML page (`<del>`/`<ins>`, which browsers strike through and underline).
extension AgreementComparison {
    /// The heading of every rendering: "Ændringer i Samarbejdsaftale om rygestop".
    public var title: String { "Ændringer i \(new.agreement.title)" }
    /// "Fra a1b2c3d (7. februar 2023) til arbejdskopien".
    public var versionsLine: String { "Fra \(old.label) til \(new.label)" }
    /// What is said when nothing changed.
    public static let noChanges = "Ingen ændringer."
    /// The label of the facts part.
    public static let fieldsLabel = "Oplysninger"

    /// Plain text.
    public func text() -> String {
        var out = [title, String(repeating: "=", count: title.count), "", versionsLine, ""]
        if isEmpty { return (out + [Self.noChanges]).joined(separator: "\n") + "\n" }
        if !fields.isEmpty {
            out += [Self.fieldsLabel, String(repeating: "-", count: Self.fieldsLabel.count)]
            out += fields.map { "- " + $0.line }
            out.append("")
        }
        for section in sections where section.changed {
            let heading = section.heading + Self.kindNote(section.kind)
            out += [heading, String(repeating: "-", count: heading.count)]
            out.append(section.pieces.map { piece in
                switch piece {
                case .same(let text): text
                case .deleted(let text): "[-\(text)-]"
                case .inserted(let text): "{+\(text)+}"
                }
            }.joined())
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// A standalone HTML page: the facts as a list, each changed section with `<del>` and `<ins>`.
    public func html() -> String {
        HTMLPage.document(title: "\(title) – \(versionsLine)", body: content(element: "main", headingLevel: 1))
    }

    /// The redline as one element (`main` on its own page, `section` inside another page), its
    /// title at heading level `headingLevel` and the sections one level below.
    public func content(element: String, headingLevel: Int) -> String {
        let (top, sub) = ("h\(headingLevel)", "h\(min(headingLevel + 1, 6))")
        var body = ["<\(element)>", HTMLText.element(top, title), HTMLText.element("p", versionsLine)]
        if isEmpty {
            body.append(HTMLText.element("p", Self.noChanges))
        } else {
            if !fields.isEmpty {
                body.append(HTMLText.element(sub, Self.fieldsLabel))
                body.append("<ul>")
                for field in fields {
                    var item = "<li>" + HTMLText.escape(field.label)
                    switch (field.old, field.new) {
                    case let (old?, new?):
                        item += ": " + HTMLText.element("del", old) + " → " + HTMLText.element("ins", new)
                    case let (nil, new?): item += " tilføjet: " + HTMLText.element("ins", new)
                    case let (old?, nil): item += " fjernet: " + HTMLText.element("del", old)
                    case (nil, nil): break
                    }
                    body.append(item + "</li>")
                }
                body.append("</ul>")
            }
            for section in sections where section.changed {
                body.append(HTMLText.element(sub, section.heading + Self.kindNote(section.kind)))
                let pieces = section.pieces.map { piece in
                    switch piece {
                    case .same(let text): HTMLText.escape(text)
                    case .deleted(let text): HTMLText.element("del", text)
                    case .inserted(let text): HTMLText.element("ins", text)
                    }
                }
                body.append("<p class=\"redline\" style=\"white-space: pre-wrap\">" + pieces.joined() + "</p>")
            }
        }
        body.append("</\(element)>")
        return body.joined(separator: "\n")
    }

    /// " (ny sektion)", " (sektion fjernet)" or "".
    public static func kindNote(_ kind: SectionChange.Kind) -> String {
        switch kind {
        case .kept: ""
        case .added: " (ny sektion)"
        case .removed: " (sektion fjernet)"
        }
    }
}
