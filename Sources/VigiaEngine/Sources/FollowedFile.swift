import Foundation
import VigiaCore
import VigiaText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One open file a ``FileTailReader`` follows: its identity, the offset read up to, and how its lines become
/// messages in its format. It stays open after its path names another file (rotation), so its end can be read.
final class FollowedFile {
    /// A complete line: where it starts, its bytes without the newline, and where the next one starts.
    struct Line {
        let offset: Int64
        let bytes: ArraySlice<UInt8>
        let end: Int64
    }

    enum Reading {
        case message(NewMessage)
        /// Not a message of the format, and why.
        case bad(String)
        /// Nothing to deliver: a blank line, or a CSV header.
        case nothing
    }

    let path: String
    let format: SourceDefinition.File.Format
    let device: UInt64
    let inode: UInt64
    private(set) var offset: Int64 = 0
    /// Times the file was truncated while followed: a line written at an offset used before gets another id.
    private(set) var truncations = 0
    private let descriptor: Int32
    /// The CSV header's bytes and its columns by lowercased name, once read.
    private var header: (bytes: ArraySlice<UInt8>, columns: [String: Int])?

    /// Opens the file `path` names now; `.notFound` when there is none, `.invalidArgument` when what it really is
    /// (its links followed) is not a regular file inside `folder`. Opened without blocking, so that a FIFO cannot
    /// hold the reader before it is refused.
    init(path: String, format: SourceDefinition.File.Format, folder: FileSourceFolder) throws(VigiaError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw VigiaError(.notFound, "file not found") }
            throw VigiaError(.io, "cannot open the file (\(String(cString: strerror(errno))))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            throw VigiaError(.io, "cannot read the file's status")
        }
        do {
            try folder.check(descriptor: descriptor, info: info)
        } catch {
            close(descriptor)
            throw error
        }
        self.path = path
        self.format = format
        self.descriptor = descriptor
        self.device = UInt64(info.st_dev)
        self.inode = UInt64(info.st_ino)
    }

    deinit { close(descriptor) }

    /// The file the path names now, if any.
    static func identity(_ path: String) -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    /// Goes on from `offset` (from the start when the file is now shorter); a CSV file's header is read again.
    func resume(at offset: Int64, truncations: Int) throws(VigiaError) {
        self.truncations = truncations
        self.offset = try size() < offset ? 0 : offset
        header = nil
        if format == .csv, self.offset > 0,
            let first = try bytes(at: 0, count: 64 * 1024).split(
                separator: UInt8(ascii: "\n"), maxSplits: 1, omittingEmptySubsequences: false
            ).first
        {
            readHeader(first)
        }
    }

    /// Whether the file is now shorter than what was read of it.
    func wasTruncated() throws(VigiaError) -> Bool { try size() < offset }

    /// The complete lines after the offset, up to `maximum` bytes (a longer line comes cut at that size). The offset
    /// moves only when they are committed.
    func nextLines(maximum: Int) throws(VigiaError) -> [Line] {
        let available = try bytes(at: offset, count: Int(min(Int64(maximum), max(0, try size() - offset))))
        guard let lastNewline = available.lastIndex(of: UInt8(ascii: "\n")) else {
            return available.count == maximum
                ? [Line(offset: offset, bytes: available[...], end: offset + Int64(maximum))] : []
        }
        var lines: [Line] = []
        var start = 0
        for (index, byte) in available[...lastNewline].enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(
                Line(offset: offset + Int64(start), bytes: available[start..<index], end: offset + Int64(index + 1)))
            start = index + 1
        }
        return lines
    }

    func commit(_ lines: [Line]) {
        if let last = lines.last { offset = last.end }
    }

    /// What `line` holds in the file's format.
    func message(_ line: Line) -> Reading {
        var bytes = line.bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard !bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return .nothing }
        let clientID = "\(device):\(inode):\(line.offset)" + (truncations == 0 ? "" : ":\(truncations)")
        let place = "\(path) at byte \(line.offset)"
        switch format {
        case .lines:
            return .message(
                NewMessage(clientID: clientID, eventTime: .now, text: String(decoding: bytes, as: UTF8.self)))
        case .jsonl:
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                return .bad("\(place): not a JSON object")
            }
            do {
                var message = try Recording.message(from: object, at: place, receivedAt: .now)
                message.clientID = clientID
                return .message(message)
            } catch {
                return .bad(error.message)
            }
        case .csv:
            if line.offset == 0 {
                readHeader(bytes)
                return .nothing
            }
            return csvMessage(bytes, clientID: clientID, place: place)
        }
    }

    private func csvMessage(_ bytes: ArraySlice<UInt8>, clientID: String, place: String) -> Reading {
        guard let header else { return .bad("\(place): the file has no CSV header") }
        guard let record = try? CSVParser.parse(Array(header.bytes) + [UInt8(ascii: "\n")] + Array(bytes)).records.first
        else {
            return .bad("\(place): not a CSV row of the header's columns")
        }
        func field(_ name: String) -> String? {
            header.columns[name].flatMap { record.fields[$0].isEmpty ? nil : record.fields[$0] }
        }
        guard let text = field("text") else { return .bad("\(place): no 'text'") }
        var time = Timestamp.now
        if let ts = field("ts") {
            guard let parsed = Timestamp(acceptedText: ts) else {
                return .bad("\(place): 'ts' is not \(Timestamp.acceptedRangeDescription)")
            }
            time = parsed
        }
        return .message(NewMessage(clientID: clientID, eventTime: time, author: field("author"), text: text))
    }

    private func readHeader(_ bytes: ArraySlice<UInt8>) {
        var line = bytes
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        guard let names = try? CSVParser.parse(Array(line)).header else { return }
        header = (line, Dictionary(names.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a }))
    }

    private func size() throws(VigiaError) -> Int64 {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw VigiaError(.io, "cannot read the file's status") }
        return Int64(info.st_size)
    }

    private func bytes(at position: Int64, count: Int) throws(VigiaError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + filled, count - filled, off_t(position) + off_t(filled))
            }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { throw VigiaError(.io, "cannot read the file") }
            if read == 0 { break }
            filled += read
        }
        return Array(buffer[..<filled])
    }
}
