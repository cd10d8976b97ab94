import AftalerCore
import BagIt
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ParallelWork

/// `aftaler.json`: every agreement's metadata, decisions, follow-ups and handover recipient, with
/// the same Danish keys as the source files and periods resolved to ISO date ranges.
///
/// The text is written by ``JSONText`` (the same bytes `JSONEncoder` gave with pretty printing,
/// sorted keys and unescaped slashes), the agreements in chunks on every core, joined in order.
enum BundleMetadata {
    /// Agreements per piece of the file.
    static let agreementsPerPiece = 256

    /// The file in pieces: joined, they are the whole text.
    static func json(_ agreements: [Agreement], date: CivilDate, name: String) throws -> [Data] {
        var pieces: [Data] = []
        try json(agreements, date: date, name: name) { pieces.append($0) }
        return pieces
    }

    /// The file in pieces, handed to `take` in order as they are made: the head, the agreements
    /// ``agreementsPerPiece`` at a time, the tail. The pieces of agreements are made a few at a
    /// time on every core, and only those few are held at once: at 10k agreements the whole text
    /// is 23 MB, and holding it all (as pieces, never joined) was a fifth of the handover bundle's
    /// peak memory (massif, 2026-12-03).
    static func json(_ agreements: [Agreement], date: CivilDate, name: String, into take: (Data) throws -> Void) throws {
        let sorted = agreements.sorted { $0.id < $1.id }
        var head = JSONText()
        head.append("{\n  \"aftaler\" : [\n")
        try take(Data(head.bytes))
        // Each piece writes its agreements as elements of the "aftaler" array (depth 2), joined by ",\n".
        let pieces = (sorted.count + agreementsPerPiece - 1) / agreementsPerPiece
        let batch = Parallel.coreCount * 2
        for first in stride(from: 0, to: pieces, by: batch) {
            let made: [Data] = Parallel.map(min(batch, pieces - first)) { offset in
                let range = ((first + offset) * agreementsPerPiece)..<min(sorted.count, (first + offset + 1) * agreementsPerPiece)
                var text = JSONText()
                if range.lowerBound > 0 { text.append(",\n") }
                for (index, agreement) in sorted[range].enumerated() {
                    if index > 0 { text.append(",\n") }
                    text.indent(2)
                    text.write(AgreementJSON.entry(agreement), level: 2)
                }
                return Data(text.bytes)
            }
            for piece in made { try take(piece) }
        }
        var tail = JSONText()
        tail.append("\n  ],\n  \"dato\" : ")
        tail.write(string: date.iso)
        tail.append(",\n  \"pakke\" : ")
        tail.write(string: name)
        tail.append("\n}\n")
        try take(Data(tail.bytes))
    }
}
