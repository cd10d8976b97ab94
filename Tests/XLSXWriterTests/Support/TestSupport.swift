import Foundation
import SafeOutput
import Testing
@testable import XLSXWriter

/// Every suite of this target is nested in this one and runs serially: the determinism test
/// changes the process-wide `TZ`, and the machine has two cores anyway.
@Suite(.serialized) struct XLSXWriterTests {}

/// A fresh folder under the system temp folder, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init(_ label: String = "xlsxwriter") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("XLSXWriterTests-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit {
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }
}

/// The creation date used by every fixture.
let fixtureDate: UTCDateTime = {
    do { return try UTCDateTime(year: 2025, month: 3, day: 1, hour: 9, minute: 30, second: 0) } catch {
        fatalError("fixture date: \(error)")
    }
}()

/// Opens a workbook with only a creation date (most tests need nothing more).
func makeWorkbook(_ url: URL, options: WorkbookOptions = WorkbookOptions()) throws -> Workbook {
    try Workbook(url: url, properties: DocumentProperties(created: fixtureDate), options: options)
}

func fileExists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

/// Runs `body` and returns the ``XLSXError`` it threw; records an issue if it threw nothing or
/// something else.
@discardableResult
/// The `SafeOutput.OutputError` `body` throws (file-system problems), recording an issue otherwise.
func expectOutputError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> OutputError? {
    do {
        try body()
        Issue.record("expected an OutputError, but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as OutputError {
        return error
    } catch {
        Issue.record("expected an OutputError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

func expectXLSXError(_ body: () throws -> Void,
                     sourceLocation: SourceLocation = #_sourceLocation) -> XLSXError? {
    do {
        try body()
        Issue.record("expected an XLSXError, but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as XLSXError {
        return error
    } catch {
        Issue.record("expected an XLSXError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Expects `body` to fail with ``XLSXError/limitExceeded(limit:actual:context:)`` for `limit`.
func expectLimit(_ limit: XLSXLimits.Limit, actual: Int? = nil, _ body: () throws -> Void,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    let error = expectXLSXError(body, sourceLocation: sourceLocation)
    guard case let .limitExceeded(got, gotActual, _)? = error else {
        if error != nil { Issue.record("expected limit \(limit), got \(error!)", sourceLocation: sourceLocation) }
        return
    }
    #expect(got == limit, sourceLocation: sourceLocation)
    if let actual { #expect(gotActual == actual, sourceLocation: sourceLocation) }
    #expect(error!.description.contains(limit.description), sourceLocation: sourceLocation)
}

/// A decoded JSON value (what the Python reader prints).
enum JSON: Decodable, Sendable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    subscript(key: String) -> JSON {
        if case .object(let object) = self { return object[key] ?? .null }
        return .null
    }

    subscript(index: Int) -> JSON {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return .null
    }

    var string: String? { if case .string(let value) = self { return value }; return nil }
    var number: Double? { if case .number(let value) = self { return value }; return nil }
    var bool: Bool? { if case .bool(let value) = self { return value }; return nil }
    var array: [JSON] { if case .array(let value) = self { return value }; return [] }
    var isNull: Bool { self == .null }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let value): return "\"\(value)\""
        case .array(let value): return "[" + value.map(\.description).joined(separator: ", ") + "]"
        case .object(let value):
            return "{" + value.keys.sorted().map { "\"\($0)\": \(value[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}
