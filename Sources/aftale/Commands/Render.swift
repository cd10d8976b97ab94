import AftalerCore
import ArgumentParser

/// `aftale render ID`: one agreement with its blocks expanded, as text or Markdown, on stdout.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one agreement with blocks expanded, Danish labels and dates.")

    @Argument(help: "The agreement id (its file name without .md).")
    var id: String

    @Option(help: "Output format: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: RenderFormat = .text

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let portfolio = try workspace.loadValid()
        guard let agreement = portfolio.agreement(id) else {
            let hint = Suggestion.hint(for: id, in: portfolio.agreements.map(\.id)) ?? "run 'aftale list' to see the ids"
            throw ValidationError("no agreement with id '\(id)' (\(hint))")
        }
        Console.output(AgreementRenderer.render(agreement, as: format))
    }
}

extension RenderFormat: ExpressibleByArgument {}
