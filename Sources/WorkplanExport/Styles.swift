import AftalerCore
import XLSXWriter

/// The look of exported sheets: one place for fonts, fills and the colour of each status.
enum Styles {
    static let headerFill = Color(hex: "1F4E79")!
    static let groupFill = Color(hex: "D9E2F3")!
    static let borderColor = Color(hex: "A6A6A6")!

    static let title = CellFormat(bold: true, fontSize: 14)
    static let header = CellFormat(bold: true, fontColor: .white, fillColor: headerFill, wrapText: true,
                                   verticalAlignment: .top, border: .thin, borderColor: borderColor)
    static let group = CellFormat(bold: true, fillColor: groupFill, verticalAlignment: .center)
    static let text = CellFormat(wrapText: true, verticalAlignment: .top, border: .thin, borderColor: borderColor)
    /// Whole amounts with a thousands separator; a Danish Excel shows 1.269.
    static let number = CellFormat(verticalAlignment: .top, border: .thin, borderColor: borderColor,
                                   numberFormat: CellFormat.NumberFormat.thousands)
    static let totalText = CellFormat(bold: true, verticalAlignment: .top, border: .thin, borderColor: borderColor)
    static let totalNumber = CellFormat(bold: true, verticalAlignment: .top, border: .thin, borderColor: borderColor,
                                        numberFormat: CellFormat.NumberFormat.thousands)

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
