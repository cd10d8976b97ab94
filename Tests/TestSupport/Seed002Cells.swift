/// Seed 002 (`../shared/seeds/002_aa081206893bc7b8.txt`), the decision overview before the reform
/// (overblik), as taken from the seed by hand: every cell of its table, Tid, Indsats, Status and
/// Forslag til handling of all 19 rows, in the seed's order under its three numbered categories, each
/// in the seed's own words.
///
/// The seed is a table of tab-separated lines, one line a row, the columns in the printed order. A row
/// that a page break splits goes on after the next page's column headings (or on a line of its own),
/// and its cells' parts are joined with a space: `seedLines` names every line of the row. Within a
/// cell the seed marks a new paragraph with two spaces; such a cell keeps its paragraphs as lines (a
/// literal block in the file, a cell's lines in the sheet), as the seed 000 cells do, because joined,
/// the first often without a full stop ("Som følge af OK 2025"), they would read as one sentence the
/// seed does not write. Where one space stands between two statements ("i 2025 Sundhedssamarbejds-
/// udvalget udarbejder"), the seed gives no paragraph, and the cell is one line. The Tid column keeps
/// the seed's capital ("Primo 2025"). The seed's Status of the Axon row is empty, and so is the file's.
public enum Seed002 {
    /// The seed's text file, relative to the repository.
    public static let path = "../shared/seeds/002_aa081206893bc7b8.txt"

    /// A column of seed 002's table, in the printed order (the tab-separated field's place).
    public enum Column: Int, Sendable, CaseIterable, CustomStringConvertible {
        case tid = 0, indsats = 1, status = 2, forslag = 3

        /// The entry's key under `arbejdsplaner.overblik-2025`.
        public var field: String {
            switch self {
            case .tid: "tid"
            case .indsats: "indsats"
            case .status: "status"
            case .forslag: "forslag"
            }
        }

        public var description: String { field }
    }

    /// The seed's three numbered categories: the entry's `kategori` and the heading the seed prints.
    public enum Category: String, Sendable, CaseIterable {
        case politiskSSU = "politisk-ssu"
        case administrativSSG = "administrativ-ssg"
        case ikkeIgangsat = "ikke-igangsat"

        /// The heading as the seed prints it (without its Markdown "##" or "###").
        public var heading: String {
            switch self {
            case .politiskSSU: "1. Allerede iværksatte indsatser til politisk beslutning i Sundhedssamarbejdsudvalget"
            case .administrativSSG:
                "2. Allerede iværksatte indsatser til administrativ beslutning i Sundhedsstyregruppen (SSG)"
            case .ikkeIgangsat: "3. Politisk besluttede indsatser SSU, men som endnu ikke er igangsat"
            }
        }
    }

    /// One row: the agreement whose `overblik-2025` entry it is, its category, the seed's lines that
    /// print it, and its four cells (a cell's paragraphs joined with "\n"; `nil` where the seed's cell
    /// is empty).
    public struct Row: Sendable, CustomStringConvertible {
        public let id: String
        public let category: Category
        public let seedLines: [Int]
        public let tid: String
        public let indsats: String
        public let status: String?
        public let forslag: String

        init(_ id: String, _ category: Category, seedLines: [Int], tid: String, indsats: String, status: String?,
             forslag: String) {
            (self.id, self.category, self.seedLines) = (id, category, seedLines)
            (self.tid, self.indsats, self.status, self.forslag) = (tid, indsats, status, forslag)
        }

        public func text(_ column: Column) -> String? {
            switch column {
            case .tid: tid
            case .indsats: indsats
            case .status: status
            case .forslag: forslag
            }
        }

        public var description: String { "\(id) (seed lines \(seedLines.map(String.init).joined(separator: ", ")))" }
    }

    /// One cell of a row, for tests that take the cells one by one.
    public struct Cell: Sendable, CustomStringConvertible {
        public let id: String
        public let column: Column
        public let seedLines: [Int]
        public let text: String?

        public var description: String {
            "\(id) \(column) (seed lines \(seedLines.map(String.init).joined(separator: ", ")))"
        }
    }

    /// A cell of several paragraphs, one a line.
    static func lines(_ lines: String...) -> String { lines.joined(separator: "\n") }

    /// Every row of the seed's table, in the seed's order.
    public static let rows: [Row] = [
        Row("proevehandling-for-udlevering-af-ortoser-til-boern-og-unge-med-cerebral-parese",
            .politiskSSU, seedLines: [14],
            tid: "Primo 2025",
            indsats: "Prøvehandling for udlevering af ortoser til børn og unge med cerebral parese",
            status: lines(
                "Prøvehandling igangsat pr. 15/9-23. Prøvehandling kører indtil evalueringen foreligger og der "
                    + "kan træffes en beslutning om evt. videreførelse.",
                "Der udarbejdes en opsamling på prøvehandlingen ultimo 2024/primo 2025",
            ),
            forslag: "Behandles på Sundhedsstyregruppen 2/5-25 og efterfølgende i SSU: På baggrund af "
                + "opsamlingen på prøvehandlingen indstilles til ordningens videreførelse."),
        Row("samarbejdsaftale-om-varetagelse-af-service-og-justeringsopgaver-hoereomraadet",
            .politiskSSU, seedLines: [15],
            tid: "Primo 2025",
            indsats: "Samarbejdsaftale om varetagelse af service- og justeringsopgaver høreområdet",
            status: lines(
                "Der er indgået en midlertidig aftale om kommunal varetagelse af service- og justeringsopgaver "
                    + "høreområdet på vegne af regionen gældende fra 1. juli 2023 - 31. dec. 2024, mens "
                    + "hjemmelgrundlaget undersøges.",
                "Regionsrådet har på møde i marts 2024 godkendt, at den midlertidige aftale forlænges ind i "
                    + "2025 - og at der arbejdes for en model, hvor kommunerne også fremadrettet kan "
                    + "varetage opgaverne.",
                "Der arbejdes administrativt på at udforme en samarbejdsaftale inden for den eksisterende "
                    + "lovgivning og i regi af Sundhedsaftalen.",
            ),
            forslag: "Udkast til en samarbejdsaftale vil blive forelagt Sundhedsstyregruppen på møde 3. "
                + "februar 2025 med henblik på endelig godkendelse i Sundhedssamarbejdsudvalget."),
        Row("inddragelse-af-patientinddragelsesudvalget",
            .politiskSSU, seedLines: [16],
            tid: "Primo 2025",
            indsats: "Inddragelse af patientinddragelsesudvalget",
            status: "Årligt fællesmøde mellem Sundhedssamarbejdsudvalget og Patientinddragelsesudvalget 2024 "
                + "mødet er udskudt til 1. møde i Sundhedssamarbejdsudvalget i 2025.",
            forslag: "Indstilles til beslutning i formandskabet for SSU. Forslag: Udgår og nyt møde kan "
                + "afvente ny organisering som følge af reform"),
        Row("samarbejdsaftale-om-tidlig-opsporing-og-indsats-mod-mistrivsel-i-risikogrupper",
            .politiskSSU, seedLines: [17, 20],
            tid: "2. kvartal 2025",
            indsats: "Samarbejdsaftale om tidlig opsporing og indsats til forebyggelse af mistrivsel blandt "
                + "børn og unge i udvalgte risikogrupper",
            status: "Aftalen er under udarbejdelse. Arbejdet blev påbegyndt i februar 2024 og har været "
                + "pauseret i forbindelse med udarbejdelse af den midtjyske samarbejdsmodel. Arbejdet er "
                + "genoptaget i september 2024. Forventes klar til godkendelse i 2. kvartal 2025",
            forslag: "Indstilles til behandling i Sundhedsstyregruppen 2. kvartal 2025. Efterfølgende træffes "
                + "beslutning om den politiske stillingtagen i Sundhedssamarbejdsudvalget"),
        Row("dobbeltdiagnosetilbud-til-patienter-med-psykisk-sygdom-og-misbrug",
            .politiskSSU, seedLines: [21],
            tid: "3. eller 4. kvartal 2025",
            indsats: "Dobbeltdiagnosetilbud til patienter med psykisk sygdom og misbrugsproblematikker "
                + "(Initiativer i 10 årsplanen for psykiatrien - Styrkede indsatser til mennesker med svær "
                + "grad af psykisk sygdom)",
            status: "Der er nedsat en tværsektoriel arbejdsgruppe, som skal sikre en god implementering af det "
                + "nye dobbeltdiagnosetilbud. Der skal udarbejdes en samarbejdsaftale jf. beslutning på SSG "
                + "20/9/24. Samarbejdsaftale forventes klar til godkendelse i 3. eller 4. kvartal 2025",
            forslag: "Indstilles til behandling i Sundhedsstyregruppen 3. eller 4. kvartal 2025. Efterfølgende "
                + "træffes beslutning om den politiske stillingtagen i Sundhedssamarbejdsudvalget"),
        Row("samarbejdsaftale-om-boern-og-unge-der-lever-med-overvaegt-og-deres-familier",
            .politiskSSU, seedLines: [22],
            tid: "2026",
            indsats: "Samarbejdsaftale om børn og unge, der lever med overvægt, og deres familier – fælles "
                + "tilgang i Midtjylland",
            status: "Samarbejdsaftalen er under implementering (2024 som implementeringsår). Som en del af den "
                + "politiske godkendelse skal der ske administrativ opfølgning på samarbejdet i 2026. "
                + "Sundhedsstyregruppen og Sundhedssamarbejdsudvalget skal have en administrativ opfølgning "
                + "på implementering af samarbejdsaftalen i 2026.",
            forslag: "Indstilling: Opfølgningen foregår kun administrativt. Kan indgå i en samlet "
                + "overdragelsespakke med eksisterende samarbejdsaftaler"),
        Row("styrkelse-af-samarbejdet-mellem-praehospitalet-og-de-kommunale-akutfunktioner",
            .administrativSSG, seedLines: [27],
            tid: "Primo 2025",
            indsats: "Styrkelse af samarbejdet mellem Præhospitalet og den kommunale hjemmepleje",
            status: "Prøvehandlingen er pauseret. I mellemtiden er der kommet Kvalitetsstandarden for de "
                + "kommunale akutfunktioner, som muliggør, at den præhospitale læge kan kontakte den "
                + "kommunale akutfunktion, hvilket ikke var muligt da arbejdsgruppen blev nedsat.",
            forslag: "SSG skal træffe beslutning om, hvorvidt prøvehandlingen skal genoptages. Indstilling: at "
                + "den ikke genoptages i sin nuværende form."),
        Row("webloesning-de-naere-behandlingstilbud",
            .administrativSSG, seedLines: [28, 30],
            tid: "Primo 2025",
            indsats: "Webløsning 'De Nære Behandlingstilbud' (hurtigt overblik for vagtlæger over kommunale "
                + "akutte tilbud)",
            status: "8/3-24 blev løsningen udvidet med overblik over kommunale tilbud inden for psykiatri og "
                + "sårbarhed. Løsningen er målrettet praktiserende læger, vagtlæger, hospitalsvisitationen "
                + "og præhospitalet. Der udarbejdes ultimo 2024 en status.",
            forslag: "Behandles på Sundhedsstyregruppen 3/2-25. Sundhedsstyregruppen får en status på "
                + "løsningen primo 2025, hvor finansiering af driften fremadrettet ligeledes besluttet."),
        Row("udrulning-af-fasttilknyttede-laeger-paa-botilbud",
            .administrativSSG, seedLines: [31],
            tid: "1. halvår 2025",
            indsats: "Udrulning af fasttilknyttede læger på botilbud",
            status: lines(
                "Som følge af OK 2025",
                "Der skal nedsætte en følgegruppe til at bistå/følge implementeringen.",
            ),
            forslag: lines(
                "Orientering om proces på SSG-mødet 3. februar 2025.",
                "Kontrakt og implementeringsplan godkendes af formandskabet for SSG/eller sendes til skriftlig "
                    + "godkendelse i SSG, forår 2025.",
                "Efterfølgende til politisk orientering i SSU",
            )),
        Row("72-timers-behandlingsansvar-i-psykiatrien",
            .administrativSSG, seedLines: [32],
            tid: "Primo 2025",
            indsats: "72 timers behandlingsansvar i psykiatrien",
            status: lines(
                "Sundhedsstyregruppen har besluttet at igangsætte prøvehandling ift borgere der udskrives fra "
                    + "psykiatrien til bosteder. Kommissorium er under udarbejdelse. Obs reform s. 57 "
                    + "(nuværende ordning med 72 timers behandlingsansvar udvides til 96 timer, og udvides "
                    + "til at omfatte en bredere målgruppe – herunder psykiatriske pt. Det skal aftales "
                    + "nærmere mellem regeringen og relevante parter, hvilke patientgrupper ordningen skal "
                    + "udvides til)",
                "Godkendt ifm. skriftlig behandling på november mødet 2024, at Sundhedsstyregruppen nedsætter "
                    + "en tværsektoriel arbejdsgruppe til at beskrive prøvehandling med 72 timers "
                    + "behandlingsansvar for borgere udskrevet fra psykiatrien til botilbud, og at "
                    + "formandskabet for Sundhedsstyregruppen bemyndiges til at godkende kommissorium for "
                    + "gruppen.",
            ),
            forslag: "SSG skal træffe beslutning om arbejdet skal igangsættes nu, som besluttet skriftligt i "
                + "Sundhedsstyregruppen i november. Indstilling: Pauseres og afventer det nationale arbejde "
                + "med 96 timers behandlingsansvar herunder udvidelse til en bredere målgruppe"),
        Row("samarbejdsaftale-om-den-gode-indlaeggelse-og-udskrivelse",
            .administrativSSG, seedLines: [33],
            tid: "2. kvartal 2025",
            indsats: "Samarbejdsaftale om den gode indlæggelse og udskrivelse",
            status: "Aftalen er under implementering på det psykiatriske område. Som en del af den politiske "
                + "godkendelse af samarbejdsaftalen skal der ske årlig opfølgning på implementeringen",
            forslag: "2. kvartal 2025: SSG orienteres om status på implementering af aftalen på både det "
                + "somatiske og det psykiatriske område"),
        Row("styrket-tvaersektorielt-samarbejde-om-saarbare-patienter-der-ringer-1-1-2",
            .administrativSSG, seedLines: [34],
            tid: "Medio 2025",
            indsats: "Styrket tværsektorielt samarbejde om sårbare patienter, der ringer 1-1-2",
            status: "SSG blev orienteret om prøvehandling mellem Præhospitalet og PLO-M. Prøvehandling løber "
                + "t.o.m. juni 2025",
            forslag: "Opfølgning til SSG medio 2025"),
        Row("telehjerte-telemedicinsk-hjemmemonitorering-ved-hjertesvigt",
            .administrativSSG, seedLines: [35],
            tid: "2025-2026",
            indsats: "Indsats fra økonomiaftalerne: Opstart af den telemedicinske hjemmemonitorering til "
                + "borgere med hjertesvigt (TeleHjerte)",
            status: lines(
                "Telehjerte er i udviklingsfasen.",
                "Efter høringsproces indstilles det sundhedsfaglige grundlag til godkendelse i "
                    + "Sundhedsstyregruppen. Herefter følger udarbejdelse af businesscase, "
                    + "budgetvejledning, implementeringsplan samt konfiguration af den telemedicinske "
                    + "løsning/Telma.",
            ),
            forslag: "Indstilling: Udvikling og implementering af TeleHjerte fortsætter i overensstemmelse med "
                + "økonomiaftalerne."),
        Row("prioriteringer-2025-ift-udmoentning-af-sundhedsaftalen",
            .ikkeIgangsat, seedLines: [40],
            tid: "Primo 2025",
            indsats: "Prioriteringer 2025 ift. udmøntning af sundhedsaftalen",
            status: "Ikke iværksat – afhænger af beslutning om arbejdet i 2025 Sundhedssamarbejdsudvalget "
                + "udarbejder årlige arbejdsplaner for udmøntningen af sundhedsaftalen. SSG skal drøfte, "
                + "hvad de vil anbefale Sundhedssamarbejdsudvalget, at der arbejdes videre med, og hvad der "
                + "som følge af reformen ikke giver mening at igangsætte",
            forslag: "Anbefaling til SSU: sættes ikke i gang"),
        Row("fortsat-droeftelse-af-indsatser-maalrettet-borgere-med-kronisk-sygdom",
            .ikkeIgangsat, seedLines: [41],
            tid: "2025",
            indsats: "Fortsat drøftelse ift. indsatser målrettet borgere med kronisk sygdom",
            status: "Besluttet på mødet i Sundhedsstyregruppen i maj 2024, at afvente sundhedsreformen",
            forslag: "Til beslutning i SSG: Indstilling til SSU: Udviklingsarbejde igangsættes ikke. Afventer "
                + "nationalt arbejde ift. de nye kronikerpakker"),
        Row("igangsaetning-af-proevehandlinger-for-borgere-med-kronisk-sygdom",
            .ikkeIgangsat, seedLines: [42],
            tid: "2025",
            indsats: "Igangsætning af prøvehandlinger – vedr. initiativer til mulige prioriteringer ift. "
                + "borgere med kronisk sygdom",
            status: "SSU besluttede på mødet 25/10-24 at igangsætte et arbejde med prøvehandlinger (som "
                + "udspring af PLO-M oplæg til fire indsatser). Det drejer sig i første omgang "
                + "tværsektorielt om: Tværfaglige opstartsmøder og revitalisering af opfølgende hjemmebesøg",
            forslag: "SSG mødet 3. februar 25: Drøfte bestillingen fra SSU"),
        Row("tvaersektoriel-handleplan-paa-akutomraadet",
            .ikkeIgangsat, seedLines: [43],
            tid: "2025",
            indsats: "Tværsektoriel handleplan på akutområdet",
            status: lines(
                "SSG og SSU godkendte i hhv. jan og feb. 2023 at igangsætte arbejde vedr. fornyelse af en "
                    + "tværsektoriel handleplan på akutområdet.",
                "Arbejdet blev inddelt i et dataspor og udviklingsspor. SSG og SSU er blevet præsenteret for "
                    + "to dele i datasporet. SSG har anbefalet SSU, at arbejdsgruppen foretager yderligere "
                    + "analyser i datasporet.",
                "SSU 1/12 2023: Fra kommunal side var der ikke opbakning til videre arbejde på akutområdet på "
                    + "daværende tidspunkt, før resultatet af sundhedsstrukturkommissionens arbejde kendes.",
            ),
            forslag: "Til beslutning i SSG: Indstilling til SSU: Udviklingsarbejde genoptages ikke."),
        Row("revision-af-samarbejdsaftalen-for-mennesker-med-demens",
            .ikkeIgangsat, seedLines: [44, 46],
            tid: "2025",
            indsats: "Revision af Samarbejdsaftalen for mennesker med demens",
            status: "Pt. afventes national analyse, som skal danne grundlag for revideret samarbejdsaftale. "
                + "Det nationale arbejde ventes færdigt ultimo 2024, hvorfor en revision først kan ske i "
                + "2025. Nationalt forventes opdaterede anbefalinger i maj 2025. Når de nationale "
                + "anbefalinger kendes udarbejdes et kommissorium for en arbejdsgruppe mhp. revision af den "
                + "nuværende samarbejdsaftale.",
            forslag: "Til beslutning i SSG: Indstilling til SSU: Revision igangsættes når de nationale "
                + "anbefalinger kendes"),
        Row("tvaersektorielt-samarbejde-med-tidstro-journaldata-projekt-axon",
            .ikkeIgangsat, seedLines: [47],
            tid: "2025",
            indsats: "Tværsektorielt samarbejde med tidstro journaldata. Afdækning af mulighed for udvidelse "
                + "af projekt Axon (RH Gødstrup og Herning Kommune)",
            status: nil,
            forslag: "Til beslutning i SSG 3. februar: Stillingtagen til udrulning"),
    ]

    /// Every cell of every row, row by row in the seed's order.
    public static let cells: [Cell] = rows.flatMap { row in
        Column.allCases.map { Cell(id: row.id, column: $0, seedLines: row.seedLines, text: row.text($0)) }
    }

    /// Where a line of a cell differs from the seed's text, what the seed prints instead, and why. Only
    /// plain misspellings are mended (the files keep the Danish as it should be, as the seed 000 cells
    /// keep "cerebral"); the seed's wording otherwise stands as printed, its split compounds ("november
    /// mødet", "SSG mødet"), "Der skal nedsætte", "ligeledes besluttet" and "hjemmelgrundlaget" included.
    /// The Tid "1. halvår 2025" keeps its space: it is the period the file's `tid` is read as.
    public static let seedReadsOtherwise: [String: (pieces: [String], why: String)] = [
        "Regionsrådet har på møde i marts 2024 godkendt, at den midlertidige aftale forlænges ind i 2025 - "
            + "og at der arbejdes for en model, hvor kommunerne også fremadrettet kan varetage opgaverne.": (
            ["Regionrådet har på møde i marts 2024 godkendt, at den midlertidige aftale forlænges ind i "
             + "2025 - og at der arbejdes for en model, hvor kommunerne også fremadrettet kan varetage "
             + "opgaverne."],
            "the seed misspells Regionsrådet"),
        "Prøvehandlingen er pauseret. I mellemtiden er der kommet Kvalitetsstandarden for de kommunale "
            + "akutfunktioner, som muliggør, at den præhospitale læge kan kontakte den kommunale "
            + "akutfunktion, hvilket ikke var muligt da arbejdsgruppen blev nedsat.": (
            ["Prøvehandlingen er pauseret. I mellemtiden er der kommet Kvalitetstanarden for de kommunale "
             + "akutfunktioner, som muliggør, at den præhospitale læge kan kontakte den kommunale "
             + "akutfunktion, hvilket ikke var muligt da arbejdsgruppen blev nedsat."],
            "the seed misspells Kvalitetsstandarden"),
        "Behandles på Sundhedsstyregruppen 3/2-25. Sundhedsstyregruppen får en status på løsningen primo "
            + "2025, hvor finansiering af driften fremadrettet ligeledes besluttet.": (
            ["Behandles på Sundhedsstyregruppen 3/2-25. Sundhedsstyregruppen får en status på løsningsen "
             + "primo 2025, hvor finansiering af driften fremadrettet ligeledes besluttet."],
            "the seed misspells løsningen"),
        "1. halvår 2025": (
            ["1.halvår 2025"],
            "the seed leaves out the space after the ordinal's full stop"),
        "Indsats fra økonomiaftalerne: Opstart af den telemedicinske hjemmemonitorering til borgere med "
            + "hjertesvigt (TeleHjerte)": (
            ["Indsats fra økonomaftalerne: Opstart af den telemedicinske hjemmemonitorering til borgere med "
             + "hjertesvigt (TeleHjerte)"],
            "the seed misspells økonomiaftalerne"),
        "Indstilling: Udvikling og implementering af TeleHjerte fortsætter i overensstemmelse med "
            + "økonomiaftalerne.": (
            ["Indstilling: Udvikling og implementering af TeleHjerte fortsætter i overensstemmelse med "
             + "økonomaftalerne."],
            "the seed misspells økonomiaftalerne"),
        "Tværsektoriel handleplan på akutområdet": (
            ["Tværasektoriel handleplan på akutområdet"],
            "the seed misspells tværsektoriel"),
        "SSG og SSU godkendte i hhv. jan og feb. 2023 at igangsætte arbejde vedr. fornyelse af en "
            + "tværsektoriel handleplan på akutområdet.": (
            ["SSG og SSU godkendte i hhv. jan og feb. 2023 at igangsætte arbejde vedr. fornyelse af en "
             + "tværasektoriel handleplan på akutområdet."],
            "the seed misspells tværsektoriel"),
        "Tværsektorielt samarbejde med tidstro journaldata. Afdækning af mulighed for udvidelse af projekt "
            + "Axon (RH Gødstrup og Herning Kommune)": (
            ["Tværasektorielt samarbejde med tidstro journaldata. Afdækning af mulighed for udvidelse af "
             + "projekt Axon (RH Gødstrup og Herning Kommune)"],
            "the seed misspells tværsektorielt"),
    ]
}
