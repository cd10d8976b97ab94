@testable import BagIt
import Foundation
import Testing

/// Tag files split into lines at LF, CR LF and a lone CR (RFC 8493 §2: any of the three ends a
/// line), and manifest paths compared in Normalization Form C, whatever the path's letters.
@Suite struct TagFileLinesTests {
    /// The rule as it was first written: CR LF and CR made LF, then split at LF.
    static func reference(_ text: String) -> [String] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test func linesEndAtLFCRLFAndCR() {
        #expect(TagFiles.lines(Data("a\r\nb\rc\nd".utf8)) == ["a", "b", "c", "d"])
        #expect(TagFiles.lines(Data("a\n\nb\r\n".utf8)) == ["a", "", "b"])
        #expect(TagFiles.lines(Data("\r\r\n\n".utf8)) == ["", "", ""])
        #expect(TagFiles.lines(Data("".utf8)) == [])
        #expect(TagFiles.lines(Data("æ\u{301}ø\r\nå".utf8)) == ["æ\u{301}ø", "å"])
        // A line that starts with a combining mark still starts after the CR: Foundation's
        // replacingOccurrences took CR + U+0301 for one character and left it (the first rule's flaw).
        #expect(TagFiles.lines(Data("a\r\u{301}b\n\u{301}".utf8)) == ["a", "\u{301}b", "\u{301}"])
        #expect(Self.reference("a\r\u{301}b") == ["a\r\u{301}b"])
        // Otherwise every string of these pieces, up to four long, splits as the first rule split it.
        let pieces = ["a", "ø", "e\u{301}", "\n", "\r", "\r\n", " ", ""]
        var texts = [""]
        for _ in 0..<4 { texts = texts.flatMap { text in pieces.map { text + $0 } } }
        for text in Set(texts) {
            #expect(TagFiles.lines(Data(text.utf8)) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func manifestPathsAreComparedInNFC() {
        let decomposed = "data/a\u{030A}.txt", composed = "data/\u{00E5}.txt"
        #expect(BagPaths.nfc(decomposed) == composed && BagPaths.nfc(composed) == composed)
        #expect(BagPaths.nfc("data/plain.txt") == "data/plain.txt")
        let digest = String(repeating: "0", count: 64)
        let manifest = Data("\(digest)  \(decomposed)\n\(digest)  \(composed)\n".utf8)
        let (lines, problems) = TagFiles.parseManifest(manifest, file: "manifest-sha256.txt", algorithm: .sha256)
        #expect(lines.count == 2)
        #expect(problems == [.repeatedManifestEntry(path: composed, manifest: "manifest-sha256.txt", line: 2)])
    }
}
