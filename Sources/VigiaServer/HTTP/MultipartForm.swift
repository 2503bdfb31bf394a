import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578): what a browser's file upload sends.
struct MultipartForm {
    struct Part {
        let name: String?
        let filename: String?
        let contentType: String?
        let body: [UInt8]
    }

    let parts: [Part]

    /// The boundary of a `multipart/form-data; boundary=…` content type.
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// Parses `body`; 400 when it is not multipart with this boundary.
    init(_ body: [UInt8], boundary: String) throws {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [Part] = []
        guard var cursor = Self.index(of: delimiter, in: body, from: 0) else {
            throw Problem.badRequest("the multipart body has no boundary '\(boundary)'")
        }
        while true {
            cursor += delimiter.count
            // "--" after a delimiter closes the body.
            if body[cursor...].starts(with: Array("--".utf8)) { break }
            guard body[cursor...].starts(with: Self.lineBreak) else {
                throw Problem.badRequest("malformed multipart body")
            }
            let start = cursor + 2
            guard let next = Self.index(of: Self.lineBreak + delimiter, in: body, from: start) else {
                throw Problem.badRequest("the multipart body ends before its closing boundary")
            }
            parts.append(try Self.part(body[start..<next]))
            cursor = next + 2
        }
        self.parts = parts
    }

    private static let lineBreak = Array("\r\n".utf8)

    private static func part(_ bytes: ArraySlice<UInt8>) throws -> Part {
        guard let end = index(of: lineBreak + lineBreak, in: Array(bytes), from: 0) else {
            throw Problem.badRequest("a multipart part has no header")
        }
        let headerBytes = Array(bytes.prefix(end))
        let body = Array(bytes.dropFirst(end + 4))
        var name: String?
        var filename: String?
        var contentType: String?
        for line in String(decoding: headerBytes, as: UTF8.self).components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "content-disposition":
                for parameter in pair[1].split(separator: ";").dropFirst() {
                    let field = parameter.split(separator: "=", maxSplits: 1).map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }
                    guard field.count == 2 else { continue }
                    let value = field[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    if field[0] == "name" { name = value }
                    if field[0] == "filename" { filename = value }
                }
            case "content-type": contentType = pair[1].lowercased()
            default: break
            }
        }
        return Part(name: name, filename: filename, contentType: contentType, body: body)
    }

    private static func index(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
