/// The ids and Danish phrases the generator draws from. Ids match the shipped
/// `Templates/vocabulary.yaml`, `Templates/kinds.yaml`, `Templates/blocks/` and layouts, so a
/// generated corpus validates without errors against the shipped templates (a test checks it).
/// Texts avoid `: ` and ` #` so that they can stand as plain YAML scalars, as in the real files.
enum Vocabulary {
    /// Document kinds with their label and how often they occur (the real mix: many agreements
    /// and initiatives, fewer commissions and catalogues).
    static let kinds: [((id: String, label: String), Int)] = [
        (("samarbejdsaftale", "Samarbejdsaftale"), 30), (("initiativ", "Initiativ"), 24),
        (("prøvehandling", "Prøvehandling"), 10), (("kommissorium", "Kommissorium"), 7),
        (("rammeaftale", "Rammeaftale"), 5), (("handleplan", "Handleplan"), 6),
        (("partnerskab", "Partnerskab"), 4), (("hensigtserklæring", "Hensigtserklæring"), 3),
        (("intentionspapir", "Intentionspapir"), 4), (("henvendelse", "Henvendelse"), 4),
        (("katalog", "Katalog"), 3),
    ]

    /// Kinds whose files need `parter`; `prøvehandling` also needs `evaluering`.
    static let kindsWithoutParties: Set<String> = ["initiativ", "henvendelse", "katalog"]

    /// Area ids in `vocabulary.yaml` order, with their labels (the workplan's group headings).
    static let areas: [(id: String, label: String)] = [
        ("forebyggelse", "Fælles investering i forebyggelse"), ("ældre", "Sammen om ældre borgere"),
        ("psykiatri", "Den nære psykiatri"), ("øvrige", "Øvrige aftaler og prioriteringer"),
        ("psykiatri-og-trivsel", "Psykiatri og trivsel"), ("kronisk-sygdom", "Borgere med kronisk sygdom"),
        ("digitalisering", "Velfærdsteknologi, digitalisering og datadeling"),
    ]

    static let regionalParties = ["region-midtjylland", "kommunerne", "plo-midtjylland"]
    static let otherParties = [
        "aarhus-kommune", "herning-kommune", "horsens-kommune", "norddjurs-kommune", "silkeborg-kommune",
        "skive-kommune", "syddjurs-kommune", "viborg-kommune", "hospitalsenhed-midt", "regionshospitalet-gødstrup",
        "aarhus-universitetshospital", "regionspsykiatrien", "præhospitalet", "sundhedsklyngerne", "midtklyngen",
        "ungdomsuddannelserne", "kræftens-bekæmpelse", "patientforeningerne",
    ]

    static let approvingBodies = ["ssu", "ssg", "regionsrådet", "byrådene", "plo-midtjylland",
                                  "klyngestyregruppen-midtklyngen", "direktørkredsen-midtklyngen"]
    static let otherBodies = ["formandskabet-ssg", "formandskabet-ssu", "sundhedskoordinationsudvalget", "kkr",
                              "psykiatriforum", "hospitalsudvalget", "patientinddragelsesudvalget"]
    static let otherOutcomes = ["drøftet", "taget til efterretning", "anbefalet", "udsat"]
    static let categories = ["politisk-ssu", "administrativ-ssg", "ikke-igangsat"]
    static let recipients = ["sundhedsrådene", "regionsrådet", "kommunerne", "almen-praksis", "ophører"]

    /// The lifecycle, with weights like the final status report (many implemented agreements).
    static let statuses: [(String, Int)] = [
        ("ikke igangsat", 6), ("under udarbejdelse", 12), ("i høring", 4), ("godkendt", 10),
        ("under implementering", 16), ("implementeret", 22), ("evalueret", 8), ("pauseret", 6),
        ("afsluttet", 10), ("udgået", 6),
    ]
    static let statusesNeedingApproval: Set<String> = ["godkendt", "under implementering", "implementeret", "evalueret"]

    /// Topics: the subject in indefinite form, and the citizens it concerns.
    static let topics: [(topic: String, group: String)] = [
        ("rygestop", "borgere, der ryger"), ("IV-behandling i nærområdet", "borgere i IV-behandling"),
        ("kræftrehabilitering", "borgere med kræft"), ("stomi", "borgere med stomi"),
        ("demens", "borgere med demens og deres pårørende"), ("KOL", "borgere med KOL"),
        ("type 2-diabetes", "borgere med type 2-diabetes"), ("hjertesvigt", "borgere med hjertesvigt"),
        ("børn og unge i psykisk mistrivsel", "børn og unge i psykisk mistrivsel"),
        ("ældre medicinske patienter", "ældre medicinske patienter"), ("overvægt hos børn", "børn og unge med overvægt"),
        ("alkoholbehandling", "borgere med alkoholproblemer"), ("palliation", "borgere i palliative forløb"),
        ("genoptræning efter udskrivning", "borgere, der skal genoptrænes"),
        ("erhvervet hjerneskade", "borgere med erhvervet hjerneskade"), ("fødsel og barsel", "gravide og nye familier"),
        ("åben dialog", "unge med psykoser"), ("øjensygdomme", "borgere med øjensygdomme"),
        ("ernæring hos ældre", "ældre borgere i risiko for underernæring"),
        ("akutfunktioner", "akut syge ældre"), ("medicinhåndtering", "borgere med mange former for medicin"),
        ("telemedicin", "borgere med kronisk sygdom"), ("hjemmedialyse", "borgere i dialyse"),
        ("sårbehandling", "borgere med kroniske sår"), ("udskrivning fra hospital", "borgere, der udskrives"),
        ("høretab hos børn", "børn med høretab"), ("dobbeltdiagnoser", "borgere med psykisk sygdom og misbrug"),
        ("selvmordsforebyggelse", "borgere i selvmordsrisiko"), ("mental sundhed", "unge på ungdomsuddannelserne"),
        ("tidstro journaldata", "borgere med forløb i flere sektorer"), ("kompressionsstrømper", "borgere med ødemer"),
        ("ortoser til børn", "børn og unge med cerebral parese"), ("sociale akutpladser", "borgere i akut krise"),
        ("Ældre Sagens frivillige", "ensomme ældre"), ("Øresundsmodellen", "borgere med lungesygdom"),
    ]

    static let places = ["", " i nærområdet", " i Midtklyngen", " i Vestklyngen", " i Horsensklyngen",
                         " i Randersklyngen", " i Aarhusklyngen", " i Nordklyngen", " på tværs af sektorer"]

    static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                         "oktober", "november", "december"]

    static let goals = [
        "Vi vil forbedre den mentale sundhed og mindske mistrivsel hos børn og unge i Midtjylland",
        "Vi vil reducere andelen af børn og unge med overvægt",
        "Vi vil styrke samarbejdet om akut syge ældre og nedbringe antallet af akutte indlæggelser blandt ældre",
        "Vi vil sikre sammenhængende forløb for borgere med kronisk sygdom",
        "Vi vil styrke den nære psykiatri, så flere får hjælp tidligt og tæt på hjemmet",
        "Vi vil bruge data og digitale løsninger til at skabe bedre forløb på tværs af sektorer",
        "Vi vil mindske social ulighed i sundhed",
    ]

    static let whatSentences = [
        "Aftalen fastlægger, hvem der gør hvad i overgangene mellem hospital, kommune og almen praksis.",
        "Den beskriver fælles kriterier for, hvilke borgere der er omfattet, og hvordan de visiteres.",
        "Parterne aftaler fælles arbejdsgange, kompetenceudvikling og en fælles opfølgning på data.",
        "Indsatsen bygger videre på erfaringerne fra en prøvehandling i en af klyngerne.",
        "En tværsektoriel arbejdsgruppe har udarbejdet forslaget på baggrund af en kortlægning af praksis.",
        "Aftalen samler de eksisterende lokale aftaler i én fælles model for hele regionen.",
        "Der er afsat midler til implementering, og klyngerne tilpasser modellen til lokale forhold.",
    ]

    static let statusSentences = [
        "Implementeringen er i gang i alle klynger, og erfaringerne samles op løbende.",
        "Arbejdsgruppen har afleveret sin anbefaling, som behandles på næste møde.",
        "Arbejdet er forsinket på grund af manglende ressourcer i de deltagende kommuner.",
        "Der følges op på aktiviteten med data fra de fælles indikatorer.",
        "Aftalen er drøftet i klyngestyregrupperne, som har bakket op om den videre proces.",
        "En evaluering viser, at de forventede fordele for borgerne i høj grad er indfriet.",
    ]

    static let entryStatuses = [
        "Godkendt i SSU og i kommuner, region og PLO-M. Implementeringsopstart efter sommerferien",
        "Arbejdsgruppen er nedsat og har holdt de første møder",
        "Under implementering i klyngerne",
        "Afventer de nationale udmeldinger, før arbejdet fortsætter",
        "Prøvehandling igangsat i to klynger med opfølgning efter et år",
        "Arbejdet er pauseret",
    ]

    static let orders = [
        "Under implementering i klyngerne", "Arbejdsgruppen arbejder videre ind i næste år",
        "Opfølgning på data i Sundhedsstyregruppen", "Evaluering af prøvehandlingen",
        "Ingen bestillinger ud over den løbende drift",
    ]

    static let proposals = [
        "SSG skal træffe beslutning om, hvorvidt indsatsen skal videreføres efter reformen.",
        "Formandskabet indstiller, at indsatsen overdrages til sundhedsrådene.",
        "Behandles på Sundhedsstyregruppens møde med henblik på endelig beslutning.",
        "Indstilling om at indsatsen afsluttes, og at erfaringerne samles i en kort rapport.",
    ]

    static let followUps = [
        "Første administrative opfølgning til Sundhedsstyregruppen", "Status til Sundhedssamarbejdsudvalget",
        "Opfølgning på data og aktivitet i klyngerne", "Evaluering af prøvehandlingen fremlægges",
        "Revision af aftalen på baggrund af erfaringerne",
    ]

    /// Steps of a kommissorium's timetable (seed 004's "Proces og tidsplan"), in the order they come.
    static let milestones = [
        "Medlemmer til arbejdsgruppen udpeges", "Sundhedsstyregruppen godkender processen",
        "Arbejdsgruppen samler eksisterende data", "Arbejdsgruppen drøfter data og potentialer",
        "Temadrøftelse og ambitionsniveau i Sundhedsstyregruppen", "Arbejdsgruppen konkretiserer anbefalingerne",
        "Sundhedssamarbejdsudvalget godkender anbefalingerne", "Orientering om det igangsatte arbejde",
    ]
}
