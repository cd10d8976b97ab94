/// Where each field of an agreement stands in its file, as the parser found it, so that rules
/// that look at the built agreement (in `Validation/`) can point at the field they judge.
///
/// Keys are front-matter paths: a top-level key (`status`, `ikrafttrædelse`), or an element of a
/// list (`beslutninger[0]`, `status[2]`, `links[1]`).
///
/// Every loaded agreement keeps its locations for as long as it is held (a bundle of 10,000 holds
/// them all), and a rule asks for a few of them, so they are stored compactly: the file once, then
/// one small entry per field or element (its field name, its index, line and column), looked up
/// by a scan. An agreement has a few dozen; a dictionary of full locations took about four times
/// the memory and built a `"field[index]"` string for every element it stored or was asked for.
public struct FieldLocations: Sendable, Hashable {
    /// One located field or list element.
    private struct Entry: Sendable, Hashable {
        var field: String
        /// The element's index in the list, or `Entry.wholeField` for the field itself.
        var index: Int32
        var line: Int32
        var column: Int32

        static let wholeField: Int32 = -1
    }

    private var entries: [Entry] = []
    /// The start of the file, for a rule about a field that is missing.
    public let fileStart: Diagnostic.Location

    /// Locations in `file`; room for `capacity` of them is made at once.
    public init(file: String, capacity: Int = 0) {
        fileStart = Diagnostic.Location(file: file, line: 1, column: 1)
        entries.reserveCapacity(capacity)
    }

    /// The location of `path`, if the file has that field.
    public subscript(path: String) -> Diagnostic.Location? {
        get { self[path, Entry.wholeField] }
        set { self[path, Entry.wholeField] = newValue }
    }

    /// The location of element `index` of the list `field` (`beslutninger[0]`).
    public subscript(field: String, index: Int) -> Diagnostic.Location? {
        get { index < 0 || index > Int(Int32.max) ? nil : self[field, Int32(index)] }
        set {
            precondition(index >= 0 && index <= Int(Int32.max), "a list index is from 0")
            self[field, Int32(index)] = newValue
        }
    }

    private subscript(field: String, index: Int32) -> Diagnostic.Location? {
        get {
            guard let entry = entries.first(where: { $0.index == index && $0.field == field }) else { return nil }
            return Diagnostic.Location(file: fileStart.file, line: Int(entry.line), column: Int(entry.column))
        }
        set {
            let position = entries.firstIndex { $0.index == index && $0.field == field }
            guard let location = newValue else {
                if let position { entries.remove(at: position) }
                return
            }
            assert(location.file == fileStart.file && location.cell == nil,
                   "a field's location is a line and column in the agreement's own file")
            let entry = Entry(field: field, index: index, line: Int32(clamping: location.line),
                              column: Int32(clamping: location.column))
            if let position { entries[position] = entry } else { entries.append(entry) }
        }
    }

    /// Equal when they locate the same fields at the same places, whatever order they were found in.
    public static func == (lhs: FieldLocations, rhs: FieldLocations) -> Bool {
        // A field and index is stored once, so equal counts and every entry found is the same set.
        lhs.fileStart == rhs.fileStart && lhs.entries.count == rhs.entries.count
            && lhs.entries.allSatisfy(rhs.entries.contains)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fileStart)
        // Order-free, as `==` is: the entries' own hashes, added.
        hasher.combine(entries.reduce(0) { $0 &+ $1.hashValue })
    }
}
