import Digests
import Foundation

/// A server's HTTP Digest challenge (`WWW-Authenticate: Digest realm=…, nonce=…`) and the
/// `Authorization` header that answers it, for the algorithms MD5, MD5-sess, SHA-256 and
/// SHA-256-sess with `qop=auth` (or no qop, RFC 2069 style). Virtuoso's
/// `/sparql-graph-crud-auth` asks for MD5 Digest.
///
/// Source: RFC 7616 §3.3 (challenge), §3.4 (response).
struct DigestChallenge: Equatable {
    let realm: String
    let nonce: String
    let opaque: String?
    /// `auth` when the server offers it, else nil (no qop: the RFC 2069 form).
    let qop: String?
    /// As the server wrote it (`MD5` when absent).
    let algorithm: String
    /// Whether the server said the previous nonce went stale (`stale=true`): answer again with this one.
    let stale: Bool

    /// Reads the Digest challenge of a `WWW-Authenticate` value; nil when it has none, or one
    /// this client cannot answer (another algorithm, only `qop=auth-int`).
    init?(header: String) {
        guard let start = header.range(of: "Digest ", options: .caseInsensitive) else { return nil }
        let fields = Self.parameters(header[start.upperBound...])
        guard let realm = fields["realm"], let nonce = fields["nonce"] else { return nil }
        let algorithm = fields["algorithm"] ?? "MD5"
        guard ["MD5", "MD5-SESS", "SHA-256", "SHA-256-SESS"].contains(algorithm.uppercased()) else { return nil }
        var qop: String?
        if let offered = fields["qop"] {
            guard offered.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "auth" }) else { return nil }
            qop = "auth"
        }
        self.realm = realm
        self.nonce = nonce
        self.opaque = fields["opaque"]
        self.qop = qop
        self.algorithm = algorithm
        self.stale = fields["stale"]?.lowercased() == "true"
    }

    /// The `Authorization` value for a request with `method` to `uri` (the request target as
    /// sent: path and query, percent-encoded), the `nc`-th use of this nonce, with client nonce `cnonce`.
    func authorization(method: String, uri: String, user: String, password: String, nc: Int, cnonce: String) -> String {
        let upper = algorithm.uppercased()
        let hash: (String) -> String = upper.hasPrefix("SHA-256")
            ? { Self.hex(SHA256.digest(Array($0.utf8))) }
            : { MD5.hexDigest(Array($0.utf8)) }
        var ha1 = hash("\(user):\(realm):\(password)")
        if upper.hasSuffix("-SESS") { ha1 = hash("\(ha1):\(nonce):\(cnonce)") }
        let ha2 = hash("\(method):\(uri)")
        let count = String(format: "%08x", nc)
        let response = qop == nil ? hash("\(ha1):\(nonce):\(ha2)") : hash("\(ha1):\(nonce):\(count):\(cnonce):auth:\(ha2)")
        var parts = ["username=\(Self.quoted(user))", "realm=\(Self.quoted(realm))", "nonce=\(Self.quoted(nonce))",
                     "uri=\(Self.quoted(uri))", "algorithm=\(algorithm)", "response=\(Self.quoted(response))"]
        if qop != nil { parts += ["qop=auth", "nc=\(count)", "cnonce=\(Self.quoted(cnonce))"] }
        if let opaque { parts.append("opaque=\(Self.quoted(opaque))") }
        return "Digest " + parts.joined(separator: ", ")
    }

    /// `name=value` and `name="quoted value"` pairs separated by commas (RFC 9110 §11.2 auth-params);
    /// names lower-cased, backslash escapes in quoted values resolved.
    static func parameters(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var i = text.startIndex
        func skip(_ chars: Set<Character>) { while i < text.endIndex, chars.contains(text[i]) { i = text.index(after: i) } }
        while i < text.endIndex {
            skip([" ", "\t", ","])
            let nameStart = i
            while i < text.endIndex, text[i] != "=", text[i] != "," { i = text.index(after: i) }
            let name = text[nameStart..<i].trimmingCharacters(in: .whitespaces).lowercased()
            guard i < text.endIndex, text[i] == "=" else { continue }
            i = text.index(after: i)
            skip([" ", "\t"])
            var value = ""
            if i < text.endIndex, text[i] == "\"" {
                i = text.index(after: i)
                while i < text.endIndex, text[i] != "\"" {
                    if text[i] == "\\", text.index(after: i) < text.endIndex { i = text.index(after: i) }
                    value.append(text[i])
                    i = text.index(after: i)
                }
                if i < text.endIndex { i = text.index(after: i) }
            } else {
                let valueStart = i
                while i < text.endIndex, text[i] != "," { i = text.index(after: i) }
                value = text[valueStart..<i].trimmingCharacters(in: .whitespaces)
            }
            if !name.isEmpty { result[name] = value }
        }
        return result
    }

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
