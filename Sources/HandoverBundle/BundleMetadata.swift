import AftalerCore
import BagIt
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ParallelWork

/// `aftaler.json`: every agreement's metadata, decisions, follow-ups and handover recipient, with
/// the same Danish keys as the source files and periods resolved to ISO date ranges.
///
/// The text is written by ``JSONText`` (the same bytes `JSONEncoder` gave with pretty printing,
/// sorted keys and unescaped slashes), the agreements in chunks on every core, joined in order.
enum BundleMetadata {
    static func json(_ agreements: [Agreement], date: CivilDate, name: String) throws -> Data {
        let sorted = agreements.sorted { $0.id < $1.id }
        // Each chunk writes its agreements as elements of the "aftaler" array (depth 2), joined by ",\n".
        let chunks: [JSONText] = Parallel.chunked(sorted.count) { range in
            var text = JSONText()
            for (offset, agreement) in sorted[range].enumerated() {
                if offset > 0 { text.append(",\n") }
                text.indent(2)
                text.write(AgreementJSON.entry(agreement), level: 2)
            }
            return [text]
        }
        var document = JSONText()
        document.append("{\n  \"aftaler\" : [\n")
        for (offset, chunk) in chunks.enumerated() {
            if offset > 0 { document.append(",\n") }
            document.append(chunk)
        }
        document.append("\n  ],\n  \"dato\" : ")
        document.write(string: date.iso)
        document.append(",\n  \"pakke\" : ")
        document.write(string: name)
        document.append("\n}\n")
        return Data(document.bytes)
    }
}
