import Foundation
import TestSupport
import Testing
@testable import AftalerCore

/// A temporary workspace for tests: the repository's vocabulary, kinds and layouts, plus a few
/// blocks of its own so that tests do not depend on the shipped blocks' wording.
enum TestWorkspace {
    /// The repository root, found from this file's path.
    static let repository = Repository.root

    /// Test blocks: name → file text.
    static let blocks: [String: String] = [
        "hilsen": """
            ---
            beskrivelse: En hilsen
            parametre:
              navn: Hvem der hilses på
            ---
            Kære {{navn}}.
            """,
        "parter-og-hilsen": """
            ---
            beskrivelse: Bruger en anden blok
            parametre:
              emne: Aftalens emne
            ---
            Aftalen om {{emne}}. {{> hilsen navn="{{emne}}-gruppen"}}
            """,
        "ring-a": """
            ---
            beskrivelse: Første led i en ring
            ---
            A {{> ring-b}}
            """,
        "ring-b": """
            ---
            beskrivelse: Andet led i en ring
            ---
            B
            {{> ring-a}}
            """,
        "ukendt-indeni": """
            ---
            beskrivelse: Bruger en blok der ikke findes
            ---
            {{> findes-ikke}}
            """,
        "udeklareret": """
            ---
            beskrivelse: Bruger en parameter den ikke erklærer
            ---
            Hej {{navn}}
            """,
    ]

    /// A templates folder made once per test process.
    static let templatesFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appending(path: "aftaler-templates-\(UUID().uuidString)")
        let source = repository.appending(path: "Templates")
        try! FileManager.default.createDirectory(at: folder.appending(path: "blocks"), withIntermediateDirectories: true)
        for file in ["vocabulary.yaml", "kinds.yaml", "layouts"] {
            try! FileManager.default.copyItem(at: source.appending(path: file), to: folder.appending(path: file))
        }
        for (name, text) in blocks.merging(hostileBlocks, uniquingKeysWith: { own, _ in own }) {
            try! Data((text + "\n").utf8).write(to: folder.appending(path: "blocks/\(name).md"))
        }
        return folder
    }()

    static let templates: (library: TemplateLibrary, diagnostics: [Diagnostic]) = {
        var diagnostics: [Diagnostic] = []
        let library = TemplateLibrary.load(from: templatesFolder, diagnostics: &diagnostics)
        return (library, diagnostics)
    }()

    /// A fresh empty folder.
    static func makeFolder() -> URL { Repository.makeFolder() }

    /// Writes `files` (name → bytes) into a fresh folder and loads it as a portfolio.
    static func load(_ files: [String: Data]) -> (portfolio: Portfolio, folder: URL) {
        let folder = makeFolder()
        for (name, bytes) in files { try! bytes.write(to: folder.appending(path: name)) }
        return (Portfolio.load(paths: [folder], templates: templates.library), folder)
    }
}
