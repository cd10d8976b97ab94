/// Seed 000 (`../shared/seeds/000_1120cf96894e2e3b.txt`), Sundhedsstyregruppens arbejdsplan for 2023, as
/// taken from the seed by hand: every cell of its table that holds a bullet list ("•") or a numbered
/// list ("1." or "1)"), line by line: a lead-in, then one line per item with its marker, each item's
/// lines in the PDF (and its hyphenation) joined with spaces.
///
/// The seed's one akut-handleplan cell with three bullets is three agreements in `Agreements/`, so
/// each of those rows has the cell's lead-in and its own bullet.
public enum Seed000 {
    /// The seed's text file, relative to the repository.
    public static let path = "../shared/seeds/000_1120cf96894e2e3b.txt"

    /// A workplan column of seed 000's table.
    public enum Column: Int, Sendable, CustomStringConvertible {
        case målsætning = 0, indsatser = 1, status = 2, bestillinger = 3

        /// The entry's key under `arbejdsplaner.ssg-2023`.
        public var field: String {
            switch self {
            case .målsætning: "målsætning"
            case .indsatser: "indsats"
            case .status: "status"
            case .bestillinger: "bestillinger"
            }
        }

        public var description: String { field }
    }

    /// One list cell: the agreement whose `ssg-2023` row holds it, the column, the seed's lines (in the
    /// seed file) it is taken from, and its lines.
    public struct ListCell: Sendable, CustomStringConvertible {
        public let id: String
        public let column: Column
        public let seedLines: ClosedRange<Int>
        public let lines: [String]

        public var description: String { "\(id) \(column) (seed lines \(seedLines.lowerBound)-\(seedLines.upperBound))" }
    }

    static let akut = "Handleplan ift. ældre borgere med akutsygdom - herunder:"

    /// Every list cell of the seed, in the seed's order.
    public static let listCells: [ListCell] = [
        ListCell(id: "intentionspapir-om-faelles-indsats-vedr-overvaegt", column: .indsatser, seedLines: 24...40, lines: [
            "Intentionspapir om fælles politisk retning for overvægt i Midtjylland – indeholder 4 spor:",
            "• Kortlægning af nuværende indsatser",
            "• Borgernes perspektiv",
            "• Videns- og dataopbygning",
            "• Videndeling og spredning af indsatser, der viser god effekt",
        ]),
        ListCell(id: "intentionspapir-om-faelles-indsats-vedr-overvaegt", column: .status, seedLines: 42...84, lines: [
            "SSU har 7/2 godkendt arbejdsgruppens anbefalinger til det videre arbejde:",
            "1. Overvægt i et bredere perspektiv",
            "2. Tendenser til virkningsfulde indsatser",
            "3. Børnesundhedsprofil",
            "4. Fælles indikatorer – fælles evalueringsskemaer",
            "5. Samarbejde på tværs",
            "6. Kommunikation",
            "Udarbejdet:",
            "• Overblik over kommunale og regionale indsatser der findes i kommuner, almen praksis og på hospitaler i "
                + "Midtjylland pt. – sendt til klyngerne",
            "• Notat med tendenser til virkningsfulde indsatser – sendt til klyngerne",
            "• Samarbejdsaftale om børn og unge der lever med overvægt – godkendt i SSU 29/9-23. Sendt til godkendelse i "
                + "kommuner, region, PLO-M. Forventet ikrafttrædelse 1/1-24",
        ]),
        ListCell(id: "tidlig-indsats-mod-truende-karsygdom", column: .status, seedLines: 123...169, lines: [
            "Sundhedsstyregruppen har nedsat en tværsektoriel arbejdsgruppe i foråret 2023, som:",
            "1. ser på forslag til en samarbejdsstruktur, der kan medvirke til at sikre tidlig opsporing og rettidig reaktion "
                + "i forbindelse med kritisk åreforkalkning og forøget risiko for amputation samt",
            "2. opstiller anbefalinger til specifikke forebyggelsestiltag",
            "SSG gav 15/9 opbakning til arbejdsgruppens anbefaling ift. spor 1:",
            "• Tryk på implementering af Samarbejdsaftalen om telemedicinsk sårvurdering (herunder fokus på systematisk og "
                + "ensartet brug af pleje.net til dokumentation, kommunikation og understøttelse af triagering mv.)",
            "• Fælles guideline for triagering af sår på underben og fødder (som hjælpeværktøj i implementeringen af "
                + "samarbejdsaftalen)",
            "• Nærmere undersøgelse af behovet for efteruddannelse/kompetenceløft",
        ]),
        ListCell(id: "tvaersektoriel-handleplan-paa-akutomraadet", column: .indsatser, seedLines: 202...208, lines: [
            akut,
            "• Nye initiativer på akutområdet (inkl. tværsektorielt spor ift. robustgørelse af akutområdet)",
        ]),
        ListCell(id: "72-timers-behandlingsansvar", column: .indsatser, seedLines: 202...221, lines: [
            akut,
            "• 72 timers behandlingsansvar",
        ]),
        ListCell(id: "revidering-af-samarbejdsaftale-om-opfoelgende-hjemmebesoeg", column: .indsatser, seedLines: 202...308, lines: [
            akut,
            "• Undersøge mulighed for revision af samarbejdsaftale om opfølgende hjemmebesøg",
        ]),
        ListCell(id: "tvaersektoriel-handleplan-paa-akutomraadet", column: .status, seedLines: 231...255, lines: [
            "• SSU godkendte 7/2 igangsætning af at handleplan på akutområdet fornyes, samt at der indledes med et dataspor "
                + "og et efterfølgende udviklingsspor",
            "• Dataanalyse af akutområdet udarbejdet og præsenteres for SSU 1/12 for at etablere fælles viden og forståelse "
                + "af udfordringsbilledet i den midtjyske region samt skabe udgangspunkt for drøftelse af potentialer for "
                + "tværsektorielle indsatser.",
        ]),
        ListCell(id: "72-timers-behandlingsansvar", column: .status, seedLines: 261...315, lines: [
            "• Midtjysk model for 72 t behandlingsansvar godkendt i regionsrådet 21/6 og implementering i sundhedsklyngerne "
                + "i to trin (15/9 og 1/11)",
            "• Der er nedsat en regional arbejdsgruppe med deltagelse fra kommuner og PLO-Midtjylland samt et "
                + "implementeringsnetværk med deltagelse fra hospitaler og kommuner",
        ]),
        ListCell(id: "72-timers-behandlingsansvar", column: .bestillinger, seedLines: 297...305, lines: [
            "• Indsatsen evalueres både regionalt (lille dataindsamling i uge 4, 2024) og nationalt (fælles evaluering i "
                + "efteråret 2024)",
            "• Der udestår afklaring af mulighed for at udvide tilbuddet til også at omfatte patienter indlagt i psykiatrien "
                + "og borgere indlagt under 24 timer (det vil være en politisk beslutning i regionsrådet)",
        ]),
        ListCell(id: "revidering-af-samarbejdsaftale-om-opfoelgende-hjemmebesoeg", column: .status, seedLines: 319...323, lines: [
            "• Om arbejdsgruppen skal nedsættes, indgår i prioriteringsdrøftelsen på mødet i SSG 8/11",
        ]),
        ListCell(id: "initiativer-i-10-aarsplanen-for-psykiatrien", column: .indsatser, seedLines: 354...364, lines: [
            "Initiativer i 10 årsplanen for psykiatrien",
            "• Opbygning af et lettilgængeligt tilbud i kommunerne til børn og unge i psykisk mistrivsel og med symptomer på "
                + "psykisk lidelse",
            "• Styrkede indsatser til mennesker med svær grad af psykisk sygdom",
        ]),
        ListCell(id: "anbefalinger-til-faelles-indsatser-for-mental-sundhed-hos-boern-og-unge", column: .indsatser,
                 seedLines: 423...451, lines: [
            "Anbefalinger til fælles indsatser målrettet mental sundhed og forebyggelse af psykisk mistrivsel hos børn og unge:",
            "1) Styrk indsatsen for børn og unge i risikogrupper med en regionsdækkende samarbejdsaftale",
            "2) Følg Sundhedsstyrelsens anbefalinger for sundhedsplejen og styrk arbejdet med tidlig opsporing og tidlig indsats",
            "3) Brug skærm med omtanke - følg Sundhedsstyrelsens anbefalinger om skærmbrug",
            "4) Implementer virkningsfulde forebyggende indsatser til børn og unge i psykisk mistrivsel.",
        ]),
        ListCell(id: "velfaerdsteknologi-digitalisering-og-datadeling-forberedende-arbejde", column: .status,
                 seedLines: 528...554, lines: [
            "• Erfaringsopsamling om datadeling, digitalisering og juridiske problematikker er udarbejdet",
            "• Igangsat arbejde vedr. fælles ansøgning til nærhospitalspulje – pulje til IT, teknologi og udstyr til "
                + "hjemmebehandling og sammenhæng ml sektorer (nedsat styregruppe for ansøgninger) er lukket, da midlerne "
                + "ventes udmøntet til indsatser på nationalt niveau",
        ]),
        ListCell(id: "webloesning-de-naere-behandlingstilbud", column: .status, seedLines: 566...574, lines: [
            "• Webløsning 'De Nære Behandlingstilbud' udviklet og beslutning om at inkludere også kommunale psykiatriske "
                + "tilbud (SSG 18/1)",
        ]),
        ListCell(id: "afklaring-vedr-bevilling-af-kompressionsstroemper", column: .status, seedLines: 615...623, lines: [
            "• Ministerhenvendelse godkendt i SSU 29/9",
            "• Administrativ afdækning af juridiske muligheder for midlertidig lokal løsning pågår",
        ]),
        ListCell(id: "faelles-model-for-patientinddragelse-i-de-politiske-klynger", column: .status, seedLines: 630...632, lines: [
            "• Godkendt i SSU 29/9 – drøftes herefter i klyngerne",
        ]),
    ]

    /// Where a line (of a list cell or a `textCells` text) differs from the seed's text, what the seed
    /// prints instead, and why. The seed leaves the akut handleplan's parenthesis open (a slip of the
    /// PDF, closed here as the files close it) and misspells "cerebral" (seeds 002 and 003 spell it
    /// right); the PDF prints the 72-timer bullet about the working group in two pieces with other
    /// cells' text between them (seed lines 273-277 and 311-315), and breaks the date "1/5-23" after
    /// its hyphen, so that the joined lines read "1/5- 23".
    public static let seedReadsOtherwise: [String: (pieces: [String], why: String)] = [
        "• Nye initiativer på akutområdet (inkl. tværsektorielt spor ift. robustgørelse af akutområdet)": (
            ["• Nye initiativer på akutområdet (inkl. tværsektorielt spor ift. robustgørelse af akutområdet"],
            "the seed leaves the parenthesis open"),
        "• Der er nedsat en regional arbejdsgruppe med deltagelse fra kommuner og PLO-Midtjylland samt et "
            + "implementeringsnetværk med deltagelse fra hospitaler og kommuner": (
            ["• Der er nedsat en regional arbejdsgruppe med deltagelse fra kommuner og PLO-Midtjylland samt",
             "et implementeringsnetværk med deltagelse fra hospitaler og kommuner"],
            "the PDF prints the item in two pieces"),
        "Prøvehandling for udlevering af ortoser til børn og unge med cerebral parese": (
            ["Prøvehandling for udlevering af ortoser til børn og unge med cerbral parese"],
            "the seed misspells cerebral"),
        "Godkendt i SSU og i kommuner, region og PLO-M. Implementeringsopstart 1/5-23": (
            ["Godkendt i SSU og i kommuner, region og PLO-M. Implementeringsopstart 1/5-", "23"],
            "the PDF breaks the date after its hyphen"),
    ]
}
