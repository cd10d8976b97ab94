import AftalerCore
import XLSXWriter

/// The look of exported sheets: one place for fonts, fills and the colour of each status.
enum Styles {
    static let headerFill = Color(hex: "1F4E79")!
    static let groupFill = Color(hex: "D9E2F3")!
    static let borderColor = Color(hex: "A6A6A6")!

    /// Inner padding of every table cell, in indent levels: OOXML's only padding (about 10 pixels
    /// on the side the text is aligned to; there is none at the top or bottom, where the row
    /// height's spare points and the top alignment leave the room).
    static let indent = 1

    static let title = CellFormat(bold: true, fontSize: 14)
    static let header = CellFormat(bold: true, fontColor: .white, fillColor: headerFill, wrapText: true,
                                   horizontalAlignment: .left, verticalAlignment: .top, border: .thin,
                                   borderColor: borderColor, indent: indent)
    /// The heading of an amount column, right-aligned over its numbers.
    static let numberHeader = CellFormat(bold: true, fontColor: .white, fillColor: headerFill, wrapText: true,
                                         horizontalAlignment: .right, verticalAlignment: .top, border: .thin,
                                         borderColor: borderColor, indent: indent)
    static let group = CellFormat(bold: true, fillColor: groupFill, horizontalAlignment: .left,
                                  verticalAlignment: .center, indent: indent)
    static let text = CellFormat(wrapText: true, horizontalAlignment: .left, verticalAlignment: .top, border: .thin,
                                 borderColor: borderColor, indent: indent)
    /// Whole amounts with a thousands separator; a Danish Excel shows 1.269.
    static let number = CellFormat(horizontalAlignment: .right, verticalAlignment: .top, border: .thin,
                                   borderColor: borderColor, numberFormat: CellFormat.NumberFormat.thousands,
                                   indent: indent)
    static let totalText = CellFormat(bold: true, horizontalAlignment: .left, verticalAlignment: .top, border: .thin,
                                      borderColor: borderColor, indent: indent)
    static let totalNumber = CellFormat(bold: true, horizontalAlignment: .right, verticalAlignment: .top, border: .thin,
                                        borderColor: borderColor, numberFormat: CellFormat.NumberFormat.thousands,
                                        indent: indent)

    /// The conditional format of a status: a light fill that reads well in print.
    static func status(_ status: Status) -> CellFormat {
        let (fill, font): (String, String) = switch status {
        case .notStarted: ("EDEDED", "3A3A3A")
        case .drafting: ("FFF2CC", "7F6000")
        case .inConsultation: ("FCE4D6", "833C0B")
        case .approved: ("DDEBF7", "1F4E79")
        case .implementing: ("E2EFDA", "375623")
        case .implemented: ("C6EFCE", "006100")
        case .evaluated: ("A9D08E", "1E4620")
        case .paused: ("FFC7CE", "9C0006")
        case .concluded: ("D9D9D9", "262626")
        case .discontinued: ("BFBFBF", "262626")
        }
        return CellFormat(fontColor: Color(hex: font)!, fillColor: Color(hex: fill)!)
    }
}
