/// The sections of shipped agreements that carry one of seed 000's lists (see `Seed000`) as a list,
/// kept by hand: the agreement, the section, whether the list is numbered, the text before it in the
/// section, and its items as the section words them (the sections are the secretariat's own text,
/// not the seed's cells).
public enum ShippedSectionLists {
    public struct Entry: Sendable, CustomStringConvertible {
        public let id: String
        public let section: String
        public let numbered: Bool
        /// The end of the paragraph that leads into the list.
        public let leadIn: String
        public let items: [String]

        public var description: String { "\(id) § \(section)" }
    }

    public static let all: [Entry] = [
        Entry(id: "intentionspapir-om-faelles-indsats-vedr-overvaegt", section: "Hvad", numbered: false,
              leadIn: "Arbejdet følger fire spor:",
              items: ["Hvad gør vi i dag", "Borgernes perspektiv", "Videns- og dataopbygning", "Spredning af indsatser, der virker"]),
        Entry(id: "tidlig-indsats-mod-truende-karsygdom", section: "Status", numbered: false,
              leadIn: "SSG bakkede 15. september 2023 op om anbefalingerne i spor 1:",
              items: ["Mere fart på samarbejdsaftalen om telemedicinsk sårvurdering",
                      "En fælles guideline for triagering af sår på underben og fødder",
                      "En afdækning af behovet for kompetenceløft"]),
        Entry(id: "initiativer-i-10-aarsplanen-for-psykiatrien", section: "Hvad", numbered: false,
              leadIn: "To initiativer fra den nationale 10-årsplan for psykiatrien:",
              items: ["Et lettilgængeligt kommunalt tilbud til børn og unge i psykisk mistrivsel og med symptomer på psykisk lidelse",
                      "Styrkede indsatser til mennesker med svær psykisk sygdom"]),
        Entry(id: "anbefalinger-til-faelles-indsatser-for-mental-sundhed-hos-boern-og-unge", section: "Hvad", numbered: true,
              leadIn: "Fire anbefalinger til fælles indsatser for børn og unges mentale sundhed:",
              items: ["En regionsdækkende samarbejdsaftale for børn og unge i risikogrupper",
                      "Sundhedsstyrelsens anbefalinger for sundhedsplejen med tidlig opsporing og indsats",
                      "Skærm med omtanke", "Implementering af virkningsfulde forebyggende indsatser"]),
    ]
}
