import UnicodeText

/// How the front matter's field names are compared: as Swift's `==` compares strings, so that
/// canonically equivalent spellings are one name (`indsatsområde` typed with a decomposed "å", as
/// some editors save it, is still `indsatsområde`), but without Unicode's slow path where it
/// cannot change the answer.
///
/// Below U+0300 every scalar is its own canonical form and none combines with its neighbour, so
/// two names made only of such scalars (all of Danish, æ, ø and å included) are the same exactly
/// when their UTF-8 bytes are, and names of different lengths differ. Swift's `==` does not know
/// this: for any non-ASCII text whose bytes differ it takes the normalising comparison, which was
/// 2–3 % of `aftale validate` (a workplan entry's fields are looked up by name one by one). So a
/// name's ``comparableLength(_:)`` is worked out once, and `==` is asked only when the lengths
/// match or either name has a scalar at or above U+0300.
enum FieldName {
    /// The UTF-8 length of `name` when it has no scalar at or above U+0300; -1 when it has one.
    /// (Such a scalar's first byte is 0xCC or above; every byte of a lower one is below 0xCC.)
    static func comparableLength(_ name: String) -> Int {
        name.containsUTF8Byte { $0 >= 0xCC } ? -1 : name.utf8.count
    }

    /// Whether `first` and `second`, whose ``comparableLength(_:)`` are given, are the same name.
    @inline(__always)
    static func same(_ first: String, _ firstLength: Int, _ second: String, _ secondLength: Int) -> Bool {
        if firstLength >= 0, secondLength >= 0, firstLength != secondLength { return false }
        return first == second
    }
}
