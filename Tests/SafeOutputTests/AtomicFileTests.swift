import Foundation
import SafeOutput
import Testing

/// The one atomic write: what it replaces, what it refuses, and the errno its errors carry.
@Suite struct AtomicFileTests {
    @Test func replacesARegularFileAndLeavesNothingElse() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let target = folder.file("plan.txt")
        try Data("gammel".utf8).write(to: target)
        try AtomicFile.write(Data("ny".utf8), to: target)
        #expect(try Data(contentsOf: target) == Data("ny".utf8))
        #expect(folder.names() == ["plan.txt"])
    }

    @Test func refusesANamedPipeAndLeavesIt() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let target = folder.file("pipe")
        #expect(mkfifo(target.path, 0o644) == 0)
        let error = outputError { try AtomicFile.write(Data("x".utf8), to: target) }
        #expect(error?.problem == .notARegularFile(.fifo))
        #expect(error?.errno == EEXIST)
        #expect(error?.description == "'\(target.path)' is a named pipe (FIFO), not a regular file; it was left untouched")
        #expect(FileKind.at(target.path) == .fifo)
        #expect(folder.names() == ["pipe"])
    }

    @Test func refusesASymbolicLinkAndDoesNotWriteThroughIt() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let pointee = folder.file("real.txt")
        try Data("behold".utf8).write(to: pointee)
        let link = folder.file("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: pointee)
        let error = outputError { try AtomicFile.write(Data("x".utf8), to: link) }
        #expect(error?.problem == .notARegularFile(.symbolicLink))
        #expect(FileKind.at(link.path) == .symbolicLink)
        #expect(try Data(contentsOf: pointee) == Data("behold".utf8))
        #expect(folder.names() == ["link.txt", "real.txt"])
    }

    @Test func refusesADeviceWithoutTouchingItsFolder() throws {
        let before = ((try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? []).filter { $0.hasPrefix(".") }
        let error = outputError { try AtomicFile.write(Data("x".utf8), to: URL(filePath: "/dev/null")) }
        #expect(error?.problem == .notARegularFile(.characterDevice))
        #expect(FileKind.at("/dev/null") == .characterDevice)
        let after = ((try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? []).filter { $0.hasPrefix(".") }
        #expect(after == before)
    }

    @Test func refusesAFolder() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("sub"), withIntermediateDirectories: false)
        #expect(outputError { try AtomicFile.write(Data("x".utf8), to: folder.file("sub")) }?.problem == .notARegularFile(.directory))
    }

    @Test func aMissingFolderCarriesENOENT() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let error = outputError { try AtomicFile.write(Data("x".utf8), to: folder.file("mangler/plan.txt")) }
        #expect(error?.errno == ENOENT)
        #expect(error?.operation == .checkFolder)
        #expect(error?.problem == .folderMissing)
        #expect(error?.description == "the output folder '\(folder.file("mangler").path)' does not exist")
    }

    @Test func aDiskFullIsRecognisedFromErrnoAlone() {
        for code in [ENOSPC, EDQUOT] {
            let error = OutputError(.write, path: "/x/plan.xlsx", errno: code)
            #expect(error.isDiskFull)
            #expect(error.description.hasSuffix("\(String(cString: strerror(code))): the disk is full"))
        }
        #expect(!OutputError(.write, path: "/x", errno: EIO).isDiskFull)
    }

    @Test func anExistingFileIsKeptWhenOverwritingIsOff() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let target = folder.file("aftale.md")
        try Data("min tekst".utf8).write(to: target)
        let error = outputError { try AtomicFile.write(Data("ny".utf8), to: target, overwrite: false) }
        #expect(error?.problem == .exists)
        #expect(try Data(contentsOf: target) == Data("min tekst".utf8))
        #expect(folder.names() == ["aftale.md"])
    }

    @Test func aFailedWriteKeepsThePreviousFileAndRemovesTheTemporary() throws {
        struct Stop: Error {}
        let folder = try Folder()
        defer { folder.remove() }
        let target = folder.file("plan.xlsx")
        try Data("forrige".utf8).write(to: target)
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: target) { temporary in
                try Data("halv".utf8).write(to: temporary)
                throw Stop()
            }
        }
        #expect(try Data(contentsOf: target) == Data("forrige".utf8))
        #expect(folder.names() == ["plan.xlsx"])
    }

    @Test func writeProblemIsNilWhereThereIsRoomAndLeavesNoProbe() throws {
        let folder = try Folder()
        defer { folder.remove() }
        #expect(AtomicFile.writeProblem(in: folder.url) == nil)
        #expect(folder.names().isEmpty)
        #expect(AtomicFile.writeProblem(in: folder.file("mangler"))?.errno == ENOENT)
    }
}
