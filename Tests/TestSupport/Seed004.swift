/// Seed 004 (`../shared/seeds/004_43c712f74d1774a7.txt`), the draft kommissorium of the working group
/// for a new handleplan på akutområdet, as taken from the seed by hand: the eleven rows of its table
/// "Proces og tidsplan, herunder godkendelsesproces", each time as the seed writes it and its text
/// with the seed's line breaks joined (and its spelling kept: "forbyggelige").
public enum Seed004 {
    /// The seed's text file, relative to the repository.
    public static let path = "../shared/seeds/004_43c712f74d1774a7.txt"

    /// The id of the agreement that carries the kommissorium.
    public static let agreementID = "kommissorium-arbejdsgruppe-for-fornyelse-af-handleplan-paa-akutomraadet"

    /// The timetable's rows, in the seed's order: time, text.
    public static let milestones: [(time: String, text: String)] = [
        ("Ultimo januar 2023", "Medlemmer til arbejdsgruppe for tværsektoriel handleplan på akutområdet udpeges mhp. møder i marts."),
        ("7. februar 2023", "Sundhedssamarbejdsudvalget præsenteres for forslag til videre proces for fornyelse af handleplanen "
            + "(til godkendelse)."),
        ("Februar 2023", "Datamedarbejdere fra Sundhedsplanlægning og sekretariatsmedarbejdere fra Sundhedsaftalesekretariatet "
            + "identificerer og samler eksisterende data f.eks. data fra Sundhedsdatastyrelsen om fælles patienter, regionale "
            + "data om akutte indlæggelser/genindlæggelser, forbyggelige indlæggelser, relevante kommunale data og evt. "
            + "eksisterende data fra Tværspor (dataspor)."),
        ("Marts 2023", "Arbejdsgruppen drøfter med afsæt i tilgængelige data, hvor der kan være potentiale for indsatser i en "
            + "tværsektoriel handleplan på akutområdet (1-2 møder) (dataspor)."),
        ("21. april 2023", "Sundhedsstyregruppen: temadrøftelse om akutområdet. Præsentation af dataspor ved arbejdsgruppens "
            + "formandskab og drøftelse af det strategiske arbejde med akutområdet, herunder hvad ambitionsniveauet for en "
            + "tværsektoriel handleplan på akutområdet skal være."),
        ("8. maj 2023", "Sundhedssamarbejdsudvalget: præsentation af dataspor og oplæg om akutområdet (vidensopbygning) samt "
            + "administrativt bud på potentialer mhp., at Sundhedssamarbejdsudvalget sætter ambitionsniveau og evt. retning "
            + "for en handleplan."),
        ("Maj-august 2023", "Arbejdsgruppe arbejder på at konkretisere handleplan (udviklingsspor)."),
        ("15. september 2023", "Sundhedsstyregruppen: godkende handleplan og evt. kommissorier for videre arbejde. Desuden "
            + "godkende arbejdet med kvalitetspakke på akutområdet."),
        ("29. september 2023", "Sundhedssamarbejdsudvalget: Godkende handleplan og evt. kommissorier for videre arbejde. "
            + "Desuden godkende arbejdet med kvalitetspakke på akutområdet."),
        ("13. november 2023", "Sundhedsstyregruppen: Orientering om arbejde igangsat på baggrund af ny handleplan på akutområdet."),
        ("1. december 2023", "Sundhedssamarbejdsudvalget: Orientering om arbejde igangsat på baggrund af ny handleplan på "
            + "akutområdet."),
    ]
}
