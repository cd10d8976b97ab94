import Foundation
import Testing
@testable import AftalerCore

/// Renderings compared with hand-written expected files in Golden/.
@Suite struct RenderGoldenTests {
    static let golden = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    func agreement() throws -> Agreement {
        let source = try Data(contentsOf: Self.golden.appending(path: "rygestop.md"))
        let (portfolio, _) = TestWorkspace.load(["rygestop.md": source])
        #expect(portfolio.diagnostics.isEmpty, "\(portfolio.diagnostics)")
        return try #require(portfolio.agreement("rygestop"))
    }

    @Test(arguments: [(RenderFormat.text, "rygestop.expected.txt"), (.markdown, "rygestop.expected.md")])
    func renderingMatchesGolden(_ format: RenderFormat, _ file: String) throws {
        let expected = try String(contentsOf: Self.golden.appending(path: file), encoding: .utf8)
        let actual = AgreementRenderer.render(try agreement(), as: format)
        #expect(actual == expected)
    }

    @Test func sourceBytesAreKeptExactly() throws {
        let bytes = try Data(contentsOf: Self.golden.appending(path: "rygestop.md"))
        #expect(try agreement().source.bytes == bytes)
    }

    /// A file the reader normalises (a byte-order mark, CRLF, a tab) still gives back the bytes as
    /// read, not its normalised text; a clean file gives back its text's bytes.
    @Test(arguments: [([0xEF, 0xBB, 0xBF] as [UInt8], "\n", "\t"), ([], "\r\n", " "), ([], "\n", "\t"), ([], "\n", " ")])
    func sourceBytesAreKeptWhenTheTextWasNormalised(prefix: [UInt8], lineEnd: String, gap: String) throws {
        let text = try String(contentsOf: Self.golden.appending(path: "rygestop.md"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: lineEnd)
            .replacingOccurrences(of: "titel: Samarbejdsaftale", with: "titel:\(gap)Samarbejdsaftale – ")
        let bytes = Data(prefix) + Data(text.utf8)
        let decoded = SourceText.decode(bytes: bytes, path: "rygestop.md")
        let source = try #require(decoded.0)
        #expect(source.bytes == bytes)
        let normalised = !prefix.isEmpty || lineEnd != "\n" || gap != " "
        #expect((Data(source.text.utf8) != bytes) == normalised)
        #expect(decoded.1.isEmpty == !normalised)
    }

    @Test func scaffoldOfEveryKindIsFlaggedUntilFilledIn() throws {
        let library = TestWorkspace.templates.library
        for kind in library.kindOrder {
            let kindValue = try #require(library.kinds[kind])
            let text = AgreementScaffold.text(kind: kindValue, title: "Ny aftale om \"noget\"", templates: library)
            let (portfolio, _) = TestWorkspace.load(["ny.md": Data(text.utf8)])
            let codes = Set(portfolio.diagnostics.map(\.code))
            #expect(codes.contains(.placeholder), "\(kind): \(portfolio.diagnostics)")
            #expect(!codes.contains(.yamlSyntax) && !codes.contains(.missingSection) && !codes.contains(.missingField),
                    "\(kind): \(portfolio.diagnostics)")
            let sections = portfolio.diagnostics.filter { $0.code == .placeholder && $0.message.hasPrefix("section") }
            #expect(sections.count == kindValue.requiredSections.count)
        }
    }
}
