// swift-tools-version: 6.1
//
// Aftaler: drafting, validating, exporting and handing over the agreements of a Danish
// cross-sector health agreement. See README.md for the architecture; in short:
//
//   AftalerCore     model, loading, blocks, validation, Danish periods/dates/collation, rendering
//   ParallelWork    an ordered parallel map over the cores (AftalerCore, BagIt, HandoverBundle) and the
//                   two-thread pipeline and helper of the XLSX export (WorkplanExport, XLSXWriter)
//   CalendarDate    CivilDate, the one calendar date of the model, zip and XLSX timestamps
//   SafeOutput      the one way outputs are written: atomic write, scratch folders, the sweeper of
//                   what killed runs leave, errors carrying errno (Foundation and libc only)
//   SheetNames      Excel's sheet-name rule, shared by the layout loader and XLSXWriter
//   XLSXWriter      a small Swift API over libxlsxwriter (knows nothing of agreements)
//   ZipArchive      a small Swift API over libzip (knows nothing of agreements)
//   XLSXReader      reads any XLSX workbook's cells through libzip and libxml2 (knows nothing of agreements)
//   BagIt           writes and verifies BagIt 1.0 bags serialized as zip (knows nothing of agreements)
//   WordDocument    Word documents (.docx) as typed values, written through ZipArchive (knows nothing of agreements)
//   WorkplanExport  layouts from Templates/ + agreements -> XLSX workbooks
//   WordExport      agreements, the status report and redlines -> Word documents
//   WorkbookImport  an edited workplan XLSX -> the changes to the agreement files (aftale import workplan)
//   HandoverBundle  agreements -> the reform handover bag
//   DraftingDesk    the drafting page's work without HTTP: a portfolio kept current from disk, live
//                   check and preview of an edited file, form edits spliced into the file, safe saves
//   AftalerServer   the drafting web page over HTTP (Hummingbird 2; only aftale-server links it)
//   aftale          the command-line tool (thin); `aftale serve` starts the aftale-server program
//   aftale-server   the web server program (thin)
import PackageDescription

let package = Package(
    name: "Aftaler",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "aftale", targets: ["aftale"]),
        .executable(name: "aftale-server", targets: ["aftale-server"]),
        .library(name: "AftalerCore", targets: ["AftalerCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The drafting web page only (AftalerServer, aftale-server). Its default traits pull in
        // swift-configuration, which nothing here uses.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already built for Hummingbird; AftalerServer names NIOPosix for its event loop threads.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // SHA-256 and the other BagIt digests from Debian's OpenSSL (libcrypto): swift-crypto built
        // BoringSSL from source, 360 of a cold build's 372 compile steps, for one hash function.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // Reading XLSX back (aftale import): libxml2's streaming xmlTextReader.
        .systemLibrary(
            name: "CXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev", "zlib1g-dev"])]
        ),
        // Parallel map over the cores, shared by loading, hashing and bundling.
        .target(name: "ParallelWork"),
        // The one calendar date (CivilDate): the model's dates, zip entry times and XLSX creation dates.
        .target(name: "CalendarDate"),
        // Excel's sheet-name rule, used by the layout loader and by XLSXWriter (neither depends on the other).
        .target(name: "SheetNames"),
        // Foundation's text operations that FoundationEssentials lacks (trimming, non-literal search,
        // NFC, NFKD, folding), so that `aftale` links no ICU and answers as Foundation did.
        .target(name: "UnicodeText"),
        .target(name: "FontMetrics"),
        .target(name: "AftalerCore", dependencies: ["CYAML", "ParallelWork", "CalendarDate", "SheetNames", "UnicodeText"]),
        // Atomic writes, scratch folders and the sweeper, for every target that writes a file.
        .target(name: "SafeOutput"),
        .target(name: "XLSXWriter", dependencies: ["CXLSXWriter", "ZipArchive", "SafeOutput", "SheetNames", "CalendarDate", "UnicodeText", "ParallelWork"]),
        .target(name: "ZipArchive", dependencies: ["CZip", "SafeOutput", "CalendarDate", "ParallelWork"]),
        .target(name: "XLSXReader", dependencies: ["CXML2", "ZipArchive", "UnicodeText"]),
        .target(
            name: "BagIt",
            dependencies: ["ZipArchive", "ParallelWork", "CCrypto", "SafeOutput", "CalendarDate", "UnicodeText"]
        ),
        .target(name: "WorkplanExport", dependencies: ["AftalerCore", "XLSXWriter", "SafeOutput", "ParallelWork", "FontMetrics"]),
        .target(name: "WordDocument", dependencies: ["ZipArchive", "SafeOutput", "CalendarDate", "UnicodeText", "FontMetrics"]),
        // aftale import workplan: an edited workplan XLSX (XLSXReader) → the import in AftalerCore → agreement files.
        .target(name: "WorkbookImport", dependencies: ["AftalerCore", "XLSXReader", "SafeOutput"]),
        .target(name: "WordExport", dependencies: ["AftalerCore", "WordDocument"]),
        .target(name: "HandoverBundle",
                dependencies: ["AftalerCore", "BagIt", "WorkplanExport", "WordExport", "WordDocument", "ParallelWork", "SafeOutput",
                               "UnicodeText"]),
        // The drafting page (issue 17): DraftingDesk knows no HTTP; AftalerServer is the one target
        // that links Hummingbird (minutes of a cold build), and only aftale-server depends on it, so
        // `aftale` itself builds and ships without the web framework.
        .target(name: "DraftingDesk", dependencies: ["AftalerCore", "SafeOutput", "CCrypto", "UnicodeText", "ParallelWork"]),
        .target(name: "AftalerServer",
                dependencies: ["DraftingDesk", "AftalerCore", "WorkplanExport", "WordExport", "HandoverBundle", "SafeOutput",
                               .product(name: "Hummingbird", package: "hummingbird"),
                               .product(name: "NIOPosix", package: "swift-nio")]),
        .executableTarget(
            name: "aftale-server",
            dependencies: ["AftalerServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The benchmark (issue 6): a seeded corpus generator, the measurements, and the aftale-bench tool.
        .target(name: "CorpusGenerator"),
        .target(name: "BenchmarkKit", dependencies: ["CorpusGenerator", "AftalerCore", "WorkplanExport", "HandoverBundle", "XLSXReader"]),
        .executableTarget(
            name: "aftale-bench",
            dependencies: [
                "BenchmarkKit", "CorpusGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "aftale",
            dependencies: [
                "AftalerCore", "WorkplanExport", "WordExport", "WordDocument", "HandoverBundle", "BagIt", "SafeOutput",
                "WorkbookImport", "DraftingDesk", "UnicodeText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Robustness (issue 7): libFuzzer over the loader and the block resolver. An ordinary build
        // makes a replayer of fuzz inputs; scripts/fuzz builds it with -sanitize=fuzzer -DFUZZING.
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "AftalerFuzz", dependencies: ["AftalerCore", "CLibFuzzer"]),
        // Test helpers every test target shares: the repository, the built programs, running them.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AftalerCoreTests", dependencies: ["TestSupport", "AftalerCore", "CorpusGenerator", "WorkbookImport", "SheetNames"],
                    exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "aftale"]),
        .testTarget(name: "XLSXWriterTests", dependencies: ["TestSupport", "XLSXWriter", "SafeOutput"]),
        .testTarget(name: "WordDocumentTests", dependencies: ["TestSupport", "WordDocument", "WordExport", "AftalerCore", "ZipArchive"]),
        .testTarget(name: "DraftingDeskTests", dependencies: ["TestSupport", "DraftingDesk", "AftalerCore"]),
        .testTarget(name: "WebTests", dependencies: ["TestSupport", "AftalerCore", "aftale-server", "aftale"],
                    exclude: ["browser_steps.py", "report_steps.py"]),
        .testTarget(name: "SafeOutputTests", dependencies: ["TestSupport", "SafeOutput"]),
        .testTarget(name: "UnicodeTextTests", dependencies: ["TestSupport", "UnicodeText"]),
        .testTarget(name: "ParallelWorkTests", dependencies: ["TestSupport", "ParallelWork"]),
        .testTarget(
            name: "BagItTests", dependencies: ["TestSupport", "BagIt", "ZipArchive", "CorpusGenerator"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "ExportTests", dependencies: ["TestSupport", "AftalerCore", "CorpusGenerator", "WorkplanExport", "HandoverBundle", "BagIt", "SafeOutput"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "BenchmarkTests",
            dependencies: ["TestSupport", "BenchmarkKit", "CorpusGenerator", "WorkplanExport", "BagIt", "aftale", "aftale-bench"]),
        .testTarget(
            name: "RobustnessTests",
            dependencies: ["TestSupport", "AftalerCore", "WorkplanExport", "HandoverBundle", "BagIt", "XLSXWriter", "SheetNames",
                           "aftale", "AftalerFuzz",
                           "CorpusGenerator", "SafeOutput"],
            exclude: ["FuzzCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)

// Concrete generic types (`[Term<PartyCategory>]`, `Set<UInt8>`, `[String: Int]`) are made by
// calling their metadata accessors with the conformances the compiler already knows, not from
// their mangled names at run time: that path demangles the name and, for each requirement, scans
// every protocol conformance record of the statically linked binary (about 4,300) once per type.
// It was 9 of the 53 million instructions of validating the shipped folder (callgrind; README
// "Benchmark"), for 0.1 MB more code. Being an unsafe flag, it would make SwiftPM refuse this
// package as a versioned dependency of another; none depends on it.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? [])
        + [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]
}
