import Foundation
import Testing
@testable import XLSXWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Danish locale (a comma as decimal separator), or nil when it is not installed.
private func danishLocale() -> locale_t? {
    for name in ["da_DK.UTF-8", "da_DK.utf8"] {
        if let locale = newlocale(LC_NUMERIC_MASK, name, nil) { return locale }
    }
    return nil
}

/// `%.1f` of 1.5 under the calling thread's current locale.
private func formattedOnePointFive() -> String {
    var buffer = [CChar](repeating: 0, count: 32)
    _ = withVaList([1.5]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}

extension XLSXWriterTests {
    @Suite("Determinism") struct DeterminismTests {
        @Test func sameCallsGiveByteIdenticalFiles() throws {
            let folder = try TemporaryFolder("determinism")
            let first = folder.file("first.xlsx")
            let second = folder.file("second.xlsx")
            // The time zone is varied end to end in CLITests, in child processes: changing TZ in
            // this process would race with other suites that read the clock or zip times.
            try Fixtures.writeWorkplan(to: first)

            Thread.sleep(forTimeInterval: 1.1)  // a different wall-clock second
            // Without the Danish locale nothing would be varied, and the test would pass for nothing.
            let comma = try #require(danishLocale(),
                                     "the da_DK.UTF-8 locale is not installed; run scripts/setup --with-test-tools")
            do {
                // Thread-local Danish numbers: libxlsxwriter's snprintf would write "1,5".
                let previous = uselocale(comma)
                defer { uselocale(previous); freelocale(comma) }
                #expect(formattedOnePointFive() == "1,5", "the Danish locale did not take effect")
                try Fixtures.writeWorkplan(to: second)
            }
            let firstBytes = try Data(contentsOf: first)
            let secondBytes = try Data(contentsOf: second)
            #expect(!firstBytes.isEmpty)
            #expect(firstBytes == secondBytes)
        }

        @Test func creationDateIsTheOnlyDateInTheFile() throws {
            let folder = try TemporaryFolder("determinism")
            func write(_ created: UTCDateTime, to name: String) throws -> Data {
                let url = folder.file(name)
                let workbook = try Workbook(url: url, properties: DocumentProperties(created: created))
                try workbook.addWorksheet(named: "Plan").write(1.5, row: 0, column: 0)
                try workbook.close()
                return try Data(contentsOf: url)
            }
            let march = try write(fixtureDate, to: "a.xlsx")
            #expect(try write(fixtureDate, to: "b.xlsx") == march)
            #expect(try write(UTCDateTime(year: 2025, month: 3, day: 2), to: "c.xlsx") != march)
        }
    }
}
