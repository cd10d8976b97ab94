import CZip
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An entry's bytes compressed ahead, with what a zip records of the uncompressed data: the
/// method, the CRC-32 and the size. ``CompressedEntryArchive`` turns such entries into an archive
/// that libzip copies them from as they are.
public struct ZipCompressedEntry: Sendable {
    /// Deflated (raw deflate, method 8) or stored.
    public let compression: ZipCompression
    /// The bytes as the zip holds them.
    public let compressed: Data
    /// The CRC-32 of the uncompressed bytes.
    public let crc32: UInt32
    /// The number of uncompressed bytes.
    public let size: Int
}

/// Deflates an entry's bytes as they arrive, in pieces, exactly as libzip 1.7 deflates a whole
/// entry at its default level: zlib's raw deflate at level 9 with `memLevel` 9 and the default
/// strategy. deflate's output does not depend on how its input is split, so the compressed bytes
/// are those libzip would have made of the whole (the tests compare them).
///
/// Made for a part too large to hold as one text (a status report's `word/document.xml` of tens of
/// MB): the writer hands over each piece as it is made and only the compressed bytes are kept.
/// One thread at a time; owns its zlib stream and frees it in ``finish()`` or `deinit`.
public final class ZipDeflateStream {
    private var stream = z_stream()
    private var started = false
    private var output = Data()
    private var crc: uLong = crc32(0, nil, 0)
    private var size = 0
    /// Where deflate writes before the bytes are appended to `output` (not zeroed: deflate fills it).
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 14, alignment: 16)

    /// An empty stream.
    public init() {
        // The level and memory level libzip's deflate uses (zip_algorithm_deflate.c: level 9 when
        // none is asked, MAX_MEM_LEVEL); -MAX_WBITS: raw deflate, no zlib header.
        let status = deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                                   Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib could not start a deflate stream (\(status))")
        started = true
    }

    deinit {
        if started { deflateEnd(&stream) }
        buffer.deallocate()
    }

    /// Adds the UTF-8 bytes of `text`.
    public func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Adds `bytes`.
    public func append(_ bytes: UnsafeRawBufferPointer) {
        guard started, let base = bytes.baseAddress, !bytes.isEmpty else { return }
        crc = crc32(crc, base.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
        size += bytes.count
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(bytes.count)
        run(Z_NO_FLUSH)
    }

    /// Ends the stream and returns the entry; the stream cannot be used again.
    public func finish() -> ZipCompressedEntry {
        if started {
            stream.next_in = nil
            stream.avail_in = 0
            run(Z_FINISH)
            deflateEnd(&stream)
            started = false
        }
        return ZipCompressedEntry(compression: .deflated, compressed: output, crc32: UInt32(crc), size: size)
    }

    /// Runs deflate until it has taken all input (or, finishing, written everything).
    private func run(_ flush: Int32) {
        let out = buffer
        repeat {
            stream.next_out = out.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(out.count)
            let status = deflate(&stream, flush)
            precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR,
                         "zlib could not deflate (\(status))")
            output.append(out.baseAddress!.assumingMemoryBound(to: UInt8.self), count: out.count - Int(stream.avail_out))
            if flush == Z_FINISH, status == Z_STREAM_END { return }
        } while stream.avail_in > 0 || stream.avail_out == 0 || flush == Z_FINISH
    }
}
