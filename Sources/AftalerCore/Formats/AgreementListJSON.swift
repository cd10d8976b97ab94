/// `aftale list --format json`: one object per agreement with its id, title, area id and status.
public enum AgreementListJSON {
    public static func json(_ agreements: [Agreement]) -> String {
        JSONText.document(.array(agreements.map { agreement in
            .object([("id", .string(agreement.id)), ("indsatsområde", .string(agreement.area.id)),
                     ("status", .string(agreement.status.rawValue)), ("titel", .string(agreement.title))])
        }))
    }
}
