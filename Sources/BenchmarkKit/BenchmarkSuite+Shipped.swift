import Foundation

extension BenchmarkSuite {
    /// `aftale verify` of the bundle the bundle measurement wrote, against what a receiver without
    /// Aftaler would run: `unzip` and `bagit.py --validate` of the unpacked bag (issue 18: at least
    /// 4× faster). Both check every manifest line against the bytes; ours also checks the zip's
    /// CRCs and refuses unsafe paths before anything is unpacked.
    mutating func verify() throws {
        let zip = try earlierOutput("bundle-ours.zip", what: "the bundle of the bundle measurement")
        log("verify the bundle of \(Format.count(config.bundleAgreements)) agreements")
        var contenders = [Contender("aftale verify", [config.aftale.path, "verify", zip.path])]
        if config.baselines {
            let folder = config.folder("verify-unzip").path
            // The previous run's folder is removed untimed: a receiver unpacks into an empty folder.
            contenders.append(Contender("unzip + bagit.py --validate", [
                "/bin/sh", "-c", "unzip -q '\(zip.path)' -d '\(folder)' && bagit.py --quiet --validate '\(folder)'/*",
            ]) { _ = try ChildProcess.run(["rm", "-rf", folder]) })
        }
        let results = try measure(contenders)
        table.rows.append(.compare("verify the bundle of \(Format.count(config.bundleAgreements)) agreements", ours: results[0],
                                   baseline: results.dropFirst().first.map { ("unzip + bagit.py --validate", $0) },
                                   target: .fasterBy(4)))
    }

    /// `aftale validate` of the shipped `Agreements/`, the whole process from exec to exit, run in
    /// the repository as a user would (the workspace found from the current folder); timed by
    /// hyperfine (`-N`: no shell in between; warm-up runs first), peak memory from one run under GNU
    /// time. Target (issue 18): at most 15 ms. Without baselines (the tests) the suite's own runs.
    mutating func shippedFolder() throws {
        let agreements = (try? FileManager.default.contentsOfDirectory(atPath: config.root.appending(path: "Agreements").path))?
            .filter { $0.hasSuffix(".md") }.count ?? 0
        log("aftale validate of the shipped Agreements/ (\(agreements) files), whole process")
        let command = [config.aftale.path, "validate"]
        let peak = try ChildProcess.run(command, in: config.root).peakRSS
        let measurement: Measurement
        if config.baselines {
            let json = config.folder("hyperfine-validate.json")
            let runs = max(30, config.runs * 10)
            _ = try ChildProcess.run(["hyperfine", "-N", "--warmup", "5", "--runs", "\(runs)", "--export-json", json.path,
                                      "--style", "none", "'\(config.aftale.path)' validate"], in: config.root)
            let times = try Self.hyperfineTimes(Data(contentsOf: json))
            log("  hyperfine: \(times.count) runs, median \(Format.seconds(Measurement.median(times)))")
            // One peak for every run: hyperfine measures no memory, the run under GNU time did.
            measurement = Measurement(times: times, peaks: Array(repeating: peak, count: times.count))
        } else {
            measurement = try self.measure([Contender("aftale validate", command)])[0]
        }
        table.rows.append(.compare("aftale validate of the shipped Agreements/ (\(agreements)), whole process"
                                       + (config.baselines ? ", hyperfine" : ""),
                                   ours: measurement, baseline: nil, target: .atMostSeconds(0.015)))
    }

    /// The run times of the first command in hyperfine's `--export-json` output.
    static func hyperfineTimes(_ json: Data) throws -> [Double] {
        struct Export: Decodable {
            struct Result: Decodable { let times: [Double] }
            let results: [Result]
        }
        guard let times = try JSONDecoder().decode(Export.self, from: json).results.first?.times, !times.isEmpty else {
            throw WorkerError("hyperfine reported no runs")
        }
        return times
    }

    /// The size of `aftale` as `scripts/main` ships it (release, static Swift runtime, stripped by
    /// `scripts/ship-binary`, its debug information in `aftale.debug` beside it), with the size of
    /// that file; and under the table what each dependency adds, from the sizes of the symbols the
    /// debug file keeps (``BinarySize``). Target (issue 18): ≤ 25 MB.
    mutating func binarySize() throws {
        let binary = config.aftale
        let bytes = try Self.fileSize(binary)
        let debugFile = URL(filePath: binary.path + ".debug")
        let shipped = FileManager.default.fileExists(atPath: debugFile.path)
        var detail: String?
        if config.baselines {
            let symbolSource = shipped ? debugFile : binary
            if shipped { detail = "aftale.debug beside it: \(Format.megabytes(try Self.fileSize(debugFile)))" }
            let symbols = try ChildProcess.run(["nm", "--print-size", "--size-sort", symbolSource.path]).output
            let own = Set((try? FileManager.default.contentsOfDirectory(atPath: config.root.appending(path: "Sources").path)) ?? [])
            table.notes.append(BinarySize.summary(nm: symbols, ownModules: own, fileSize: bytes))
        }
        table.rows.append(.size("shipped `aftale` binary (release, static Swift runtime, "
                                    + (shipped ? "stripped, debug information beside it)" : "not stripped)"), bytes: bytes,
                                detail: detail, target: .atMostBytes(25_000_000)))
    }

    static func fileSize(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// What each dependency adds to a binary, told from its symbols (`nm --print-size`): Swift symbols
/// by the module in their mangled name (FoundationEssentials apart from the rest of Foundation),
/// ICU by its data blob and its namespaces and versioned C names, CoreFoundation by its `CF`
/// prefixes, the Swift runtime by its namespace. Approximate: the unwind tables, relocations,
/// symbol tables and debug sections belong to no symbol and are shown apart, as is code the symbol
/// table does not size.
public enum BinarySize {
    /// The owner of one symbol: a dependency's name, "Aftaler" for a module of `ownModules`.
    public static func owner(of symbol: String, ownModules: Set<String>) -> String {
        if symbol.hasPrefix("icudt") { return "ICU data" }
        if symbol.contains("icu_") || isICUFunction(symbol) { return "ICU code" }
        if symbol.hasPrefix("$s") { return owner(ofModule: mangledModule(symbol), ownModules: ownModules) }
        if symbol.hasPrefix("_ZN5swift") || symbol.hasPrefix("swift_") || symbol.hasPrefix("_swift")
            || symbol.contains("dispatch_") || symbol.hasPrefix("_ZL") && symbol.contains("swift") {
            return "Swift runtime, standard library, Dispatch"
        }
        // FoundationEssentials' C shims carry CoreFoundation's character-set bitmaps under their old names.
        if symbol.hasPrefix("__CFUniChar") { return "FoundationEssentials" }
        if symbol.hasPrefix("CF") || symbol.hasPrefix("_CF") || symbol.hasPrefix("__CF") || symbol.hasPrefix("kCF") {
            return "Foundation (with CoreFoundation)"
        }
        return "other C and C++ (unnamed or unknown)"
    }

    /// The module of a Swift symbol (`$s10Foundation4DataV...` → `Foundation`); `Swift` for the
    /// standard library's own short forms (`$sS...`, `$ss...`).
    static func mangledModule(_ symbol: String) -> String {
        let rest = symbol.utf8.dropFirst(2)
        let digits = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard let length = Int(String(decoding: digits, as: UTF8.self)), length > 0 else { return "Swift" }
        return String(decoding: rest.dropFirst(digits.count).prefix(length), as: UTF8.self)
    }

    static func owner(ofModule module: String, ownModules: Set<String>) -> String {
        if ownModules.contains(module) { return "Aftaler" }
        // FoundationEssentials (and the collections and C shims it is built on) links without ICU;
        // Foundation, FoundationInternationalization and CoreFoundation are the rest, told apart.
        if module == "FoundationEssentials" || module.hasPrefix("_Foundation") { return "FoundationEssentials" }
        if module.hasPrefix("Foundation") { return "Foundation (with CoreFoundation)" }
        if module.hasPrefix("ArgumentParser") { return "swift-argument-parser" }
        if ["Swift", "_StringProcessing", "_RegexParser", "_Concurrency", "Dispatch", "Synchronization", "SwiftShims",
            "_SwiftConcurrencyShims", "Glibc", "SwiftGlibc"].contains(module) {
            return "Swift runtime, standard library, Dispatch"
        }
        return "other Swift"
    }

    /// ICU's C functions carry its major version (`ucol_open_76`, `u_strlen_76`).
    static func isICUFunction(_ symbol: String) -> Bool {
        guard symbol.hasPrefix("u"), let underscore = symbol.lastIndex(of: "_") else { return false }
        let version = symbol[symbol.index(after: underscore)...]
        return version.count == 2 && version.allSatisfy(\.isNumber) && symbol.contains("_")
    }

    /// Bytes per owner from `nm --print-size` output (lines `ADDRESS SIZE TYPE NAME`), largest first.
    public static func breakdown(nm output: String, ownModules: Set<String>) -> [(owner: String, bytes: Int)] {
        var sizes: [String: Int] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 3)
            guard fields.count == 4, let size = Int(fields[1], radix: 16) else { continue }
            sizes[owner(of: String(fields[3]), ownModules: ownModules), default: 0] += size
        }
        return sizes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// One line for under the table: each owner's megabytes, then what no symbol accounts for.
    public static func summary(nm output: String, ownModules: Set<String>, fileSize: Int) -> String {
        let parts = breakdown(nm: output, ownModules: ownModules)
        let named = parts.reduce(0) { $0 + $1.bytes }
        return "What the shipped binary holds, by its symbols (nm): "
            + parts.map { "\($0.owner) \(Format.megabytes($0.bytes))" }.joined(separator: ", ")
            + "; in no symbol (unwind tables, relocations, and symbol tables and debug sections if not stripped) "
            + "\(Format.megabytes(max(0, fileSize - named)))."
    }
}
