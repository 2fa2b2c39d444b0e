/// `application/x-www-form-urlencoded` text (a URL's query string, a
/// POSTed form) decoded into its name–value pairs, in order.
///
///     try FormEncoding.decode("query=SELECT%20*%20WHERE%7B%7D&default-graph-uri=a+b")
///     // [("query", "SELECT * WHERE{}"), ("default-graph-uri", "a b")]
///
/// `+` is a space and `%XX` a byte; the bytes must make UTF-8. A pair with
/// no `=` has the empty value; empty pairs (`a=1&&b=2`) are skipped.
///
/// Source: WHATWG URL Standard §5.1 (application/x-www-form-urlencoded parsing).
enum FormEncoding {
    /// The pairs of `text`.
    /// - Throws: `ServerError` 400 naming the parameter with a bad `%` escape
    ///   or bytes that are not UTF-8.
    static func decode(_ text: String) throws(ServerError) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        for part in text.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = part.firstIndex(of: UInt8(ascii: "="))
            let rawName = equals.map { part[part.startIndex..<$0] } ?? part[...]
            let rawValue = equals.map { part[part.index(after: $0)...] } ?? part[part.endIndex...]
            let name = try percentDecode(rawName, what: "a parameter name")
            let value = try percentDecode(rawValue, what: "the parameter '\(name)'")
            pairs.append((name, value))
        }
        return pairs
    }

    /// Decodes `+` and `%XX` in `bytes`.
    static func percentDecode(_ bytes: some Collection<UInt8>, what: String) throws(ServerError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if b == UInt8(ascii: "%") {
                let h = bytes.index(after: i)
                guard h != bytes.endIndex, bytes.index(after: h) != bytes.endIndex,
                      let hi = hexValue(bytes[h]), let lo = hexValue(bytes[bytes.index(after: h)]) else {
                    throw ServerError(.badRequest, "\(what) holds a '%' that is not followed by two hexadecimal digits")
                }
                out.append(hi << 4 | lo)
                i = bytes.index(after: h)
            } else {
                out.append(b)
            }
            i = bytes.index(after: i)
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw ServerError(.badRequest, "\(what) is not UTF-8 once its '%' escapes are decoded")
        }
        return text
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `text` with every byte outside the URL-safe set percent-encoded (space as `%20`),
    /// for links the HTML pages build (`/sparql?query=…`).
    static func encode(_ text: String) -> String {
        var out = ""
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(b >> 4)])
                out.unicodeScalars.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }
}
