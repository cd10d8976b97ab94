extension String {
    /// Whether any of the text's UTF-8 bytes satisfies `predicate`.
    ///
    /// `utf8.contains(where:)` gives the same answer, but it steps through `String.UTF8View` one
    /// index at a time, which callgrind put at about three times the cost of a loop over the bytes
    /// in place (for the short field names of `aftale validate`). Native strings keep their bytes contiguous, so that loop is what runs; a bridged
    /// string falls back to the view.
    @inlinable
    public func containsUTF8Byte(where predicate: (UInt8) throws -> Bool) rethrows -> Bool {
        if let found = try utf8.withContiguousStorageIfAvailable({ bytes in try bytes.contains(where: predicate) }) {
            return found
        }
        return try utf8.contains(where: predicate)
    }
}
