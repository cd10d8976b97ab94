import Foundation
import TestSupport

/// Folders, files and built programs for the robustness tests.
enum Workspace {
    /// The repository root, found from this file's path.
    static let root = Repository.root

    /// A program built beside the test bundle (`aftale`, `AftalerFuzz`).
    static func program(_ name: String) -> URL { BuiltProgram.url(name) }

    static let aftale = program("aftale")

    /// A valid agreement, the base that hostile variants change.
    static func agreement(title: String = "Samarbejdsaftale om rygestop", body: String = "Hospitalerne henviser til kommunalt rygestop.") -> String {
        """
        ---
        type: samarbejdsaftale
        titel: \(title)
        indsatsområde: forebyggelse
        parter: [region-midtjylland, kommunerne, plo-midtjylland]
        status: implementeret
        ikrafttrædelse: 2019-03-01
        beslutninger:
          - organ: ssu
            dato: 2019-01-15
            udfald: godkendt
        arbejdsplaner:
          ssg-2023:
            nr: 1
            målsætning: Færre rygere
            status: I gang
        ---

        ## Hvad

        \(body)

        ## Betydning for borgerne

        Hjælp på det rigtige tidspunkt.

        ## Status

        Implementeret i alle klynger.

        """
    }

    /// A fresh folder in the system's temporary folder.
    static func folder(_ prefix: String = "aftaler-robust") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A workspace with the repository's Templates, an `Agreements/` folder with `files` and an
    /// empty `Exports/`.
    static func make(_ files: [String: String] = ["rygestop.md": agreement()]) throws -> URL {
        let folder = try folder("aftaler-ws")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appending(path: "Agreements"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appending(path: "Exports"), withIntermediateDirectories: true)
        try manager.copyItem(at: root.appending(path: "Templates"), to: folder.appending(path: "Templates"))
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appending(path: "Agreements/\(name)"))
        }
        return folder
    }

    /// The names in `folder`, hidden ones included, sorted.
    static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}
