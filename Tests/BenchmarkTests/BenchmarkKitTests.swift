import BagIt
@testable import BenchmarkKit
import CorpusGenerator
import Foundation
import Testing

/// The benchmark's own code: measuring, the table, the cells file and the workers, on small inputs.
/// No timing is asserted here: targets live in the benchmark's table only.
@Suite struct BenchmarkKitTests {
    @Test func medianOfOddAndEvenCounts() {
        #expect(Measurement.median([3, 1, 2]) == 2)
        #expect(Measurement.median([4, 1, 3, 2]) == 2.5)
        #expect(Measurement(times: [1, 5, 2], peaks: [10, 30, 20]).peakRSS == 30)
    }

    @Test func rowsJudgeTheirTargets() {
        let fast = Measurement(times: [1], peaks: [10 << 20]), slow = Measurement(times: [2], peaks: [10 << 20])
        #expect(ResultRow.compare("x", ours: fast, baseline: ("b", slow), target: .atMostTimes(1.25)).met == true)
        #expect(ResultRow.compare("x", ours: slow, baseline: ("b", fast), target: .atMostTimes(1.25)).met == false)
        #expect(ResultRow.compare("x", ours: fast, baseline: ("b", slow), target: .fasterBy(4)).met == false)
        #expect(ResultRow.compare("x", ours: fast, baseline: ("b", Measurement(times: [4], peaks: [1])),
                                  target: .fasterBy(4)).met == true)
        #expect(ResultRow.compare("x", ours: fast, baseline: nil, target: .peakBelow(64 << 20)).met == true)
        #expect(ResultRow.compare("x", ours: fast, baseline: nil, target: nil).met == nil)
        let flat = ResultRow.flatness("f", small: (1000, Measurement(times: [1], peaks: [1])),
                                      large: (100_000, Measurement(times: [110], peaks: [1])), within: 1.25, unit: "a")
        #expect(flat.met == true)
        #expect(flat.ratio == "1.10×")
        #expect(ResultRow.compare("x", ours: Measurement(times: [0.014], peaks: [1]), baseline: nil,
                                  target: .atMostSeconds(0.015)).met == true)
        #expect(ResultRow.compare("x", ours: Measurement(times: [0.016], peaks: [1]), baseline: nil,
                                  target: .atMostSeconds(0.015)).met == false)
        let size = ResultRow.size("binary", bytes: 87_212_952, detail: "stripped: 62.7 MB", target: .atMostBytes(25_000_000))
        #expect(size.met == false && size.ours == "87.2 MB (stripped: 62.7 MB)" && size.target == "≤ 25.0 MB")
        #expect(ResultRow.size("binary", bytes: 25_000_000, detail: nil, target: .atMostBytes(25_000_000)).met == true)
    }

    @Test func binarySizeIsToldFromSymbolNames() {
        let own: Set = ["AftalerCore", "BagIt"]
        let cases: [(String, String)] = [
            ("icudt76_dat", "ICU data"),
            ("_ZN6icu_7613UnicodeString6appendEi", "ICU code"),
            ("ucol_open_76", "ICU code"),
            ("$s10Foundation4DataV5countSivg", "Foundation (with CoreFoundation)"),
            ("$s20FoundationEssentials4DataV", "FoundationEssentials"),
            ("$s22_FoundationCollections5DequeV", "FoundationEssentials"),
            ("$s31FoundationInternationalization6LocaleV", "Foundation (with CoreFoundation)"),
            ("__CFStringCreate", "Foundation (with CoreFoundation)"),
            ("__CFUniCharLetterCharacterSetBitmapPlane0", "FoundationEssentials"),
            ("$s11AftalerCore9AgreementV", "Aftaler"),
            ("$s5BagIt3BagV", "Aftaler"),
            ("$sSS5countSivg", "Swift runtime, standard library, Dispatch"),
            ("$s17_StringProcessing5RegexV", "Swift runtime, standard library, Dispatch"),
            ("swift_retain", "Swift runtime, standard library, Dispatch"),
            ("$s14ArgumentParser7CommandV", "swift-argument-parser"),
            ("memcpy_local", "other C and C++ (unnamed or unknown)"),
        ]
        for (symbol, owner) in cases {
            #expect(BinarySize.owner(of: symbol, ownModules: own) == owner, "\(symbol)")
        }
        let nm = "0000000001a3f7a8 0000000000000100 d icudt76_dat\n0000000000001000 0000000000000010 T $s5BagIt3BagV\n"
            + "0000000000002000 0000000000000003 r symbolic x\n"
        let parts = BinarySize.breakdown(nm: nm, ownModules: own)
        #expect(parts.map(\.owner) == ["ICU data", "Aftaler", "other C and C++ (unnamed or unknown)"])
        #expect(parts.map(\.bytes) == [256, 16, 3])
    }

    @Test func hyperfineTimesAreReadFromItsJSON() throws {
        let json = #"{"results":[{"command":"aftale validate","mean":0.014,"times":[0.013,0.015,0.014]}]}"#
        #expect(try BenchmarkSuite.hyperfineTimes(Data(json.utf8)) == [0.013, 0.015, 0.014])
        #expect(throws: WorkerError.self) { try BenchmarkSuite.hyperfineTimes(Data(#"{"results":[]}"#.utf8)) }
    }

    @Test func tableIsMarkdownWithOneLinePerRow() {
        var table = ResultTable()
        table.rows.append(.compare("validate", ours: Measurement(times: [0.5], peaks: [40 << 20]),
                                   baseline: ("python", Measurement(times: [6], peaks: [25 << 20])),
                                   target: .fasterBy(10), items: (1000, "agreement")))
        table.rows.append(.failed("bundle", reason: "no zip"))
        let lines = table.markdown().split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.hasPrefix("| ") && $0.hasSuffix(" |") })
        #expect(lines[2].contains("500 ms (500 µs per agreement)") && lines[2].contains("0.08×") && lines[2].contains("yes"))
        #expect(lines[3].contains("**no**"))
        #expect(table.targetsMet == (1, 2))
    }

    @Test func formatsAreFixedAndReadable() {
        #expect(Format.seconds(3.214) == "3.21 s")
        #expect(Format.seconds(0.842) == "842 ms")
        #expect(Format.seconds(0.0000123) == "12 µs")
        #expect(Format.bytes(41 << 20) == "41 MiB")
        #expect(Format.bytes(512 << 10) == "512 KiB")
        #expect(Format.count(100_000) == "100k" && Format.count(1_000_000) == "1M" && Format.count(250) == "250")
    }

    @Test func childProcessReportsOutputTimeAndPeak() throws {
        let result = try ChildProcess.run(["/bin/sh", "-c", "echo hej"])
        #expect(result.output == "hej\n")
        #expect(result.exitCode == 0)
        #expect(result.seconds > 0)
        #expect(result.peakRSS > 0)
        #expect(throws: CommandFailure.self) { try ChildProcess.shell("echo broken >&2; exit 3") }
        do { _ = try ChildProcess.shell("echo broken >&2; exit 3") } catch let failure as CommandFailure {
            #expect(failure.exitCode == 3 && failure.stderrTail.contains("broken"))
        }
    }

    @Test func workerTimesAreParsedFromItsOutput() {
        #expect(BenchmarkSuite.reported("write", in: "load=1.5 write=0.25 agreements=3\n") == 0.25)
        #expect(BenchmarkSuite.reported("write", in: "load=1.5") == nil)
    }

    @Test func cellsFileRoundTripsEscapes() throws {
        let folder = try TestFolder()
        let url = folder.url.appending(path: "cells.tsv")
        let lines: [CellsFile.Line] = [.title("Arbejdsplan"), .headings(["A", "B"]), .group("Ældre"),
                                       .row(["tab\there", "line\nbreak and \\ backslash"]), .row(["", "x"])]
        try Data(lines.map(CellsFile.encode).joined().utf8).write(to: url)
        var read: [CellsFile.Line] = []
        try CellsFile.forEachLine(in: url) { read.append($0) }
        #expect(read == lines)
        var shared: [CellsFile.Line] = []
        try CellsFile.forEachLine(in: url, sharingTexts: true) { shared.append($0) }
        #expect(shared == lines)
    }

    @Test func repeatedTextsAreOneStringAndBrokenOnesAreDecodedAlone() {
        var interner = TextInterner()
        func text(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer { interner.text($0) } }
        func storage(_ string: String) -> UnsafePointer<UInt8>? {
            var string = string
            return string.withUTF8 { $0.baseAddress }
        }
        let goal = Array("Vi vil styrke den nære psykiatri, så flere får hjælp tidligt".utf8)
        let first = text(goal), second = text(goal)
        #expect(first == second && storage(first) == storage(second))
        let other = text(Array("Vi vil styrke den nære psykiatri, så flere får hjælp tidligT".utf8))
        #expect(other != first)
        #expect(text([]) == "" && text(Array("Godkendt".utf8)) == "Godkendt")
        let broken: [UInt8] = Array("Ældre ".utf8) + [0xC3, 0x28] + Array(" borgere over 65 år".utf8)
        let decoded = String(decoding: broken, as: UTF8.self)
        #expect(text(broken) == decoded && text(broken) == decoded)
        #expect(decoded.contains("\u{FFFD}"))
    }
}
