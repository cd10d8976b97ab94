#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension TemplateLibrary {
    /// A copy of the library with more blocks, read from bytes held in memory (name `NAME.md`, the
    /// path shown in diagnostics, the bytes), as if they were files in `Templates/blocks/`. A block
    /// of the same name replaces the library's own. Used by the fuzzer and by tests.
    public func adding(blocks sources: [Portfolio.Source], diagnostics: inout [Diagnostic]) -> TemplateLibrary {
        var blocks = self.blocks
        for source in sources where source.name.hasSuffix(".md") {
            let name = String(source.name.dropLast(3))
            guard Block.isValidName(name, path: source.path, diagnostics: &diagnostics),
                  let block = Block.parse(source.bytes, name: name, path: source.path, diagnostics: &diagnostics)
            else { continue }
            blocks[name] = block
        }
        return TemplateLibrary(vocabulary: vocabulary, kinds: kinds, kindOrder: kindOrder, blocks: blocks,
                               layouts: layouts, workplanIDs: workplanIDs, budgetIDs: budgetIDs, folder: folder)
    }
}
