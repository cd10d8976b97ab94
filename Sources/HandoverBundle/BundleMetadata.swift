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
    /// The file in pieces, one per chunk of agreements, never joined (at 10k agreements the text is
    /// 23 MB; joining it held it two and three times over while the array grew).
    static func json(_ agreements: [Agreement], date: CivilDate, name: String) throws -> [Data] {
        let sorted = agreements.sorted { $0.id < $1.id }
        // Each chunk writes its agreements as elements of the "aftaler" array (depth 2), joined by ",\n".
        let chunks: [Data] = Parallel.chunked(sorted.count, itemsPerChunk: 256) { range in
            var text = JSONText()
            if range.lowerBound > 0 { text.append(",\n") }
            for (offset, agreement) in sorted[range].enumerated() {
                if offset > 0 { text.append(",\n") }
                text.indent(2)
                text.write(AgreementJSON.entry(agreement), level: 2)
            }
            return [Data(text.bytes)]
        }
        var head = JSONText()
        head.append("{\n  \"aftaler\" : [\n")
        var tail = JSONText()
        tail.append("\n  ],\n  \"dato\" : ")
        tail.write(string: date.iso)
        tail.append(",\n  \"pakke\" : ")
        tail.write(string: name)
        tail.append("\n}\n")
        return [Data(head.bytes)] + chunks + [Data(tail.bytes)]
    }
}
