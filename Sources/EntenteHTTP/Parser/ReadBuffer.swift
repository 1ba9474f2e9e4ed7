/// Bytes received on a connection and not yet consumed by the parser.
///
/// Bytes left over after one request (pipelining) stay here for the next.
public struct ReadBuffer: Sendable {
    @usableFromInline var storage: [UInt8] = []
    @usableFromInline var readIndex = 0

    public init() {}

    public init(_ bytes: some Sequence<UInt8>) {
        storage = Array(bytes)
    }

    /// The number of unconsumed bytes.
    @inlinable public var readableCount: Int { storage.count - readIndex }

    @inlinable public var isEmpty: Bool { readableCount == 0 }

    /// Appends received bytes, first dropping consumed ones when that is cheap relative to the new data.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compactIfWorthwhile()
        storage.append(contentsOf: bytes)
    }

    public mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        compactIfWorthwhile()
        storage.append(contentsOf: bytes)
    }

    /// Marks `count` bytes as consumed.
    @inlinable public mutating func consume(_ count: Int) {
        readIndex += count
        if readIndex == storage.count {
            storage.removeAll(keepingCapacity: storage.capacity <= 1 << 16)
            readIndex = 0
        }
    }

    /// Removes and returns the first `count` unconsumed bytes.
    public mutating func read(_ count: Int) -> ArraySlice<UInt8> {
        let slice = storage[readIndex..<(readIndex + count)]
        consume(count)
        return slice
    }

    /// Calls `body` with the unconsumed bytes.
    @inlinable
    public func withUnsafeReadableBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let start = readIndex
        return try storage.withUnsafeBufferPointer { (all) throws(E) -> R in
            try body(UnsafeBufferPointer(rebasing: all[start...]))
        }
    }

    private mutating func compactIfWorthwhile() {
        if readIndex > 0 && readIndex >= storage.count / 2 {
            storage.removeSubrange(0..<readIndex)
            readIndex = 0
        }
    }
}
