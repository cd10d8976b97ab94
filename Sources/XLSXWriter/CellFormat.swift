import CXLSXWriter

/// How a cell looks: a plain value. The ``Workbook`` turns each distinct `CellFormat` into one
/// libxlsxwriter format object and reuses it for every cell with an equal `CellFormat`.
///
/// **Number formats.** ``numberFormat`` is an Excel format code written in the file's invariant
/// syntax, where `,` is the thousands separator and `.` the decimal point. The reader's locale
/// decides what is shown: ``NumberFormat/thousands`` (`#,##0`) displays 1234567 as `1.234.567` in
/// Danish Excel/LibreOffice and as `1,234,567` in English. Never write Danish separators into the
/// code itself (`#.##0` would mean something else).
public struct CellFormat: Hashable, Sendable {
    /// Bold font.
    public var bold: Bool
    /// Italic font.
    public var italic: Bool
    /// Font size in points (nil: Excel's default, 11). At most ``XLSXLimits/maxFontSize``.
    public var fontSize: Double?
    /// Font colour (nil: automatic).
    public var fontColor: Color?
    /// Solid background fill (nil: none).
    public var fillColor: Color?
    /// Wrap long text onto several lines.
    public var wrapText: Bool
    /// Horizontal alignment (nil: Excel's default, by value type).
    public var horizontalAlignment: HorizontalAlignment?
    /// Vertical alignment (nil: Excel's default, bottom).
    public var verticalAlignment: VerticalAlignment?
    /// Border on all four sides (nil: none).
    public var border: BorderStyle?
    /// Colour of ``border`` (nil: automatic).
    public var borderColor: Color?
    /// Excel number format code such as `#,##0` (see the type's documentation); nil: General.
    public var numberFormat: String?
    /// Indent level, 0…``XLSXLimits/maxIndent``: inner padding on the side the text is aligned to
    /// (left or right), about one digit's width per level in Excel and LibreOffice. It has an effect
    /// only with a left or right ``horizontalAlignment``; OOXML has no top or bottom padding.
    public var indent: Int

    /// Creates a format; every property defaults to Excel's default.
    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: Color? = nil,
                fillColor: Color? = nil, wrapText: Bool = false,
                horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
                border: BorderStyle? = nil, borderColor: Color? = nil, numberFormat: String? = nil,
                indent: Int = 0) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.wrapText = wrapText
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.border = border
        self.borderColor = borderColor
        self.numberFormat = numberFormat
        self.indent = indent
    }

    /// Common number format codes (invariant syntax; the reader's locale picks the separators).
    public enum NumberFormat {
        /// Whole number with thousands separators: `#,##0` (Danish display: `1.234.567`).
        public static let thousands = "#,##0"
        /// Two decimals with thousands separators: `#,##0.00` (Danish display: `1.234,50`).
        public static let thousandsTwoDecimals = "#,##0.00"
        /// Whole percentage: `0%`.
        public static let percent = "0%"
        /// Text, shown as typed: `@`.
        public static let text = "@"
    }

    /// Checks the values libxlsxwriter would mishandle.
    func validate() throws {
        guard (0...XLSXLimits.maxIndent).contains(indent) else {
            throw XLSXError.invalidArgument("Indent \(indent) is outside 0…\(XLSXLimits.maxIndent)")
        }
        if let fontSize {
            try Check.measure(fontSize, maximum: XLSXLimits.maxFontSize, limit: .fontSize, "Font size")
            guard fontSize > 0 else { throw XLSXError.invalidArgument("Font size must be greater than 0") }
        }
        if let numberFormat {
            try Check.noNUL(numberFormat, "Number format")
            let bytes = numberFormat.utf8.count
            guard bytes <= XLSXLimits.maxNumberFormatBytes else {
                throw XLSXError.limitExceeded(limit: .numberFormatBytes, actual: bytes,
                                              context: "Number format '\(numberFormat)'")
            }
        }
    }

    /// Copies the settings into a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, fontColor.lxwColor) }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fillColor.lxwColor)
        }
        if wrapText { format_set_text_wrap(format) }
        if let horizontalAlignment { format_set_align(format, horizontalAlignment.lxwValue) }
        if let verticalAlignment { format_set_align(format, verticalAlignment.lxwValue) }
        if let border {
            format_set_border(format, border.lxwValue)
            if let borderColor { format_set_border_color(format, borderColor.lxwColor) }
        }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if indent > 0 { format_set_indent(format, UInt8(indent)) }
    }
}

/// An RGB colour.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// Red, 0…255.
    public let red: UInt8
    /// Green, 0…255.
    public let green: UInt8
    /// Blue, 0…255.
    public let blue: UInt8

    /// A colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `#RRGGBB` or `RRGGBB` (hex digits, any case); nil if malformed.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.utf8.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
            return nil
        }
        self.init(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// Black.
    public static let black = Color(red: 0, green: 0, blue: 0)
    /// White.
    public static let white = Color(red: 255, green: 255, blue: 255)

    /// `#RRGGBB`.
    public var description: String {
        let hex = String(rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - hex.count) + hex
    }

    var rgb: UInt32 { UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue) }

    /// libxlsxwriter reads 0x000000 as "unset", so black has its own constant.
    var lxwColor: lxw_color_t { rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : rgb }
}

/// Horizontal alignment in a cell.
public enum HorizontalAlignment: Hashable, Sendable, CaseIterable {
    /// Left.
    case left
    /// Centre.
    case center
    /// Right.
    case right
    /// Centre across the selection (a heading over several unmerged cells).
    case centerAcross

    var lxwValue: UInt8 {
        switch self {
        case .left: return UInt8(LXW_ALIGN_LEFT.rawValue)
        case .center: return UInt8(LXW_ALIGN_CENTER.rawValue)
        case .right: return UInt8(LXW_ALIGN_RIGHT.rawValue)
        case .centerAcross: return UInt8(LXW_ALIGN_CENTER_ACROSS.rawValue)
        }
    }
}

/// Vertical alignment in a cell.
public enum VerticalAlignment: Hashable, Sendable, CaseIterable {
    /// Top.
    case top
    /// Centre.
    case center
    /// Bottom (Excel's default).
    case bottom

    var lxwValue: UInt8 {
        switch self {
        case .top: return UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
        case .center: return UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
        case .bottom: return UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue)
        }
    }
}

/// Line style of a cell border.
public enum BorderStyle: Hashable, Sendable, CaseIterable {
    /// Thin line.
    case thin
    /// Medium line.
    case medium
    /// Thick line.
    case thick
    /// Dashed line.
    case dashed
    /// Dotted line.
    case dotted
    /// Double line.
    case double
    /// Hairline.
    case hair

    var lxwValue: UInt8 {
        switch self {
        case .thin: return UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: return UInt8(LXW_BORDER_MEDIUM.rawValue)
        case .thick: return UInt8(LXW_BORDER_THICK.rawValue)
        case .dashed: return UInt8(LXW_BORDER_DASHED.rawValue)
        case .dotted: return UInt8(LXW_BORDER_DOTTED.rawValue)
        case .double: return UInt8(LXW_BORDER_DOUBLE.rawValue)
        case .hair: return UInt8(LXW_BORDER_HAIR.rawValue)
        }
    }
}
