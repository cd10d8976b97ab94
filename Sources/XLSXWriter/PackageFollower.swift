import CXLSXWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a workbook back while libxlsxwriter is still writing it, on a second core, so that the
/// read-back (``PackageCheck``) costs next to nothing once `workbook_close` returns.
///
/// libxlsxwriter's zip writer (minizip) writes each part as a local header followed by its
/// deflated bytes, appending to the file, and patches only the header's CRC and sizes afterwards;
/// the central directory comes last. The follower reads the file as it grows, inflates every part
/// to its end, and keeps what ``PackageCheck`` checks: its CRC-32, sizes, and first and last
/// 512 bytes. The caller then holds those against the central directory of the finished file.
/// Anything it does not expect (another compression method, a part that does not end) makes it
/// give up, and the whole file is read back again the usual way.
struct PackageFollower {
    /// One part as the follower read it.
    struct Part: Equatable {
        let name: String
        let compressedSize: UInt64
        let size: UInt64
        let crc32: UInt32
        let head: [UInt8]
        let tail: [UInt8]
    }

    let path: String
    /// True once the writer has finished (successfully or not): no more bytes will come.
    let writerDone: () -> Bool

    /// Every part up to the central directory, in file order; nil if the follower gave up.
    func follow() -> [Part]? {
        guard let file = GrowingFile(path: path, writerDone: writerDone) else { return nil }
        defer { close(file.descriptor) }
        var parts: [Part] = []
        while true {
            guard let signature = file.take(4).map(Self.littleEndian) else { return nil }
            if signature == 0x0201_4B50 { return parts }  // the central directory: every part is read
            guard signature == 0x0403_4B50, let header = file.take(26) else { return nil }
            let flags = Self.littleEndian(header[2..<4]), method = Self.littleEndian(header[4..<6])
            let nameLength = Int(Self.littleEndian(header[22..<24])), extraLength = Int(Self.littleEndian(header[24..<26]))
            // Deflated, without a data descriptor after the data (minizip patches the header instead).
            guard method == 8, flags & 0x8 == 0, let name = file.take(nameLength), file.take(extraLength) != nil,
                  let part = Self.inflate(from: file, name: String(decoding: name, as: UTF8.self)) else { return nil }
            parts.append(part)
        }
    }

    /// Inflates one part's deflated bytes to their end.
    private static func inflate(from file: GrowingFile, name: String) -> Part? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 1 << 18)
        var crc = crc32(0, nil, 0)
        var size: UInt64 = 0, compressed: UInt64 = 0
        var head: [UInt8] = [], tail: [UInt8] = []
        // Unconsumed bytes inflate could not use (a cut deflate block): more must be read first.
        var stuck = 0
        while true {
            guard let available = file.available(moreThan: stuck) else { return nil }
            let (status, used, produced) = available.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                    stream.avail_in = UInt32(input.count)
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    let status = CXLSXWriter.inflate(&stream, Z_NO_FLUSH)
                    return (status, input.count - Int(stream.avail_in), out.count - Int(stream.avail_out))
                }
            }
            file.consume(used)
            compressed += UInt64(used)
            if produced > 0 {
                let bytes = output[0..<produced]
                crc = bytes.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, UInt32($0.count)) }
                size += UInt64(produced)
                if head.count < 512 { head += bytes.prefix(512 - head.count) }
                tail = produced >= 512 ? Array(bytes.suffix(512)) : Array((tail + bytes).suffix(512))
            }
            if status == Z_STREAM_END {
                return Part(name: name, compressedSize: compressed, size: size, crc32: UInt32(crc), head: head, tail: tail)
            }
            guard status == Z_OK || status == Z_BUF_ERROR else { return nil }
            stuck = used == 0 && produced == 0 ? available.count - used : 0
        }
    }

    private static func littleEndian(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func littleEndian(_ bytes: [UInt8]) -> UInt32 { littleEndian(bytes[...]) }
}

/// A file another thread is appending to, read from the start: reads wait (briefly sleeping) for
/// more bytes until the writer is done, then give what is there.
private final class GrowingFile {
    let descriptor: Int32
    private let writerDone: () -> Bool
    /// Bytes read and not yet consumed: `buffer[start...]`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var offset: off_t = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)

    /// Opens `path` once the writer has created it; nil if it never does or cannot be opened.
    init?(path: String, writerDone: @escaping () -> Bool) {
        while true {
            let finished = writerDone()
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                self.descriptor = descriptor
                break
            }
            guard errno == ENOENT, !finished else { return nil }
            usleep(500)
        }
        self.writerDone = writerDone
    }

    /// Exactly `count` bytes, or nil if the file ends first.
    func take(_ count: Int) -> [UInt8]? {
        guard let bytes = available(moreThan: count - 1) else { return nil }
        start += count
        return Array(bytes.prefix(count))
    }

    /// The bytes read but not consumed, more than `count` of them (reading on as needed), or nil
    /// if the file ends first.
    func available(moreThan count: Int = 0) -> ArraySlice<UInt8>? {
        while buffer.count - start <= count {
            guard readMore() else { return nil }
        }
        return buffer[start...]
    }

    func consume(_ count: Int) { start += count }

    /// Appends what the file has beyond what was read, waiting for the writer; false at the end.
    private func readMore() -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        while true {
            // Asked before reading: once the writer is done, a read that finds nothing is the end.
            let finished = writerDone()
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count > 0 {
                offset += off_t(count)
                buffer += chunk[0..<count]
                return true
            }
            if count < 0, errno == EINTR { continue }
            if count < 0 || finished { return false }
            usleep(500)
        }
    }
}
