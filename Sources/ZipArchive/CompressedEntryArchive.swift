#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A zip archive of entries compressed ahead (``ZipCompressedEntry``), written by us rather than by
/// libzip, so that libzip can copy the entries from it as they are (`zip_source_zip`, as from a
/// ``ChunkArchive`` libzip filled): the way to give libzip 1.7 bytes it did not compress itself.
///
/// The archive is plain PKZIP 2.0: for each entry a local header with its method, CRC-32 and sizes
/// (no data descriptor, no extra fields), the compressed bytes, then the central directory and
/// its end record. Entries get the name, time, Unix mode and flags the final archive gives them
/// (bit 1 marks deflate at its best level, as libzip marks it; bit 11 a UTF-8 name), so nothing
/// libzip may carry over differs. Sizes past 4 GiB and more than 65,535 entries (zip64) are refused.
struct CompressedEntryArchive {
    private(set) var bytes = Data()
    private var central = Data()
    private(set) var count = 0
    /// Where the entries end up, for error messages.
    let targetPath: String

    init(for targetPath: String) {
        self.targetPath = targetPath
    }

    /// Appends `entry` as `name`, dated `modified`; returns its index.
    @discardableResult
    mutating func add(_ name: String, _ entry: ZipCompressedEntry, modified: ZipDateTime) throws -> Int {
        let name = Array(name.utf8)
        guard count < 0xFFFF, bytes.count < 0xFFFF_FFFF - entry.compressed.count - 30 - name.count,
              entry.size <= 0xFFFF_FFFF, name.count < 0xFFFF
        else { throw ZipError(.invalidArgument, "too many or too large entries compressed ahead", path: targetPath) }
        let method: UInt16 = entry.compression == .deflated ? 8 : 0
        let flags: UInt16 = (method == 8 ? 0x0002 : 0) | (name.contains { $0 >= 0x80 } ? 0x0800 : 0)
        let needed: UInt16 = method == 8 ? 20 : 10
        let offset = UInt32(bytes.count)

        var local = Data(capacity: 30 + name.count)
        local.le(UInt32(0x0403_4B50)); local.le(needed); local.le(flags); local.le(method)
        local.le(modified.dosTime); local.le(modified.dosDate); local.le(entry.crc32)
        local.le(UInt32(entry.compressed.count)); local.le(UInt32(entry.size))
        local.le(UInt16(name.count)); local.le(UInt16(0))
        local.append(contentsOf: name)
        bytes.append(local)
        bytes.append(entry.compressed)

        central.le(UInt32(0x0201_4B50)); central.le(UInt16(3 << 8 | 20)); central.le(needed); central.le(flags)
        central.le(method); central.le(modified.dosTime); central.le(modified.dosDate); central.le(entry.crc32)
        central.le(UInt32(entry.compressed.count)); central.le(UInt32(entry.size))
        central.le(UInt16(name.count)); central.le(UInt16(0)); central.le(UInt16(0))
        central.le(UInt16(0)); central.le(UInt16(0)); central.le(ZipWriter.fileMode << 16)
        central.le(offset)
        central.append(contentsOf: name)
        count += 1
        return count - 1
    }

    /// The whole archive: the entries, the central directory and its end record.
    func finished() throws -> Data {
        guard bytes.count + central.count < 0xFFFF_FFFF else {
            throw ZipError(.invalidArgument, "too many or too large entries compressed ahead", path: targetPath)
        }
        var archive = bytes
        archive.append(central)
        archive.le(UInt32(0x0605_4B50)); archive.le(UInt16(0)); archive.le(UInt16(0))
        archive.le(UInt16(count)); archive.le(UInt16(count))
        archive.le(UInt32(central.count)); archive.le(UInt32(bytes.count)); archive.le(UInt16(0))
        return archive
    }
}

extension Data {
    /// Appends `value` little-endian, as zip headers hold numbers.
    fileprivate mutating func le<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
