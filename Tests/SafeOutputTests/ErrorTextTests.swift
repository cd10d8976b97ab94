import Foundation
import Testing
import SafeOutput

/// `ErrorText` says what Foundation's `localizedDescription` said of the errors `aftale` shows.
@Suite struct ErrorTextTests {
    @Test func cocoaErrorsReadAsFoundationsDescriptions() {
        for code in 0...5_000 {
            let error = CocoaError(CocoaError.Code(rawValue: code))
            #expect(ErrorText.localizedDescription(of: error) == error.localizedDescription, "code \(code)")
        }
    }

    @Test func realFailuresReadAsFoundationsDescriptions() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "errortext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appending(path: "blocker")
        try Data("a file".utf8).write(to: blocker)
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appending(path: "latin1"))
        var errors: [any Error] = []
        do { try FileManager.default.createDirectory(at: blocker.appending(path: "out"), withIntermediateDirectories: true) } catch { errors.append(error) }
        do { _ = try String(contentsOf: folder.appending(path: "latin1"), encoding: .utf8) } catch { errors.append(error) }
        do { _ = try String(contentsOf: folder.appending(path: "missing"), encoding: .utf8) } catch { errors.append(error) }
        #expect(errors.count == 3)
        for error in errors {
            #expect(ErrorText.localizedDescription(of: error) == error.localizedDescription)
        }
    }
}
