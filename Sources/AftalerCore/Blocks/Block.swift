#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A reusable, parameterised piece of text from `Templates/blocks/NAME.md`.
public struct Block: Sendable {
    /// One declared parameter of a block.
    public struct Parameter: Sendable, Hashable {
        public let name: String
        public let description: String
    }

    public let name: String
    public let description: String
    /// Declared parameters in file order.
    public let parameters: [Parameter]
    /// Their names, in the same order (looked up at every use of the block).
    let parameterNames: [String]
    /// The file the block was read from.
    public let path: String
    let template: TemplateText

    /// True for the characters a block name may contain.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// A scalar of a parameter's name in a use or reference: a block name's, `_`, or any letter.
    /// The ASCII letters are the only alphabetic ASCII scalars, so ASCII is answered without
    /// looking up Unicode properties.
    static func isParameterNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isNameScalar(scalar) || scalar == "_" || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    /// Reads every `*.md` file in `folder` as a block.
    static func loadAll(from folder: URL, diagnostics: inout [Diagnostic]) -> [String: Block] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var blocks: [String: Block] = [:]
        for file in files.sorted() where file.hasSuffix(".md") {
            if let block = load(folder.appending(path: file), diagnostics: &diagnostics) {
                blocks[block.name] = block
            }
        }
        return blocks
    }

    static func load(_ url: URL, diagnostics: inout [Diagnostic]) -> Block? {
        let path = TemplateLibrary.displayPath(url)
        let name = url.deletingPathExtension().lastPathComponent
        guard isValidName(name, path: path, diagnostics: &diagnostics),
              let data = SourceFile.readInFolder(url, path: path, diagnostics: &diagnostics) else { return nil }
        return parse(data, name: name, path: path, diagnostics: &diagnostics)
    }

    /// Checks a block's name, reporting at 1:1 of `path` when it is not a slug.
    static func isValidName(_ name: String, path: String, diagnostics: inout [Diagnostic]) -> Bool {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(isNameScalar), name.first != "-", name.last != "-" else {
            diagnostics.append(Diagnostic(.invalidBlockName, "block file name '\(name)' is not a lowercase slug",
                                          at: .init(file: path, line: 1, column: 1), hint: "use a-z, 0-9 and hyphens"))
            return false
        }
        return true
    }

    /// What a block file must hold, for the diagnostics of an empty one.
    static let contents = "a block file holds front matter with 'beskrivelse' (and 'parametre' if it takes any), "
        + "then its text"

    /// Reads a block named `name` from the bytes of its file.
    static func parse(_ data: Data, name: String, path: String, diagnostics: inout [Diagnostic]) -> Block? {
        let (decoded, problems) = SourceText.decode(bytes: data, path: path, emptyHint: contents)
        diagnostics += problems
        guard let source = decoded else { return nil }
        let document = FrontMatterDocument.parse(source, emptyHint: contents, diagnostics: &diagnostics)
        var description = ""
        var parameters: [Parameter] = []
        if let frontMatter = document.frontMatter {
            var reader = YAMLReader(path: path, lineOffset: 1)
            let fields = reader.fields(frontMatter, "block '\(name)'", known: ["beskrivelse", "parametre"],
                                       required: ["beskrivelse"]) ?? YAMLFields()
            description = fields["beskrivelse"].flatMap { reader.string($0, "beskrivelse") } ?? ""
            if let node = fields["parametre"] {
                for pair in reader.mapping(node, "parametre") ?? [] {
                    let text = reader.string(pair.value, "parametre.\(pair.key)") ?? ""
                    parameters.append(Parameter(name: pair.key, description: text))
                }
            }
            diagnostics += reader.diagnostics
        }
        let lines = document.body.drop { $0.text.allSatisfy(\.isWhitespace) }
        let bodyText = lines.map { String($0.text) }.joined(separator: "\n")
        let startLine = lines.first?.line ?? 1
        let template = TemplateText.scan(trimmedKeepingStart(bodyText),
                                         start: .init(file: path, line: startLine, column: 1),
                                         allowsParameters: true, diagnostics: &diagnostics)
        let declared = Set(parameters.map(\.name))
        for case .parameter(let used, let location) in template.segments where !declared.contains(used) {
            diagnostics.append(Diagnostic(.undeclaredParameter, "block '\(name)' uses parameter '\(used)' that it does not declare",
                                          at: location, hint: Suggestion.hint(for: used, in: declared) ?? "declare it under 'parametre'"))
        }
        return Block(name: name, description: description, parameters: parameters,
                     parameterNames: parameters.map(\.name), path: path, template: template)
    }

    /// Drops trailing blank space but keeps the start, so that scanned positions stay right.
    private static func trimmedKeepingStart(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return String(result)
    }
}
