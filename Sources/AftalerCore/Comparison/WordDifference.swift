import UnicodeText
/// A word-by-word difference between two texts: the texts are cut into words and the white space
/// between them, compared with Swift's `CollectionDifference` (Myers' algorithm), and given back
/// as pieces that, read in order, spell both texts: `same` and `deleted` pieces make the old text,
/// `same` and `inserted` pieces the new one.
public enum WordDifference {
    /// One piece of the comparison.
    public enum Piece: Sendable, Hashable {
        case same(String)
        case deleted(String)
        case inserted(String)

        /// The piece's text.
        public var text: String {
            switch self {
            case .same(let text), .deleted(let text), .inserted(let text): text
            }
        }
    }

    /// The pieces of `old` → `new`; neighbouring pieces of one kind are joined, and a deletion
    /// comes before the insertion that replaces it.
    public static func pieces(from old: String, to new: String) -> [Piece] {
        let before = tokens(old), after = tokens(new)
        let difference = after.difference(from: before)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var pieces: [Piece] = []
        func append(_ piece: Piece) {
            switch (pieces.last, piece) {
            case (.same(let a)?, .same(let b)): pieces[pieces.count - 1] = .same(a + b)
            case (.deleted(let a)?, .deleted(let b)): pieces[pieces.count - 1] = .deleted(a + b)
            case (.inserted(let a)?, .inserted(let b)): pieces[pieces.count - 1] = .inserted(a + b)
            default: pieces.append(piece)
            }
        }
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, removed.contains(i) {
                append(.deleted(before[i])); i += 1
            } else if j < after.count, inserted.contains(j) {
                append(.inserted(after[j])); j += 1
            } else {
                append(.same(after[j])); i += 1; j += 1
            }
        }
        return regrouped(pieces)
    }

    /// Whether the pieces say the texts differ.
    public static func differs(_ pieces: [Piece]) -> Bool {
        pieces.contains { if case .same = $0 { false } else { true } }
    }

    /// Words and the runs of white space between them, in order; joined they give `text` back.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsSpace = false
        for character in text {
            let isSpace = character.isWhitespace
            if !current.isEmpty, isSpace != currentIsSpace {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentIsSpace = isSpace
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// "del ins del ins" separated only by single unchanged spaces reads badly: such a run is
    /// shown as one deletion and one insertion (the spaces in both), so a changed phrase reads
    /// as the old phrase struck out and the new one put in. Runs without both kinds stay as they are.
    private static func regrouped(_ pieces: [Piece]) -> [Piece] {
        func isSpace(_ piece: Piece) -> Bool {
            if case .same(let text) = piece { text.allSatisfy(\.isWhitespace) && !text.containsText("\n") } else { false }
        }
        var out: [Piece] = []
        var index = 0
        while index < pieces.count {
            guard !isSame(pieces[index]) else {
                out.append(pieces[index])
                index += 1
                continue
            }
            // A run: change (space change)*.
            var end = index
            while end < pieces.count,
                  !isSame(pieces[end]) || (isSpace(pieces[end]) && end + 1 < pieces.count && !isSame(pieces[end + 1])) {
                end += 1
            }
            let run = pieces[index..<end]
            let hasDeleted = run.contains { if case .deleted = $0 { true } else { false } }
            let hasInserted = run.contains { if case .inserted = $0 { true } else { false } }
            if hasDeleted, hasInserted, run.count > 2 {
                var deleted = "", inserted = ""
                for piece in run {
                    switch piece {
                    case .same(let text): deleted += text; inserted += text
                    case .deleted(let text): deleted += text
                    case .inserted(let text): inserted += text
                    }
                }
                out += [.deleted(deleted), .inserted(inserted)]
            } else {
                out += run
            }
            index = end
        }
        return out
    }

    private static func isSame(_ piece: Piece) -> Bool {
        if case .same = piece { true } else { false }
    }
}
