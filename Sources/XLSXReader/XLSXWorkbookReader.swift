import UnicodeText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ZipArchive

/// Reads the cells of an XLSX workbook, whatever wrote it (Excel, LibreOffice, openpyxl, Aftaler):
/// the sheets are found through `_rels/.rels`, the workbook's relationships and `workbook.xml`,
/// shared strings are read if there are any, and every cell type is read, inline strings and
/// rich-text runs included. Knows nothing of agreements.
///
/// Every part is streamed from the zip through libxml2's `xmlTextReader` (`XMLStream`), with
/// sizes bounded before inflating (`XLSXReadLimits`): only the shared strings are held, and a
/// sheet is handed to the caller row by row.
public final class XLSXWorkbookReader {
    /// The workbook's sheets in tab order.
    public let sheets: [XLSXSheet]
    private let archive: ZipReader
    private let limits: XLSXReadLimits
    private let sharedStrings: [String]

    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Opens the workbook at `url` and reads its sheet list and shared strings.
    public init(contentsOf url: URL, limits: XLSXReadLimits = XLSXReadLimits()) throws(XLSXReadError) {
        self.limits = limits
        do {
            archive = try ZipReader(contentsOf: url)
        } catch {
            throw XLSXReadError(.notAWorkbook, "not an XLSX workbook: \(error)")
        }
        let packageRelations = try Self.relationships(archive, of: "", limits: limits)
        guard let workbookPart = packageRelations.first(where: { $0.type.hasSuffix("/officeDocument") })?.target
        else {
            throw XLSXReadError(.notAWorkbook, "not an XLSX workbook: the zip has no office document relationship",
                                part: "_rels/.rels")
        }
        let workbookRelations = try Self.relationships(archive, of: workbookPart, limits: limits)
        let targets = Dictionary(workbookRelations.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        sheets = try Self.sheetList(archive, workbookPart, targets: targets, limits: limits)
        if let strings = workbookRelations.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
            sharedStrings = try Self.sharedStrings(archive, part: strings.target, limits: limits)
        } else {
            sharedStrings = []
        }
    }

    /// The sheet named `name`, or an error that lists the names there are.
    public func sheet(named name: String) throws(XLSXReadError) -> XLSXSheet {
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            throw XLSXReadError(.noSuchSheet, "the workbook has no sheet '\(name)' (it has "
                                + sheets.map { "'\($0.name)'" }.joined(separator: ", ") + ")")
        }
        return sheet
    }

    /// Calls `body` with each row of `sheet` that has a cell or is hidden, top to bottom as the
    /// file lists them. `body` may throw to stop.
    public func forEachRow(of sheet: XLSXSheet, _ body: (XLSXRow) throws -> Void) throws {
        let xml = try Self.open(archive, sheet.part, maximum: limits.maximumSheet, limits: limits)
        var previousRow = 0
        var rowCount = 0
        while try xml.next() {
            guard xml.node == .element, xml.name == "row" else { continue }
            let number = try xml.attribute("r").map { text throws(XLSXReadError) in
                guard let number = Int(text), number > previousRow, number <= 1_048_576 else {
                    throw XLSXReadError(.damaged, "row number '\(text)' is not after row \(previousRow)",
                                        part: sheet.part, line: xml.line)
                }
                return number
            } ?? previousRow + 1
            previousRow = number
            rowCount += 1
            if rowCount > limits.maximumRows {
                throw XLSXReadError(.refused, "sheet '\(sheet.name)' has more than \(limits.maximumRows) rows",
                                    part: sheet.part, line: xml.line)
            }
            let hidden = xml.attribute("hidden").map { $0 == "1" || $0 == "true" } ?? false
            let cells = try row(xml, number: number, part: sheet.part)
            try body(XLSXRow(number: number, isHidden: hidden, cells: cells))
        }
    }

    /// Every row of `sheet` (for small sheets; large ones should use `forEachRow`).
    public func rows(of sheet: XLSXSheet) throws -> [XLSXRow] {
        var rows: [XLSXRow] = []
        try forEachRow(of: sheet) { rows.append($0) }
        return rows
    }

    // MARK: - Cells

    private func row(_ xml: XMLStream, number: Int, part: String) throws(XLSXReadError) -> [XLSXCell] {
        guard !xml.isEmptyElement else { return [] }
        let depth = xml.depth
        var cells: [XLSXCell] = []
        var previousColumn = -1
        while try xml.next() {
            if xml.node == .endElement, xml.depth == depth { return cells }
            guard xml.node == .element, xml.name == "c" else { continue }
            var column = previousColumn + 1
            if let reference = xml.attribute("r") {
                guard let parsed = XLSXCell.parse(reference: reference), parsed.row == number,
                      parsed.column > previousColumn else {
                    throw XLSXReadError(.damaged, "cell reference '\(reference)' does not belong in row \(number) "
                                        + "after column \(XLSXCell.columnName(previousColumn))", part: part, line: xml.line)
                }
                column = parsed.column
            }
            previousColumn = column
            if let cell = try cell(xml, column: column, row: number, type: xml.attribute("t") ?? "n", part: part) {
                cells.append(cell)
            }
        }
        throw XLSXReadError(.damaged, "the sheet ends inside row \(number)", part: part, line: xml.line)
    }

    private func cell(_ xml: XMLStream, column: Int, row: Int, type: String, part: String)
        throws(XLSXReadError) -> XLSXCell?
    {
        guard !xml.isEmptyElement else { return nil }
        let depth = xml.depth
        // Only error messages name the cell: made for every cell, the name was a tenth of reading a sheet (callgrind).
        var reference: String { XLSXCell.columnName(column) + String(row) }
        var raw: String?
        var inline: String?
        var formula: String?
        func tooLong() -> XLSXReadError {
            XLSXReadError(.refused, "cell \(reference) holds more than \(limits.maximumCellText) characters",
                          part: part, line: xml.line)
        }
        while try xml.next() {
            if xml.node == .endElement, xml.depth == depth { break }
            guard xml.node == .element else { continue }
            switch xml.name {
            case "v":
                guard let text = try xml.elementText(limit: limits.maximumCellText) else { throw tooLong() }
                raw = text
            case "f":
                guard let text = try xml.elementText(limit: limits.maximumCellText) else { throw tooLong() }
                formula = text
            case "is":
                guard let text = try Self.stringItem(xml, limit: limits.maximumCellText) else { throw tooLong() }
                inline = text
            default:
                try xml.skipElement()
            }
        }
        let value: XLSXCell.Value
        switch type {
        case "inlineStr":
            guard let inline else { return nil }
            value = .text(inline)
        case "s":
            guard let raw else { return nil }
            // Int(raw) first: trimming through Foundation for every cell was a fifth of reading a sheet (callgrind).
            guard let index = Int(raw) ?? Int(raw.trimming(.whitespaces)), sharedStrings.indices.contains(index) else {
                throw XLSXReadError(.damaged, "cell \(reference) refers to shared string \(raw), which does not exist",
                                    part: part, line: xml.line)
            }
            value = .text(sharedStrings[index])
        case "str": value = .text(raw ?? "")
        case "b": value = .boolean(raw == "1" || raw == "true")
        case "e": value = .error(raw ?? "")
        case "d": guard let raw else { return nil }; value = .date(raw)
        case "n":
            guard let raw else { return formula.map { XLSXCell(column: column, row: row, value: .text(""), formula: $0) } }
            value = .number(raw)
        default:
            throw XLSXReadError(.damaged, "cell \(reference) has the unknown type '\(type)'", part: part, line: xml.line)
        }
        return XLSXCell(column: column, row: row, value: value, formula: formula)
    }

    /// The text of a string item (`<si>` or `<is>`): its `<t>`, or its rich-text runs' `<t>`s
    /// joined; phonetic runs (`<rPh>`) are not part of the text. Nil when longer than `limit`.
    private static func stringItem(_ xml: XMLStream, limit: Int) throws(XLSXReadError) -> String? {
        guard !xml.isEmptyElement else { return "" }
        let depth = xml.depth
        var text = ""
        var count = 0
        while try xml.next() {
            if xml.node == .endElement, xml.depth == depth { return text }
            guard xml.node == .element else { continue }
            switch xml.name {
            case "t":
                guard let piece = try xml.elementText(limit: limit) else { return nil }
                count += piece.count
                if count > limit { return nil }
                text += piece
            case "r": continue
            default: try xml.skipElement()
            }
        }
        throw XLSXReadError(.damaged, "the part ends inside a string", part: xml.part, line: xml.line)
    }

    // MARK: - Package structure

    private struct Relationship {
        let id: String
        let type: String
        /// The target as a path inside the zip.
        let target: String
    }

    /// Opens `part`, refusing it before inflating when its recorded size exceeds `maximum`.
    private static func open(_ archive: ZipReader, _ part: String, maximum: UInt64, limits: XLSXReadLimits)
        throws(XLSXReadError) -> XMLStream
    {
        guard let entry = archive.entries.first(where: { $0.name == part }) else {
            throw XLSXReadError(.damaged, "the workbook refers to a part that is not in the zip", part: part)
        }
        guard entry.size <= maximum else {
            throw XLSXReadError(.refused, "the part inflates to \(entry.size) bytes, more than the \(maximum) "
                                + "allowed (a zip bomb, or not a workbook of agreements)", part: part)
        }
        return try XMLStream(archive: archive, entry: entry)
    }

    /// The relationships of `part` (the package's own for ""), targets resolved to zip paths.
    private static func relationships(_ archive: ZipReader, of part: String, limits: XLSXReadLimits)
        throws(XLSXReadError) -> [Relationship]
    {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard archive.entries.contains(where: { $0.name == path }) else {
            throw XLSXReadError(.notAWorkbook, "not an XLSX workbook: the zip has no '\(path)'")
        }
        let xml = try open(archive, path, maximum: limits.maximumSmallPart, limits: limits)
        var result: [Relationship] = []
        while try xml.next() {
            guard xml.node == .element, xml.name == "Relationship",
                  let id = xml.attribute("Id"), let type = xml.attribute("Type"), let target = xml.attribute("Target"),
                  xml.attribute("TargetMode") != "External" else { continue }
            result.append(Relationship(id: id, type: type, target: resolve(target, from: folder)))
        }
        return result
    }

    /// A relationship target as a zip path: absolute (`/xl/x.xml`) or relative to `folder`, `..` resolved.
    private static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : (folder.isEmpty ? target : folder + "/" + target)
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    private static func sheetList(_ archive: ZipReader, _ workbook: String, targets: [String: String],
                                  limits: XLSXReadLimits) throws(XLSXReadError) -> [XLSXSheet] {
        let xml = try open(archive, workbook, maximum: limits.maximumSmallPart, limits: limits)
        var sheets: [XLSXSheet] = []
        while try xml.next() {
            guard xml.node == .element, xml.name == "sheet" else { continue }
            guard let name = xml.attribute("name"),
                  let id = xml.attribute("id", namespace: relationshipsNamespace),
                  let target = targets[id] else {
                throw XLSXReadError(.damaged, "a sheet has no name or no relationship to its part", part: workbook,
                                    line: xml.line)
            }
            let state = xml.attribute("state") ?? "visible"
            sheets.append(XLSXSheet(name: name, part: target, isHidden: state != "visible"))
        }
        guard !sheets.isEmpty else {
            throw XLSXReadError(.notAWorkbook, "the workbook lists no sheet", part: workbook)
        }
        return sheets
    }

    private static func sharedStrings(_ archive: ZipReader, part: String, limits: XLSXReadLimits)
        throws(XLSXReadError) -> [String]
    {
        let xml = try open(archive, part, maximum: limits.maximumSharedStrings, limits: limits)
        var strings: [String] = []
        while try xml.next() {
            guard xml.node == .element, xml.name == "si" else { continue }
            guard let text = try stringItem(xml, limit: limits.maximumCellText) else {
                throw XLSXReadError(.refused, "shared string \(strings.count) holds more than "
                                    + "\(limits.maximumCellText) characters", part: part, line: xml.line)
            }
            strings.append(text)
        }
        return strings
    }
}
