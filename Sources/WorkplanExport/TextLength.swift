/// Counting characters (grapheme clusters, as `String.count` does) straight from UTF-8 bytes, for
/// the texts where that is exact: those whose every scalar always forms a cluster of its own.
///
/// That holds for every scalar below U+0300 except CR (CR LF is one cluster), and for the general
/// punctuation U+2010–U+2027 (dashes, quotes, bullet, ellipsis): none of them is an extending or
/// joining mark, a prepended or spacing mark, a regional indicator or a Hangul jamo, which are the
/// only scalars that join clusters. Danish and most European text is covered; anything else
/// (combining accents, emoji, other scripts) makes the caller count `Character`s instead.
enum TextLength {
    /// Calls `body` with the length of each `\n`-separated line, empty lines included, and returns
    /// true; or returns false as soon as it meets a scalar outside the set, after which whatever
    /// `body` was given must be discarded and the text counted the exact (slower) way.
    static func forEachLineLength(_ text: String, _ body: (Int) -> Void) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var length = 0
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight ASCII bytes without a line break or CR at a time: the common case.
                if index + 8 <= count, let word = Self.plainASCIIWord(bytes, at: index) {
                    _ = word
                    length += 8
                    index += 8
                    continue
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    if lead == 0x0A {
                        body(length)
                        length = 0
                        continue
                    }
                    if lead == 0x0D { return false }
                } else if lead < 0xE0 {
                    // Two bytes: U+0080–U+07FF; leads 0xC2–0xCB are U+0080–U+02FF.
                    if lead >= 0xCC { return false }
                    index += 2
                } else if lead == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                          bytes[index + 2] >= 0x90, bytes[index + 2] <= 0xA7 {
                    // Three bytes E2 80 90–A7: U+2010–U+2027.
                    index += 3
                } else {
                    return false
                }
                length += 1
            }
            body(length)
            return true
        } ?? false
    }

    /// The eight bytes at `index` as one word, if they are all ASCII and none is LF or CR.
    @inline(__always)
    static func plainASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64? {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        guard word & highs == 0, !hasZeroByte(word ^ (ones &* 0x0A)), !hasZeroByte(word ^ (ones &* 0x0D)) else {
            return nil
        }
        return word
    }
}
