/// The sign-off fixture of the export and CLI tests: a samarbejdsaftale approved by the SSU on
/// 29 September 2023 and sent to the parties on 2 October 2023; the region (25 October) and PLO
/// (30 November) approved, and every municipality but those `waiting` on a day in November.
public enum SignoffFixture {
    /// The file's text, with `municipalities` (the 19 ids in the vocabulary's order).
    public static func text(municipalities: [String], waiting: Set<String> = ["lemvig-kommune", "samsoe-kommune"]) -> String {
        var lines = ["partsgodkendelse:", "  sendt: 2023-10-02", "  parter:",
                     "    - part: region-midtjylland", "      organ: regionsrådet", "      dato: 2023-10-25",
                     "      udfald: godkendt",
                     "    - part: plo-midtjylland", "      organ: plo-midtjylland", "      dato: 2023-11-30",
                     "      udfald: godkendt"]
        for (index, id) in municipalities.enumerated() where !waiting.contains(id) {
            let day = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
            lines += ["    - part: \(id)", "      organ: byrådene", "      dato: 2023-11-\(day)", "      udfald: godkendt"]
        }
        return """
            ---
            type: samarbejdsaftale
            titel: Samarbejdsaftale om prøve
            indsatsområde: forebyggelse
            status: under implementering
            parter: [region-midtjylland, kommunerne, plo-midtjylland]
            beslutninger:
              - organ: ssu
                dato: 2023-09-29
                udfald: godkendt
            \(lines.joined(separator: "\n"))
            ---
            ## Hvad

            Tekst.

            ## Betydning for borgerne

            Tekst.

            ## Status

            Tekst.

            """
    }
}
