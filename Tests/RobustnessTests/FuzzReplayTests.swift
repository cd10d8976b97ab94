import Foundation
import Testing

/// The fuzz harness (`AftalerFuzz`, built without libFuzzer it replays inputs) runs every seed,
/// every earlier finding and every shipped agreement: none may crash or break an invariant
/// (every diagnostic inside its file, no input without agreement and without an error).
@Suite struct FuzzReplayTests {
    @Test func seedsFindingsAndAgreementsReplayCleanly() throws {
        let corpus = Workspace.root.appending(path: "Tests/RobustnessTests/FuzzCorpus")
        let folders = [corpus.appending(path: "seeds"), corpus.appending(path: "regressions"),
                       Workspace.root.appending(path: "Agreements")]
        let outcome = try Child.run(Workspace.program("AftalerFuzz"), folders.map(\.path), in: Workspace.root,
                                    environment: ["AFTALER_TEMPLATES": "Templates"], timeout: 300)
        #expect(outcome.status == 0, "\(outcome)")
        let count = try #require(outcome.stdout.split(separator: " ").dropFirst().first.flatMap { Int($0) })
        let files = folders.map { Workspace.names(in: $0).count }.reduce(0, +)
        #expect(count == files && count > 130, "\(outcome.stdout)")
    }
}
