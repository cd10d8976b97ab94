import AftalerCore
import Foundation

/// One fuzz input, split into an agreement file and any number of block files.
///
/// The input is the agreement's bytes up to the first line that starts with `%%% `; each such
/// line names a block file (`%%% NAME.md`) whose bytes follow, up to the next marker line. An
/// input without markers is just an agreement, so every agreement file is a valid seed as it is.
struct FuzzCase {
    /// The marker that starts a block file: a line beginning with these bytes, then the file name.
    static let marker = Array("%%% ".utf8)

    let agreement: Data
    let blocks: [Portfolio.Source]

    init(_ bytes: Data) {
        let bytes = [UInt8](bytes)
        var starts: [Int] = []
        var index = 0
        while index + Self.marker.count <= bytes.count {
            if (index == 0 || bytes[index - 1] == 0x0A), bytes[index..<index + Self.marker.count].elementsEqual(Self.marker) {
                starts.append(index)
            }
            index += 1
        }
        agreement = Data(bytes[0..<(starts.first ?? bytes.count)])
        var blocks: [Portfolio.Source] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
            let line = bytes[(start + Self.marker.count)..<end].prefix { $0 != 0x0A }
            let name = String(decoding: line, as: UTF8.self)
            let bodyStart = min(end, start + Self.marker.count + line.count + 1)
            // A later block of the same name replaces an earlier one, as files in one folder would.
            blocks.removeAll { $0.name == name }
            blocks.append(Portfolio.Source(name: name, path: "blocks/\(name)", bytes: Data(bytes[bodyStart..<end])))
        }
        self.blocks = blocks
    }
}
