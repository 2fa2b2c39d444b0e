/// A strict RFC 8259 JSON reader over UTF-8 bytes: the one JSON parser of the package
/// (SPARQL results JSON and JSON-LD documents are read with it).
///
///     let value = try JSONReader.read(Array("[1, true]".utf8))   // .array([.number("1"), .bool(true)])
///     try JSONReader.read(Array("{\"a\" 1}".utf8))                // throws: 1:6: expected ':' after a member name
///
/// A leading byte-order mark is skipped. Strings must be UTF-8 without raw control
/// characters; `\u` escapes of a surrogate pair are combined and a lone surrogate is an
/// error; numbers follow the RFC's grammar exactly (no `+1`, `01`, `.5`, `1.`); nothing but
/// white space may follow the value. Nesting deeper than 512 arrays and objects is refused,
/// so a hostile document cannot exhaust the stack.
///
/// - Complexity: O(n) in the bytes.
/// Source: RFC 8259 §2–§8.
public struct JSONReader {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// The index of the first byte of the current line.
    private var lineStart = 0
    /// A byte index on the current line whose column is known (columns are counted from
    /// there on demand, so positions asked for in document order cost O(n) in all).
    private var knownIndex = 0
    private var knownColumn = 1

    /// The deepest nesting of arrays and objects read.
    public static let maximumDepth = 512

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Reads one JSON document.
    /// - Throws: `JSONSyntaxError` at the first byte that is not JSON (its position: see `SourcePosition`).
    public static func read(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var reader = JSONReader(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3; reader.lineStart = 3; reader.knownIndex = 3 }
        reader.skipWhiteSpace()
        guard reader.index < bytes.count else { throw reader.error("the document is empty: no JSON value") }
        let value = try reader.value(depth: 0)
        reader.skipWhiteSpace()
        guard reader.index == bytes.count else { throw reader.error("content after the JSON value") }
        return value
    }

    /// Reads one JSON document from text.
    public static func read(_ text: String) throws(JSONSyntaxError) -> JSONValue { try read(Array(text.utf8)) }

    /// The position of the byte at `index` (column in scalars from the line's start).
    private mutating func here() -> SourcePosition {
        if knownIndex < lineStart || knownIndex > index { knownIndex = lineStart; knownColumn = 1 }
        while knownIndex < index { if bytes[knownIndex] & 0xC0 != 0x80 { knownColumn += 1 }; knownIndex += 1 }
        return SourcePosition(line: line, column: knownColumn, offset: index)
    }

    private mutating func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message, at: here()) }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func skipWhiteSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of the document: expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case let b: throw error("expected a value, found \(describe(b))")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let text = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard index + text.count <= bytes.count, bytes[index..<(index + text.count)].elementsEqual(text) else {
            throw error("expected a value (true, false, null, a number, a string, an array or an object)")
        }
        index += text.count
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw error("JSON nested too deeply (more than \(Self.maximumDepth) arrays and objects)") }
        let start = here()
        index += 1
        var members: [JSONObject.Member] = []
        skipWhiteSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(JSONObject(members: members, position: start)) }
        while true {
            skipWhiteSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(index < bytes.count ? "expected a member name (a string), found \(describe(bytes[index]))" : "unexpected end of the document: the object is not closed")
            }
            let at = here()
            let key = try string()
            skipWhiteSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            index += 1
            skipWhiteSpace()
            members.append(JSONObject.Member(key: key, value: try value(depth: depth), position: at))
            skipWhiteSpace()
            guard index < bytes.count else { throw error("unexpected end of the document: the object is not closed") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(JSONObject(members: members, position: start))
            case let b: throw error("expected ',' or '}' after a member, found \(describe(b))")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw error("JSON nested too deeply (more than \(Self.maximumDepth) arrays and objects)") }
        index += 1
        var items: [JSONValue] = []
        skipWhiteSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipWhiteSpace()
            items.append(try value(depth: depth))
            skipWhiteSpace()
            guard index < bytes.count else { throw error("unexpected end of the document: the array is not closed") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(items)
            case let b: throw error("expected ',' or ']' after an array item, found \(describe(b))")
            }
        }
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` (RFC 8259 §6).
    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else {
            throw error("a number needs a digit after '-'")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                throw error("a number has no leading zero")
            }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("a number needs a digit after its '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("a number needs a digit in its exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("unexpected end of the document in a \\u escape") }
            let b = bytes[index]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: throw error("a \\u escape needs four hexadecimal digits")
            }
            v = v << 4 | UInt32(d)
            index += 1
        }
        return v
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        index += 1  // "
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("unexpected end of the document: the string is not closed") }
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escape = here()
                index += 1
                guard index < bytes.count else { throw error("unexpected end of the document in an escape") }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if v >= 0xD800 && v < 0xDC00 {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw JSONSyntaxError("a lone surrogate \\u\(String(v, radix: 16, uppercase: true)) is not a character", at: escape)
                        }
                        index += 2
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else {
                            throw JSONSyntaxError("a high surrogate \\u\(String(v, radix: 16, uppercase: true)) must be followed by a low one", at: escape)
                        }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else if v >= 0xDC00 && v < 0xE000 {
                        throw JSONSyntaxError("a lone surrogate \\u\(String(v, radix: 16, uppercase: true)) is not a character", at: escape)
                    }
                    out.append(contentsOf: String(Unicode.Scalar(v)!).utf8)
                default:
                    throw JSONSyntaxError("invalid escape '\\\(Character(Unicode.Scalar(e)))' (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)", at: escape)
                }
            case 0..<0x20:
                throw error(b == 0x0A ? "a line break in a string (write it as \\n)" : "a control character in a string (write it as \\u00\(b < 0x10 ? "0" : "")\(String(b, radix: 16, uppercase: true)))")
            case 0x80...:
                guard let lead = UTF8Lead(b) else { throw error("not UTF-8: \(describe(b))") }
                var k = 1
                while k <= lead.continuationCount {
                    guard index + k < bytes.count, (k == 1 ? lead.secondByte : 0x80...0xBF).contains(bytes[index + k]) else {
                        throw error("not UTF-8: the sequence starting with \(describe(b)) is ill-formed")
                    }
                    k += 1
                }
                out.append(contentsOf: bytes[index..<(index + k)])
                index += k
            default:
                out.append(b)
                index += 1
            }
        }
    }
}

/// A JSON document that is not JSON: the message and where (see `SourcePosition`).
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition

    public init(_ message: String, at position: SourcePosition) {
        self.message = message
        self.position = position
    }

    /// `LINE:COLUMN: message`.
    public var description: String { "\(position): \(message)" }
}
