import CXLSXWriter

/// Print settings of a worksheet, applied with ``Worksheet/setPageSetup(_:)``.
///
/// Headers and footers use Excel's codes: `&L`, `&C`, `&R` start the left, centre and right
/// sections, `&P` is the page number, `&N` the page count, `&D` the date, `&A` the sheet name and
/// `&&` a literal ampersand, e.g. `"&LSundhedsaftale&RSide &P af &N"`. Each is at most
/// ``XLSXLimits/maxHeaderFooterLength`` characters, codes included.
public struct PageSetup: Hashable, Sendable {
    /// Page orientation.
    public enum Orientation: Hashable, Sendable {
        /// Upright (Excel's default).
        case portrait
        /// Sideways, for wide workplans.
        case landscape
    }

    /// Portrait or landscape.
    public var orientation: Orientation
    /// Paper size; nil leaves the printer default.
    public var paper: PaperSize?
    /// Rows printed at the top of every page (zero-based, e.g. `0...1` for the first two rows).
    public var repeatRows: ClosedRange<Int>?
    /// Scale to fit this many pages wide and tall; 0 means "as many as needed", so
    /// `FitToPages(width: 1, height: 0)` fits all columns on one page width.
    public var fitToPages: FitToPages?
    /// Page header text (see the type's documentation for codes).
    public var header: String?
    /// Page footer text.
    public var footer: String?
    /// Page margins; nil keeps Excel's defaults.
    public var margins: Margins?

    /// Creates print settings; every property defaults to Excel's default.
    public init(orientation: Orientation = .portrait, paper: PaperSize? = nil, repeatRows: ClosedRange<Int>? = nil,
                fitToPages: FitToPages? = nil, header: String? = nil, footer: String? = nil,
                margins: Margins? = nil) {
        self.orientation = orientation
        self.paper = paper
        self.repeatRows = repeatRows
        self.fitToPages = fitToPages
        self.header = header
        self.footer = footer
        self.margins = margins
    }
}

/// An Excel paper size code (the `paperSize` attribute), e.g. ``a4`` = 9.
public struct PaperSize: RawRepresentable, Hashable, Sendable {
    /// Excel's numeric paper code.
    public let rawValue: UInt8
    /// A paper size from Excel's numeric code.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// US Letter (1).
    public static let letter = PaperSize(rawValue: 1)
    /// A3 (8).
    public static let a3 = PaperSize(rawValue: 8)
    /// A4 (9).
    public static let a4 = PaperSize(rawValue: 9)
    /// A5 (11).
    public static let a5 = PaperSize(rawValue: 11)
}

/// "Fit to pages" scaling: pages wide × pages tall, 0 meaning unlimited in that direction.
public struct FitToPages: Hashable, Sendable {
    /// Pages across (0…``XLSXLimits/maxFitToPages``).
    public var width: Int
    /// Pages down (0…``XLSXLimits/maxFitToPages``).
    public var height: Int
    /// Creates the scaling.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Page margins in inches (Excel's unit). Header and footer margins are optional.
public struct Margins: Hashable, Sendable {
    /// Left margin.
    public var left: Double
    /// Right margin.
    public var right: Double
    /// Top margin.
    public var top: Double
    /// Bottom margin.
    public var bottom: Double
    /// Distance of the header from the top edge (nil: Excel's 0.3).
    public var header: Double?
    /// Distance of the footer from the bottom edge (nil: Excel's 0.3).
    public var footer: Double?

    /// Creates margins, in inches.
    public init(left: Double, right: Double, top: Double, bottom: Double,
                header: Double? = nil, footer: Double? = nil) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.header = header
        self.footer = footer
    }
}

extension Worksheet {
    /// Applies print settings. Everything is validated before anything is changed.
    public func setPageSetup(_ setup: PageSetup) throws {
        let what = "Setting up printing of \(name)"
        _ = try workbook.openHandle(what)
        var repeatRows: (lxw_row_t, lxw_row_t)?
        if let rows = setup.repeatRows {
            repeatRows = (try Check.row(rows.lowerBound, "\(what): repeated rows"),
                          try Check.row(rows.upperBound, "\(what): repeated rows"))
        }
        for pages in [setup.fitToPages?.width, setup.fitToPages?.height].compactMap({ $0 }) {
            guard pages >= 0 else { throw XLSXError.invalidArgument("\(what): fit to \(pages) pages is negative") }
            guard pages <= XLSXLimits.maxFitToPages else {
                throw XLSXError.limitExceeded(limit: .fitToPages, actual: pages, context: what)
            }
        }
        for (label, text) in [("header", setup.header), ("footer", setup.footer)] {
            if let text {
                try Check.text(text, maximum: XLSXLimits.maxHeaderFooterLength, limit: .headerFooterLength,
                               "\(what): page \(label)")
            }
        }
        if let margins = setup.margins {
            let all = [("left", margins.left), ("right", margins.right), ("top", margins.top),
                       ("bottom", margins.bottom), ("header", margins.header ?? 0), ("footer", margins.footer ?? 0)]
            for (label, value) in all {
                try Check.finite(value, "\(what): \(label) margin")
                guard value >= 0 else { throw XLSXError.invalidArgument("\(what): the \(label) margin is negative") }
            }
        }

        try call(what) {
            if setup.orientation == .landscape { worksheet_set_landscape($0) } else { worksheet_set_portrait($0) }
            if let paper = setup.paper { worksheet_set_paper($0, paper.rawValue) }
            if let fit = setup.fitToPages { worksheet_fit_to_pages($0, UInt16(fit.width), UInt16(fit.height)) }
            if let margins = setup.margins {
                worksheet_set_margins($0, margins.left, margins.right, margins.top, margins.bottom)
            }
            return LXW_NO_ERROR
        }
        if let (first, last) = repeatRows {
            try call("\(what): repeated rows") { worksheet_repeat_rows($0, first, last) }
        }
        if let header = setup.header {
            var options = lxw_header_footer_options()
            options.margin = setup.margins?.header ?? 0
            try call("\(what): page header") { worksheet_set_header_opt($0, header, &options) }
        }
        if let footer = setup.footer {
            var options = lxw_header_footer_options()
            options.margin = setup.margins?.footer ?? 0
            try call("\(what): page footer") { worksheet_set_footer_opt($0, footer, &options) }
        }
    }
}
