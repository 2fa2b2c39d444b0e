import Foundation
import RDF

/// `file://` URLs for local paths, as arq names graphs and resolves query IRIs.
enum FileURL {
    /// The absolute `file://` IRI of `path` (relative paths resolve against
    /// `cwd`); characters not allowed in an IRI are percent-encoded.
    static func iri(forPath path: String, relativeTo cwd: String) -> IRI {
        var absolute = path.hasPrefix("/") ? path : (cwd.hasSuffix("/") ? cwd : cwd + "/") + path
        let keepsSlash = absolute.hasSuffix("/")
        absolute = (absolute as NSString).standardizingPath + (keepsSlash && absolute.count > 1 ? "/" : "")
        var encoded = "file://"
        for byte in absolute.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "/-._~!$&'()*+,;=:@".contains(c) {
                encoded.append(c)
            } else {
                encoded += String(format: "%%%02X", byte)
            }
        }
        return IRI(unchecked: encoded)
    }

    /// The local path of a `file:` IRI, or `nil` for other schemes.
    static func path(of iri: IRI) -> String? {
        guard iri.value.hasPrefix("file:") else { return nil }
        var rest = iri.value.dropFirst("file:".count)
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            // file://host/path: only the empty host and localhost are local.
            if let slash = rest.firstIndex(of: "/") {
                let host = rest[..<slash]
                guard host.isEmpty || host == "localhost" else { return nil }
                rest = rest[slash...]
            } else { return nil }
        }
        return String(rest).removingPercentEncoding
    }
}
