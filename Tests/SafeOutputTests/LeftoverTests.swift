import Foundation
import SafeOutput
import Testing

/// The sweeper: what killed runs leave is removed once their process is gone, never before.
@Suite struct LeftoverTests {
    @Test func temporariesAndScratchOfDeadProcessesAreRemovedOthersKept() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let dead = try deadProcessID()
        let target = folder.file("plan.xlsx")
        let stale = [".plan.xlsx.tmp-\(dead)-12345", ".plan.xlsx.tmp-\(dead)-6A1B.Xy12Zq", "\(ScratchFolder.prefix)\(dead)-0A1B2C3D",
                     "\(ScratchFolder.prefix)\(dead)-probe-77"]
        let kept = [".plan.xlsx.tmp-\(getpid())-777", "\(ScratchFolder.prefix)\(getpid())-888", ".plan.xlsx.tmp-noget",
                    ".andet.xlsx.tmp-\(dead)-1", "plan.xlsx"]
        for name in stale + kept { try Data("halv".utf8).write(to: folder.file(name)) }
        try FileManager.default.removeItem(at: folder.file(stale[2]))
        try FileManager.default.createDirectory(at: folder.file(stale[2]), withIntermediateDirectories: false)
        try Data("tmp".utf8).write(to: folder.file(stale[2]).appending(path: "tmp.AbCdEfGhIj"))
        let removed = AtomicFile.removeStaleTemporaries(for: target)
        #expect(removed.sorted() == stale.sorted())
        #expect(folder.names() == kept.sorted())
    }

    @Test func aNewScratchFolderRemovesStaleOnesInItsParent() throws {
        let parent = try Folder()
        defer { parent.remove() }
        let dead = "\(ScratchFolder.prefix)\(try deadProcessID())-0A1B2C3D"
        let alive = "\(ScratchFolder.prefix)\(getpid())-777"
        let other = "aftaler-notes"
        for name in [dead, alive, other] {
            try FileManager.default.createDirectory(at: parent.file(name), withIntermediateDirectories: false)
            try Data("halv".utf8).write(to: parent.file(name).appending(path: "arbejdsplan.xlsx"))
        }
        let scratch = try ScratchFolder(in: parent.url)
        #expect(scratch.url.lastPathComponent.hasPrefix("\(ScratchFolder.prefix)\(getpid())-"))
        #expect(parent.names() == [alive, other, scratch.url.lastPathComponent].sorted())
        scratch.remove()
        #expect(parent.names() == [alive, other].sorted())
    }

    @Test func aScratchFolderInAMissingParentCarriesErrno() throws {
        let parent = try Folder()
        defer { parent.remove() }
        do {
            _ = try ScratchFolder(in: parent.file("mangler"))
            Issue.record("a scratch folder was made in a folder that does not exist")
        } catch {
            #expect(error.errno == ENOENT)
            #expect(error.operation == .create)
        }
    }
}
