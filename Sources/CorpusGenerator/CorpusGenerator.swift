import Foundation

/// One generated agreement file: its id (the file name without `.md`) and its text.
public struct GeneratedAgreement: Sendable, Hashable {
    /// The agreement id, a lowercase slug.
    public let id: String
    /// The whole file: YAML front matter and `## ` sections.
    public let text: String
}

/// A deterministic synthetic corpus of agreements shaped like the real ones in `Agreements/`:
/// the same mix of kinds and statuses, 1–4 decisions, follow-ups, links, workplan entries for the
/// arbejdsplan (`ssg-2023`) and the decision overview (`overblik-2025`), budget lines
/// (`midtklyngen-2023`), block uses with their parameters, and files of 0.8–3 KB.
///
/// Agreement `i` depends only on the seed and `i`: the same seed gives the same files on every
/// machine, a corpus of 1,000 is the first 1,000 files of a corpus of 100,000, and files can be
/// made in any order. Every generated file validates cleanly against the shipped `Templates/`.
public struct CorpusGenerator: Sendable {
    /// The seed every file is derived from.
    public let seed: UInt64

    /// A generator for `seed`.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Agreement number `index` (0-based).
    public func agreement(_ index: Int) -> GeneratedAgreement {
        var builder = AgreementBuilder(index: index, random: SeededRandom(seed: seed, index: index, stream: 1))
        let text = builder.build()
        return GeneratedAgreement(id: builder.id, text: text)
    }

    /// Writes agreements `0..<count` as `ID.md` into `folder` (created if needed) and returns the
    /// total number of bytes written.
    @discardableResult
    public func write(count: Int, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes = 0
        for index in 0..<count {
            let file = agreement(index)
            let data = Data(file.text.utf8)
            try data.write(to: folder.appending(path: file.id + ".md"))
            bytes += data.count
        }
        return bytes
    }

    /// A lowercase ASCII slug of `text`: Danish letters transliterated, anything else a hyphen.
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "æ": result += "ae"
            case "ø": result += "oe"
            case "å": result += "aa"
            case "a"..."z", "0"..."9": result.unicodeScalars.append(scalar)
            default: if !result.isEmpty, !result.hasSuffix("-") { result += "-" }
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
