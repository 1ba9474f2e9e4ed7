import CZlib

/// gzip compression through the system zlib.
public enum Gzip {
    /// Why zlib refused.
    public struct Error: Swift.Error, CustomStringConvertible {
        public let code: Int32
        public var description: String { "zlib error \(code)" }
    }

    /// Compresses `input` into a gzip member (RFC 1952).
    public static func compress(_ input: [UInt8], level: Int32 = 6) throws(Gzip.Error) -> [UInt8] {
        var stream = z_stream()
        // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of a zlib one.
        var status = deflateInit2_(
            &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Error(code: status) }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        var input = input
        let produced: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress
                stream.avail_out = uInt(destination.count)
                status = deflate(&stream, Z_FINISH)
                return destination.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw Error(code: status) }
        output.removeSubrange(produced...)
        return output
    }

    /// Decompresses a gzip member; used by tests and by clients of the engine.
    public static func decompress(_ input: [UInt8], limit: Int = 64 << 20) throws(Gzip.Error) -> [UInt8] {
        var stream = z_stream()
        var status = inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Error(code: status) }
        defer { inflateEnd(&stream) }
        var input = input
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { destination in
                    stream.next_out = destination.baseAddress
                    stream.avail_out = uInt(destination.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return destination.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[..<produced])
            } while status == Z_OK && output.count <= limit
        }
        guard status == Z_STREAM_END else { throw Error(code: status == Z_OK ? Z_BUF_ERROR : status) }
        return output
    }
}
