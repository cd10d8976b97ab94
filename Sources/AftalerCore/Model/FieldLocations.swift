/// Where each field of an agreement stands in its file, as the parser found it, so that rules
/// that look at the built agreement (in `Validation/`) can point at the field they judge.
///
/// Keys are front-matter paths: a top-level key (`status`, `ikrafttrædelse`), or an element of a
/// list (`beslutninger[0]`, `status[2]`, `links[1]`).
public struct FieldLocations: Sendable, Hashable {
    private var storage: [String: Diagnostic.Location] = [:]
    /// The start of the file, for a rule about a field that is missing.
    public let fileStart: Diagnostic.Location

    /// Locations in `file`; room for `capacity` of them is made at once, so that the storage is
    /// not grown and hashed again as they are added.
    public init(file: String, capacity: Int = 0) {
        fileStart = Diagnostic.Location(file: file, line: 1, column: 1)
        storage.reserveCapacity(capacity)
    }

    /// The location of `path`, if the file has that field.
    public subscript(path: String) -> Diagnostic.Location? {
        get { storage[path] }
        set { storage[path] = newValue }
    }

    /// The location of element `index` of the list `field` (`beslutninger[0]`).
    public subscript(field: String, index: Int) -> Diagnostic.Location? {
        get { storage["\(field)[\(index)]"] }
        set { storage["\(field)[\(index)]"] = newValue }
    }
}
