import AftalerCore
import BagIt
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ParallelWork
import SafeOutput
import WordDocument
import WordExport
import WorkplanExport

/// The reform handover package: every selected agreement as plain text, as a Word document and as its source file,
/// machine-readable metadata (`aftaler.json`), the workplan spreadsheets, the status report as
/// an accessible HTML page (`statusrapport.html`) and a Word document (`statusrapport.docx`), an index of what the package holds with every
/// follow-up obligation (`oversigt.txt`, `opfølgning.tsv`), all as a BagIt 1.0 bag in a zip
/// that any archive can check with standard tools.
///
/// Everything comes from one `ExportPlan`: the day (the bag's date, the zip's entry times, the
/// report's "pr."), the agreements handed over (`ExportPlan.handedOver`) and the spreadsheets
/// (`ExportPlan.table(_:)`, the same tables `aftale export workplan` writes). The same plan gives a
/// byte-identical zip on any machine.
public struct HandoverBundle: Sendable {
    /// Who hands the package over, for `bag-info.txt`.
    public static let organization = "Sundhedsaftalen i Region Midtjylland (Region Midtjylland, de 19 midtjyske kommuner og PLO-Midtjylland)"
    /// The layouts whose spreadsheets go into the package, in this order.
    public static let layouts = ["arbejdsplan", "overblik", "budget"]

    /// The years a bundle can be dated: those a zip entry's time can hold.
    public static let datableYears = 1980...2107

    public let plan: ExportPlan
    /// The agreements handed over.
    public let agreements: [Agreement]
    /// The day of the bundle, the plan's day.
    public var date: CivilDate { plan.date }
    public let name: String

    /// Prepares the bundle of `plan`. The name defaults to `aftaler-overdragelse-DATE`. Throws
    /// `HandoverBundleError.dateOutOfRange` before anything is made when the day cannot date a zip.
    public init(plan: ExportPlan, name: String? = nil) throws {
        guard Self.datableYears.contains(plan.date.year) else { throw HandoverBundleError.dateOutOfRange(plan.date) }
        self.plan = plan
        self.agreements = plan.handedOver
        self.name = name ?? "aftaler-overdragelse-\(plan.date.iso)"
    }

    /// Agreements per task of the cores: their text, Word document and source are made, hashed
    /// and compressed together, then let go, so a bundle holds about this many agreements' files
    /// per core at a time, whatever its size.
    static let agreementsPerChunk = 128

    /// The bag: payload files and bag-info fields, all in memory. ``write(to:progress:)`` streams
    /// the same files instead and gives the same bytes.
    public func makeBag() throws -> Bag {
        let lock = Lock()
        var files: [BagPayloadFile] = []
        let sink = PartSink(files: { part in lock.withLock { files += part } }, streamed: { path, write in
            var pieces: [Data] = []
            try write { pieces.append($0) }
            lock.withLock { files.append(BagPayloadFile(path: path, pieces: pieces)) }
        })
        try makeParts(sink)
        return try Bag(name: name, files: files, info: info)
    }

    /// Where ``makeParts(_:)`` hands the payload: whole files, or one file in pieces handed over
    /// as they are made (`write` gives each piece to the closure it is called with), so that a long
    /// file (the status report's HTML, `aftaler.json`) is never held whole on its way into the zip.
    private struct PartSink {
        let files: ([BagPayloadFile]) throws -> Void
        let streamed: (_ path: String, _ write: ((Data) throws -> Void) throws -> Void) throws -> Void
    }

    /// The bag-info fields.
    private var info: [BagInfoField] {
        [
            BagInfoField("Source-Organization", Self.organization),
            BagInfoField("External-Identifier", name),
            BagInfoField("External-Description",
                         "Overdragelse af \(agreements.count) samarbejdsaftaler og initiativer med beslutninger og "
                             + "opfølgningsforpligtelser ved sundhedsreformen"),
            BagInfoField("Bagging-Date", date.iso),
        ]
    }

    /// Makes every payload file and hands them to `sink` a part at a time, on the thread that made
    /// them (several at once); the index, `oversigt.txt`, comes last. Which thread makes a part and
    /// when does not matter: the bag sorts its files by path.
    private func makeParts(_ sink: PartSink) throws {
        let take = sink.files
        let obligations = plan.dueList(of: agreements, window: nil)
        // Every part is one task for the cores, longest first, so that both cores stay busy to the
        // end: the three long single parts (the status report, `aftaler.json` and the
        // spreadsheets), then the agreements in chunks, then the short part. (The agreements were
        // one task that split itself, started last, and the second core idled meanwhile; until
        // 2026-12-03 `aftaler.json`, 0.8 s of deflating at 10k, came after the chunks and ran
        // alone at the end.) A task hands its files on as soon as they are made and keeps only
        // their paths, for the index, which sorts them.
        let chunks = min(agreements.count,
                         max(Parallel.coreCount * 4, (agreements.count + Self.agreementsPerChunk - 1) / Self.agreementsPerChunk))
        let paths: [[String]] = try Parallel.map(4 + chunks) { task in
            let files: [BagPayloadFile]
            switch task {
            case 0:
                // The report's two renderings are made one after the other, each written out as it
                // is made (at 10k agreements: 18 MB of HTML, 40 MB of Word values if held whole).
                let report = plan.statusReport(of: agreements)
                try sink.streamed("statusrapport.html") { write in try report.htmlPieces { try write(Data($0.utf8)) } }
                files = [BagPayloadFile(path: "statusrapport.docx", data: try StatusReportWord.document(report).data())]
                try take(files)
                return ["statusrapport.html"] + files.map(\.path)
            case 1:
                try sink.streamed("aftaler.json") { write in
                    try BundleMetadata.json(agreements, date: date, name: name, into: write)
                }
                return ["aftaler.json"]
            case 2:
                files = try spreadsheets()
            case 3 + chunks:
                files = [BagPayloadFile(path: "opfølgning.tsv", data: Data(BundleIndex.obligationTable(obligations).utf8))]
            default:
                let chunk = task - 3
                // The parts every agreement's document shares are deflated once per chunk.
                let sharing = WordPartSharing()
                files = try agreements[(agreements.count * chunk / chunks)..<(agreements.count * (chunk + 1) / chunks)]
                    .flatMap { agreement in [
                        BagPayloadFile(path: "aftaler/\(agreement.id).txt", data: Data(AgreementRenderer.text(agreement).utf8)),
                        BagPayloadFile(path: "aftaler/\(agreement.id).docx",
                                       data: try AgreementWord.document(agreement, date: date).data(sharing: sharing)),
                        BagPayloadFile(path: "kilder/\(agreement.id).md", data: agreement.source.bytes),
                    ] }
            }
            try take(files)
            return files.map(\.path)
        }
        let index = BundleIndex.text(name: name, date: date, agreements: agreements, paths: paths.flatMap { $0 },
                                     obligations: obligations)
        try take([BagPayloadFile(path: "oversigt.txt", data: Data(index.utf8))])
    }

    /// Writes the bundle to `url` atomically; `progress` hears about each file hashed and written.
    ///
    /// The files are streamed (``StreamingBagWriter``): each part is hashed and compressed into a
    /// scratch folder beside `url` as soon as it is made, so the memory needed does not grow with
    /// the number of agreements' renderings. The bytes are those of ``makeBag()`` written by
    /// `BagWriter`.
    public func write(to url: URL, progress: ((BagProgress) -> Void)? = nil) throws {
        try AtomicFile.checkFolder(of: url)
        AtomicFile.removeStaleTemporaries(for: url)
        let writer: StreamingBagWriter
        do {
            writer = try StreamingBagWriter(name: name, info: info, to: url, modified: try BagTimestamp(date: date))
        } catch BagError.invalidBagName(let name, let reason) {
            throw HandoverBundleError.invalidName(name, reason: reason)
        }
        do {
            try makeParts(PartSink(files: { try writer.add($0) },
                                   streamed: { path, write in try writer.add(path: path, writing: write) }))
            try writer.close(progress: progress.map { report in { report($0) } })
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The plan's workplan spreadsheets, written one after the other through a ``ScratchFolder``
    /// (removed afterwards; one left by a killed run goes with the next bundle).
    private func spreadsheets() throws -> [BagPayloadFile] {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        var files: [BagPayloadFile] = []
        for name in Self.layouts {
            guard let layout = plan.portfolio.templates.layouts[name] else { continue }
            let table = plan.table(layout)
            guard table.rowCount > 0 else { continue }
            let url = scratch.url.appending(path: "\(name).xlsx")
            try WorkplanExporter().export([table], to: url, created: plan.created)
            files.append(BagPayloadFile(path: "regneark/\(name).xlsx", data: try Data(contentsOf: url)))
        }
        return files
    }
}
