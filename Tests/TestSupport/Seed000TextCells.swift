/// Seed 000's cells that hold no list (see `Seed000.listCells` for those), as taken from the seed by
/// hand: the Målsætning, Indsatser, Status and Bestillinger of every row of `ssg-2023`, in the seed's
/// order, each in the seed's own words with the PDF's line breaks and hyphenation joined, or `nil`
/// where the seed's cell is empty (nothing, or the "-" it prints for an empty Bestillinger).
///
/// A cell whose seed text is two statements printed as separate paragraphs keeps them as two lines
/// (as the list cells keep "Udarbejdet:"); joined with a space, the first often without a full stop,
/// they would read as one sentence the seed does not write. The seed prints a Målsætning once
/// for the rows it spans; the files repeat it on each row, as they repeat the akut handleplan's
/// lead-in. Where the seed's text could belong to either of two columns, the file keeps the column it
/// had and the cell says so in `note`.
extension Seed000 {
    /// One cell without a list: the agreement whose `ssg-2023` row holds it, the column, the seed's
    /// lines it is taken from (`nil` where the seed prints nothing), and its text.
    public struct TextCell: Sendable, CustomStringConvertible {
        public let id: String
        public let column: Column
        public let seedLines: ClosedRange<Int>?
        public let text: String?
        public let note: String?

        public var description: String {
            "\(id) \(column)" + (seedLines.map { " (seed lines \($0.lowerBound)-\($0.upperBound))" } ?? "")
        }
    }

    /// A cell of a row, before the row's id is known.
    struct Part {
        let column: Column
        let seedLines: ClosedRange<Int>?
        let text: String?
        let note: String?

        init(_ column: Column, _ seedLines: ClosedRange<Int>?, _ text: String?, note: String? = nil) {
            (self.column, self.seedLines, self.text, self.note) = (column, seedLines, text, note)
        }

        init(_ column: Column, _ seedLines: ClosedRange<Int>?, lines: [String], note: String? = nil) {
            self.init(column, seedLines, lines.joined(separator: "\n"), note: note)
        }
    }

    static func row(_ id: String, _ parts: Part...) -> [TextCell] {
        parts.map { TextCell(id: id, column: $0.column, seedLines: $0.seedLines, text: $0.text, note: $0.note) }
    }

    static let ældre = "Vi vil styrke samarbejdet om akut syge ældre og nedbringe antallet af akutte indlæggelser blandt ældre"
    static let mental = "Vi vil forbedre den mentale sundhed og mindske mistrivsel hos børn og unge i Midtjylland"
    static let voksne = "Vi vil forbedre sundheden og sikre bedre sammenhængende forløb for voksne med svær psykisk sygdom"
    static let velfærd = "Velfærdsteknologi, digitalisering og datadeling på tværs (Sundhedssamarbejdsudvalgets forslag til "
        + "indsatsområde i næste sundhedsaftale)"

    /// Every cell of the seed's table that holds no list, row by row in the seed's order.
    public static let textCells: [TextCell] = [
        row("intentionspapir-om-faelles-indsats-vedr-overvaegt",
            Part(.målsætning, 16...22,
                "Vi vil reducere andelen af børn og unge med overvægt og svær overvægt i Midtjylland i løbet "
                    + "af de næste 5-10 år"),
            Part(.bestillinger, 88...94,
                "Arbejdsgruppen arbejder videre ind i 2024 med at udvikle fælles indikatorer og "
                    + "evalueringsskemaer, samarbejde om sund vægtudvikling og kommunikation.")),
        row("tidlig-indsats-mod-truende-karsygdom",
            Part(.målsætning, 107...109, "Forebyggelse af forværring af kronisk sygdom/multisygdom"),
            Part(.indsatser, 115...121,
                "Først med fokus på tidlig indsats mod truende karsygdom, herunder forebyggelse af "
                    + "benamputationer",
                note: "the seed prints it under the Målsætning \"Forebyggelse af forværring af kronisk "
                    + "sygdom/multisygdom\", where it could be part of that cell; kept as Indsatser, where the "
                    + "file has it"),
            Part(.bestillinger, 173...175,
                "Arbejdsgruppen arbejder videre ind i 2024 med spor 2 vedr. forebyggelsestiltag.")),
        row("henvendelse-til-sundhedsministeren-om-roegfri-nikotinprodukter",
            Part(.målsætning, 95...105,
                "Sundhedssamarbejdsudvalget ønsker fortsat at følge udviklingen vedr. børn og unges brug af "
                    + "røgfri nikotinprodukter for at sikre, at den bevæger sig i ønsket retning samt høre om "
                    + "eksempler på indsatser, der måtte vise god effekt.",
                note: "the seed prints it after the overvægt row's Bestillinger, where it could be a "
                    + "Bestillinger text as well; kept as this row's Målsætning, where the file has it"),
            Part(.indsatser, 176...182,
                "Henvendelse fra Sundhedssamarbejdsudvalget til sundhedsministeren ift. røgfri "
                    + "nikotinprodukter"),
            Part(.status, 184...184, "Godkendt i SSU 2/3-23"),
            Part(.bestillinger, 184...184, nil)),
        row("tvaersektoriel-handleplan-paa-akutomraadet",
            Part(.målsætning, 192...200, ældre),
            Part(.bestillinger, nil, nil)),
        row("72-timers-behandlingsansvar",
            Part(.målsætning, 192...200, ældre)),
        row("revidering-af-samarbejdsaftale-om-opfoelgende-hjemmebesoeg",
            Part(.målsætning, 192...200, ældre),
            Part(.bestillinger, nil, nil)),
        row("samarbejdsaftale-om-kommunale-akutfunktioner",
            Part(.målsætning, 192...200, ældre),
            Part(.indsatser, 329...331, "Samarbejdsaftale om kommunale akutfunktioner"),
            Part(.status, 333...335, "Implementeret og overgået til at være del af OK-almen praksis"),
            Part(.bestillinger, 337...339, "Justeres/kobles ifm. kommende kvalitetspakker")),
        row("styrkelse-af-samarbejdet-mellem-praehospitalet-og-de-kommunale-akutfunktioner",
            Part(.målsætning, 192...200, ældre),
            Part(.indsatser, 343...347,
                "Styrkelse af samarbejdet mellem Præhospitalet og de kommunale akutfunktioner"),
            Part(.status, 349...349, "Arbejdet er pauseret"),
            Part(.bestillinger, nil, nil)),
        row("initiativer-i-10-aarsplanen-for-psykiatrien",
            Part(.målsætning, nil, nil),
            Part(.status, 366...366, "Afventer nationale udmeldinger"),
            Part(.bestillinger, nil, nil)),
        row("samarbejdsaftale-om-boern-og-unge-i-psykisk-mistrivsel",
            Part(.målsætning, 372...378, mental),
            Part(.indsatser, 380...382, "Samarbejdsaftale om børn og unge i psykisk mistrivsel"),
            Part(.status, 384...386, "Godkendt i SSU og i kommuner, region og PLO-M. Implementeringsopstart 1/5-23"),
            Part(.bestillinger, 388...388, "Under implementering i klyngerne")),
        row("faelles-forpligtende-forloeb-og-handleplan",
            Part(.målsætning, 372...378, mental),
            Part(.indsatser, 390...390, "Fælles forpligtende forløb og handleplan"),
            Part(.status, 390...392,
                "Afsluttet: Evaluering af afprøvning i Syddjurs Kommune – på SSG 21/4 og SSU 8/5"),
            Part(.bestillinger, nil, nil)),
        row("overblik-over-virkningsfulde-indsatser-til-boern-og-unge-i-psykisk-mistrivsel",
            Part(.målsætning, 372...378, mental),
            Part(.indsatser, 397...401,
                "Overblik over virkningsfulde indsatser/tilbud til børn og unge i psykisk mistrivsel samt "
                    + "forebyggelsesindsatser"),
            Part(.status, 403...406,
                "Inspirationskatalog over virkningsfulde indsatser/tilbud til børn og unge i psykisk "
                    + "mistrivsel godkendt i SSU og sendt til klyngerne til inspiration"),
            Part(.bestillinger, nil, nil)),
        row("forebyggelse-og-behandling-af-selvskade",
            Part(.målsætning, 372...378, mental),
            Part(.indsatser, 411...411, "Forebyggelse og behandling af selvskade"),
            Part(.status, 415...416, "Under udvikling i tre sundhedsklynger (Horsens, Vest og Aarhus)"),
            Part(.bestillinger, 419...421, "Forventet status på arbejdet primo 2024")),
        row("anbefalinger-til-faelles-indsatser-for-mental-sundhed-hos-boern-og-unge",
            Part(.målsætning, 372...378, mental),
            Part(.status, 432...436, lines: [
                "Anbefaling 1-3 godkendt i SSU 29/9 – anbefaling 2 og 3 videreformidles til klyngerne.",
                "Der arbejdes videre med anbefaling 4",
            ]),
            Part(.bestillinger, 439...443,
                "SSG nedsætter en arbejdsgruppe til at udarbejde samarbejdsaftalen om børn og unge i "
                    + "risikogrupper")),
        row("samarbejdsaftale-om-den-gode-indlaeggelse-og-udskrivelse",
            Part(.målsætning, 455...463, voksne),
            Part(.indsatser, 465...467, "Samarbejdsaftale om den gode indlæggelse og udskrivelse psykiatri"),
            Part(.status, 469...475, lines: [
                "Arbejdsgruppe udarbejdet udkast – sendt til kommentering i kommuner, region og PLO-M",
                "Arbejdsgruppen indstiller samarbejdsaftale til godkendelse i SSG 8/11 og SSU 1/12",
            ],
                note: "the second line could be the Bestillinger cell as well; kept in Status, where the file "
                    + "has it"),
            Part(.bestillinger, 477...481,
                "Godkendelse og implementering af Samarbejdsaftale om den gode indlæggelse og udskrivelse "
                    + "psykiatri")),
        row("rammeaftale-om-korrespondancebreve",
            Part(.målsætning, 455...463, voksne),
            Part(.indsatser, 483...487,
                "Bedre kommunikation mellem sektorer (Rammeaftale om korrespondancemeddelelser)"),
            Part(.status, 489...491, "Aftale godkendt i SSG og sendt til implementering i klyngerne i 2023"),
            Part(.bestillinger, nil, nil)),
        row("rammeaftale-om-udgaaende-ambulante-teams",
            Part(.målsætning, 455...463, voksne),
            Part(.indsatser, 495...505,
                "Undersøge mulighed for revision af Rammepapir om udgående ambulante teams i psykiatrien, "
                    + "herunder om den skal udvides til også at omfatte samarbejde med bostedsteams og "
                    + "selvskadeteams",
                note: "the seed prints it after the korrespondance row, where it could be that row's "
                    + "Bestillinger; kept as its own row's Indsatser, where the file has it"),
            Part(.status, 507...507, "Arbejdet er endnu ikke igangsat"),
            Part(.bestillinger, nil, nil)),
        row("velfaerdsteknologi-digitalisering-og-datadeling-forberedende-arbejde",
            Part(.målsætning, 512...522, velfærd),
            Part(.indsatser, 524...525, "Arbejdsspor: Forberedende arbejde frem mod næste sundhedsaftale"),
            Part(.bestillinger, 560...564,
                "'Velfærdsteknologi, digitalisering og datadeling – med fokus på hjemmemonitorering, digitale "
                    + "konsultationer og platforme samt datadeling' er et selvstændigt indsatsområde i "
                    + "Sundhedsaftalen 2024-2027")),
        row("webloesning-de-naere-behandlingstilbud",
            Part(.målsætning, 512...522, velfærd,
                note: "the seed prints the Målsætning once for the two rows of the arbejdsspor; the file "
                    + "repeats it, as it repeats the other merged cells"),
            Part(.indsatser, 566...568, "Webløsning 'De Nære Behandlingstilbud'",
                note: "the seed has no Indsatser text of its own for this row, which stands under the "
                    + "arbejdsspor; the file names the row with its status bullet's words"),
            Part(.bestillinger, 576...576, nil)),
        row("proevehandling-for-udlevering-af-ortoser-til-boern-og-unge-med-cerebral-parese",
            Part(.målsætning, nil, nil),
            Part(.indsatser, 578...579,
                "Prøvehandling for udlevering af ortoser til børn og unge med cerebral parese"),
            Part(.status, 581...587, lines: [
                "Godkendt i SSU 8/5 at prøvehandling igangsættes",
                "Prøvehandling igangsat 15/9-23",
            ],
                note: "the second line could be the Bestillinger cell as well; kept in Status, where the file "
                    + "has it"),
            Part(.bestillinger, 589...589, "Evaluering af prøvehandlingen ultimo 2024")),
        row("genoptraeningsplaner-fra-kaebekirurgisk-afdeling-aarhus-universitetshospital",
            Part(.målsætning, nil, nil),
            Part(.indsatser, 590...593,
                "Kæbekirurgisk Afdeling på Aarhus Universitetshospital begynder at udarbejde "
                    + "genoptræningsplaner til patienter, som har et lægefagligt begrundet behov herfor"),
            Part(.status, 595...595, "Godkendt i SSG 21/4"),
            Part(.bestillinger, 595...595, nil)),
        row("regionsdaekkende-elementer-fra-projekt-livets-afslutning",
            Part(.målsætning, nil, nil),
            Part(.indsatser, 597...600,
                "Regionsdækkende elementer fra projekt Livets afslutning udbredes til klyngerne som supplement "
                    + "til arbejdet med implementering af Samarbejdsaftale om palliation"),
            Part(.status, 602...602, "Godkendt SSU 8/5"),
            Part(.bestillinger, 602...602, nil)),
        row("snitfladekatalog-hoereomraadet-boern",
            Part(.målsætning, nil, nil),
            Part(.indsatser, 604...604, "Snitfladekatalog høreområdet børn"),
            Part(.status, 604...604, "Godkendt SSG 15/9"),
            Part(.bestillinger, 604...604, nil)),
        row("samarbejdsaftale-om-varetagelse-af-service-og-justeringsopgaver-hoereomraadet",
            Part(.målsætning, nil, nil),
            Part(.indsatser, 606...608,
                "Igangsat afklaring af varetagelse af service- og justeringsopgaver på høreområdet for Region "
                    + "Midtjylland"),
            Part(.status, nil, nil),
            Part(.bestillinger, 610...610, "Forventes at strække sig ind i 2024",
                note: "the seed prints it at the row's right with no Status text, so it could be the Status "
                    + "cell as well; kept in Bestillinger, where the file has it")),
        row("afklaring-vedr-bevilling-af-kompressionsstroemper",
            Part(.målsætning, nil, nil),
            Part(.indsatser, 612...613, "Igangsat afklaring vedr. bevilling af kompressionsstrømper"),
            Part(.bestillinger, nil, nil)),
        row("faelles-model-for-patientinddragelse-i-de-politiske-klynger",
            Part(.målsætning, nil, nil),
            Part(.indsatser, 627...628, "Fælles model for patientinddragelse i de politiske klynger"),
            Part(.bestillinger, 634...634, nil)),
    ].flatMap { $0 }
}
