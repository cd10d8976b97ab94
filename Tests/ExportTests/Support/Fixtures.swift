import Foundation
import TestSupport

extension Repository {
    /// The export tests' own fixtures (the seed tables taken by hand).
    static let fixtures = root.appending(path: "Tests/ExportTests/Fixtures")
}
