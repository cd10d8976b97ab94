import BagIt
import Foundation

/// The small bag most tests use: Danish file names, a sub-folder, an empty file.
enum Sample {
    static let name = "overdragelse-2025"
    static let when = try! BagTimestamp(year: 2025, month: 3, day: 1, hour: 12, minute: 0, second: 0)

    static let payload: [String: Data] = [
        "readme.txt": Data("README-INDHOLD: aftalerne for Region Nordjylland\n".utf8),
        "notater/møde.txt": Data("Referat af mødet om sundhedsaftalen.\n".utf8),
        "æøå/blåbærgrød.txt": Data("Blåbærgrød med fløde.\n".utf8),
        "Ærø.csv": Data("kommune;indbyggere\nÆrø;6000\n".utf8),
        "tom.txt": Data(),
    ]

    static let info = [
        BagInfoField("Source-Organization", "Region Nordjylland"),
        BagInfoField("External-Identifier", "sundhedsaftale-2025"),
        BagInfoField("Bagging-Date", "2025-03-01"),
    ]

    static func bag() throws -> Bag {
        try Bag(name: name, payload: payload, info: info)
    }

    static var payloadOxum: String {
        "\(payload.values.reduce(0) { $0 + $1.count }).\(payload.count)"
    }
}
