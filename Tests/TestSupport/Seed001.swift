/// Seed 001 (`../shared/seeds/001_5e124f45b89f160e.txt`), the Slutstatus of Sundhedsaftalen 2019-2023, as
/// taken from the seed by hand: its four area headings and 27 agreement titles, in its order (the start
/// of each title: the seed breaks long titles over lines).
public enum Seed001 {
    /// The seed's text file, relative to the repository.
    public static let path = "../shared/seeds/001_5e124f45b89f160e.txt"

    /// The area headings, each with the area id it stands for and the starts of its titles.
    public static let areas: [(area: String, id: String, titles: [String])] = [
        ("Fælles investering i forebyggelse", "forebyggelse", ["Samarbejdsaftale om rygestop",
            "Hensigtserklæring om øget fokus på rygestop i almen", "Partnerskab om tobaksfrie ungdomsuddannelser",
            "Intentionspapir om fælles indsats vedr. overvægt"]),
        ("Sammen om ældre borgere", "ældre", ["Samarbejdsaftale om sundhedsvisitationer for somatik og psykiatri",
            "Samarbejdsaftale om kommunale akutfunktioner", "Fælles vaccinationskampagne",
            "Styrkelse af samarbejdet mellem Præhospitalet", "Tværsektoriel handleplan på akutområdet",
            "Revidering af samarbejdsaftale om opfølgende"]),
        ("Den nære psykiatri", "psykiatri", ["Alliancen om den nære psykiatri", "Rammeaftale om udgående ambulante",
            "Arbejdsgruppe vedrørende faglig udvikling af den fælles indsats for mennesker",
            "Forebyggelse og behandling af selvskade", "Fælles forpligtende forløb og handleplan",
            "Overblik over virkningsfulde indsatser/tilbud til børn og unge i psykisk mistrivsel samt",
            "Samarbejdsaftale om børn og unge i"]),
        ("Øvrige aftaler", "øvrige", ["Samarbejdsaftale om stomi", "Samarbejdsaftale om kræftrehabilitering",
            "Samarbejdsaftale om IV-behandling i nærområdet", "Udbredelse af medicinposen",
            "Samarbejdsaftale om den gode indlæggelse og udskrivelse", "Samarbejdsaftale om palliative indsatser",
            "Samarbejdsaftale om voksne med erhvervet", "Samarbejdsaftale om gevinsthåndtering ved fælles",
            "Rammeaftale om korrespondancebreve", "Samarbejdsaftale om styrket indsats vedrørende"]),
    ]
}
