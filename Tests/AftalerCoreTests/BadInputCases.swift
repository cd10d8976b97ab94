import Foundation
@testable import AftalerCore

extension BadInputCorpus {
    /// Every case: name, input, and the exact code and position expected.
    static let cases: [BadInput] = vocabulary + fields + values + rules + structure + encoding + sections + blocks + hostile
        + trial

    static let vocabulary: [BadInput] = [
        change("misspelt status", [6: ["status: implementert"]], .unknownStatus, 6, 9,
               hint: "did you mean 'implementeret'?"),
        change("misspelt area", [4: ["indsatsområde: forebygelse"]], .unknownArea, 4, 16,
               hint: "did you mean 'forebyggelse'?"),
        change("misspelt kind", [2: ["type: samarbejdsaftalee"]], .unknownKind, 2, 7,
               hint: "did you mean 'samarbejdsaftale'?"),
        change("unknown party", [5: ["parter: [region-midtjylland, kommunen, plo-midtjylland]"]], .unknownParty, 5, 30,
               hint: "did you mean 'kommunerne'?"),
        change("party listed twice", [5: ["parter: [region-midtjylland, region-midtjylland]"]], .duplicateParty, 5, 30),
        change("unknown body", [9: ["  - organ: ssx"]], .unknownBody, 9, 12),
        change("misspelt outcome", [11: ["    udfald: godkent"]], .unknownOutcome, 11, 13,
               hint: "did you mean 'godkendt'?"),
        change("unknown handover recipient", [12: ["overdragelse: sundhedsraadene", "---"]], .unknownRecipient, 12, 15,
               hint: "did you mean 'sundhedsrådene'?"),
        change("unknown decision category", [12: ["arbejdsplaner:", "  overblik-2025:", "    kategori: politisk", "---"]],
               .unknownCategory, 14, 15),
    ]

    static let fields: [BadInput] = [
        change("unknown field", [3: ["titl: Samarbejdsaftale om rygestop"]], .unknownField, 3, 1,
               hint: "did you mean 'titel'?"),
        change("missing indsatsområde", [4: []], .missingField, 2, 1),
        change("samarbejdsaftale without parter", [5: []], .missingField, 2, 1),
        change("empty title", [3: ["titel: \"\""]], .emptyValue, 3, 8),
        change("placeholder left in title", [3: ["titel: \"«udfyld: titel»\""]], .placeholder, 3, 8),
        change("parter as a mapping", [5: ["parter: {region: midtjylland}"]], .wrongType, 5, 9),
        change("title as a list", [3: ["titel: [a, b]"]], .wrongType, 3, 8),
        change("decision without outcome", [11: []], .missingField, 9, 5),
        change("unknown key in workplan entry", [12: ["arbejdsplaner:", "  ssg-2023:", "    målsætnig: Mindre rygning", "---"]],
               .unknownField, 14, 5, hint: "did you mean 'målsætning'?"),
        change("unknown workplan", [12: ["arbejdsplaner:", "  ssg-2032:", "    indsats: Rygestop", "---"]],
               .unknownWorkplan, 13, 3, hint: "did you mean 'ssg-2023'?"),
        change("unknown budget", [12: ["budget:", "  midtklyngen-2032: {2023: 5}", "---"]], .unknownBudget, 13, 3),
    ]

    static let values: [BadInput] = [
        change("impossible date", [7: ["ikrafttrædelse: 2019-13-01"]], .invalidDate, 7, 17),
        change("a period where one day is required", [7: ["ikrafttrædelse: marts 2019"]], .invalidDate, 7, 17),
        change("unparseable period", [10: ["    dato: primo 20255"]], .invalidPeriod, 10, 11),
        change("unparseable evaluation", [12: ["evaluering: femte kvartal 2025", "---"]], .invalidPeriod, 12, 13),
        change("budget amount with Danish separator", [12: ["budget:", "  midtklyngen-2023: {2023: 1.269}", "---"]],
               .invalidAmount, 13, 28),
        change("budget year not a year", [12: ["budget:", "  midtklyngen-2023: {20x3: 5}", "---"]], .invalidYear, 13, 22),
        change("workplan number not a number", [12: ["arbejdsplaner:", "  ssg-2023:", "    nr: tre", "---"]],
               .invalidNumber, 14, 9),
        change("link that is not a web address", [12: ["links:", "  - titel: Aftalen", "    url: www.example.dk", "---"]],
               .invalidURL, 14, 10),
    ]

    static let rules: [BadInput] = [
        change("in force before approval", [7: ["ikrafttrædelse: 2018-01-01"]], .dateOrder, 7, 17),
        change("implemented without a decision", [8: [], 9: [], 10: [], 11: []], .statusNeedsDecision, 6, 9),
        change("approved with only a discussion", [11: ["    udfald: drøftet"]], .statusNeedsDecision, 6, 9),
    ]

    static let structure: [BadInput] = [
        text("no front matter", "## Hvad\n\nTekst.\n", .missingFrontMatter, 1, 1),
        text("front matter never closed", "---\ntype: samarbejdsaftale\n\n## Hvad\n", .unterminatedFrontMatter, 1, 1),
        text("front matter is a list", "---\n- a\n- b\n---\n## Hvad\n", .wrongType, 2, 1),
        change("YAML syntax error", [3: ["titel: [uafsluttet"]], .yamlSyntax, 4, 14),
        change("duplicate key", [6: ["status: implementeret", "status: godkendt"]], .yamlDuplicateKey, 7, 1),
        change("YAML anchor", [3: ["titel: &t Samarbejdsaftale om rygestop"]], .yamlAnchor, 3, 8),
        text("YAML nested too deep", "---\ntype: " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
             + "\n---\n", .yamlTooDeep, 2, 19),
        text("file name is not a slug", baseText, .invalidID, 1, 1, file: "Rygestop Aftale.md"),
    ]

    static let encoding: [BadInput] = [
        text("empty file", "", .emptyFile, 1, 1),
        text("only whitespace", "  \n\n  \n", .emptyFile, 1, 1),
        bytes("byte-order mark", Data([0xEF, 0xBB, 0xBF]) + Data(baseText.utf8), .byteOrderMark, 1, 1),
        text("CRLF line endings", baseText.replacingOccurrences(of: "\n", with: "\r\n"), .crlfLineEnding, 1, 4),
        change("tab in text", [16: ["\tHospitalerne henviser."]], .tabCharacter, 16, 1),
        bytes("invalid UTF-8", Data(variant([16: ["Hosp@"]]).utf8.map { $0 == 0x40 ? 0xC3 : $0 }), .invalidUTF8, 16, 5),
        change("control character", [20: ["Hjælp\u{07} på det rigtige tidspunkt."]], .controlCharacter, 20, 6),
        bytes("file over the size limit", Data(repeating: 0x61, count: SourceText.maximumByteCount + 1), .fileTooLarge, 1, 1),
    ]

    /// The hostile trial of issue 11: tags, invisible characters and texts too long for a cell.
    static let trial: [BadInput] = [
        // The tag used to be dropped, leaving the title "id".
        change("YAML tag on the title", [3: ["titel: !!python/object:os.system \"id\""]], .yamlTag, 3, 8),
        change("local YAML tag on a list", [5: ["parter: !parter [region-midtjylland, kommunerne]"]], .yamlTag, 5, 9),
        change("YAML tag on a mapping key", [6: ["!!str status: implementeret"]], .yamlTag, 6, 1),
        change("right-to-left override in the title", [3: ["titel: Samarbejdsaftale om \u{202E}potsegyr"]],
               .invisibleCharacter, 3, 28),
        change("line separator in the title", [3: ["titel: Samarbejdsaftale om\u{2028}rygestop"]],
               .invisibleCharacter, 3, 27),
        change("first strong isolate in a section", [16: ["Hospitalerne \u{2068}henviser til kommunalt rygestop."]],
               .invisibleCharacter, 16, 14),
        change("paragraph separator in a decision", [11: ["    udfald: godkendt\u{2029}"]], .invisibleCharacter, 11, 21),
        change("workplan status one character past a cell",
               [12: ["arbejdsplaner:", "  ssg-2023:", "    status: " + String(repeating: "x", count: 32_768), "---"]],
               .cellTooLong, 14, 13),
        // 16,384 emoji are 32,768 UTF-16 code units, which is what Excel counts.
        change("workplan goal of 16,384 emoji",
               [12: ["arbejdsplaner:", "  ssg-2023:", "    målsætning: " + String(repeating: "😀", count: 16_384), "---"]],
               .cellTooLong, 14, 17),
    ]

    static let sections: [BadInput] = [
        change("misspelt required section", [22: ["## Stauts"]], .missingSection, 22, 1,
               hint: "rename '## Stauts' to '## Status'?"),
        change("section missing altogether", [22: [], 23: [], 24: []], .missingSection, 1, 1),
        change("section twice", [17: ["", "## Hvad", "", "Igen.", ""]], .duplicateSection, 18, 1),
        change("empty required section", [15: [], 16: [], 17: []], .emptySection, 14, 1),
        change("text before the first section", [13: ["Løs tekst"]], .textBeforeSection, 13, 1),
        change("placeholder left in a section", [24: ["«udfyld: status»"]], .placeholder, 24, 1),
        text("kommissorium without its sections", variant([2: ["type: kommissorium"]]), .missingSection, 1, 1),
    ]

    static let blocks: [BadInput] = [
        change("unknown block", [16: ["{{> hilsn navn=\"x\"}}"]], .unknownBlock, 16, 5, hint: "did you mean 'hilsen'?"),
        change("missing parameter", [16: ["{{> hilsen}}"]], .missingParameter, 16, 1),
        change("unknown parameter", [16: ["{{> hilsen navn=\"x\" farve=\"rød\"}}"]], .unknownParameter, 16, 21),
        change("parameter given twice", [16: ["{{> hilsen navn=\"x\" navn=\"y\"}}"]], .duplicateParameter, 16, 21),
        change("block use not closed", [16: ["{{> hilsen navn=\"x\""]], .malformedBlockUse, 16, 1),
        change("unquoted parameter value", [16: ["{{> hilsen navn=x}}"]], .malformedBlockUse, 16, 17),
        change("parameter reference outside a block", [16: ["Kære {{navn}}."]], .malformedBlockUse, 16, 6),
        change("block cycle", [16: ["{{> ring-a}}"]], .blockCycle, 5, 1, inFile: "ring-b.md"),
        change("unknown block inside a used block", [16: ["{{> ukendt-indeni}}"]], .unknownBlock, 4, 5,
               inFile: "ukendt-indeni.md"),
        change("misspelt parameter in nested use", [16: ["{{> parter-og-hilsen emne=\"x\" emner=\"y\"}}"]],
               .unknownParameter, 16, 31, hint: "did you mean 'emne'?"),
    ]
}
