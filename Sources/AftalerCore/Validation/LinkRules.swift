#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import UnicodeText

/// Links to public documents: each must be a whole web address.
enum LinkRules: RuleFamily {
    static let name = "links"

    static func check(_ agreement: Agreement) -> [Diagnostic] {
        agreement.links.enumerated().compactMap { index, link in
            guard !isWebAddress(link.url) else { return nil }
            return Diagnostic(.invalidURL, "'\(link.url)' is not a web address",
                              at: agreement.locations["links", index] ?? agreement.locations.fileStart,
                              hint: "write the full address starting with https://")
        }
    }

    /// An http(s) address with a host and no spaces.
    static func isWebAddress(_ url: String) -> Bool {
        // The byte scans first: parsing an address as a URL costs some twenty times more.
        (url.hasPrefix("https://") || url.hasPrefix("http://")) && !url.containsUTF8Byte { $0 == UInt8(ascii: " ") }
            && URL(string: url)?.host != nil
    }

    static let explanations: [RuleExplanation] = [
        RuleExplanation(
            .invalidURL, summary: "a link that is not a whole http(s) address",
            details: "Links go into reports and the handover package, where a reader must be able to follow them: "
                + "write the full address starting with https://.",
            example: .agreement(frontMatter: ["links:", "  - titel: Aftalen", "    url: www.rm.dk/aftale"])),
    ]
}
