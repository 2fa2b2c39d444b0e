import RDF

/// Reference resolution of RFC 3986 §5.2 (used by IRI()/URI(), §17.4.2.8).
enum IRIResolution {
    struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?
    }

    /// Splits a reference into its five components (RFC 3986 Appendix B).
    static func split(_ s: String) -> Parts {
        var rest = Substring(s)
        var parts = Parts(scheme: nil, authority: nil, path: "", query: nil, fragment: nil)
        if let hash = rest.firstIndex(of: "#") {
            parts.fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let q = rest.firstIndex(of: "?") {
            parts.query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        if let colon = rest.firstIndex(of: ":") {
            let scheme = rest[..<colon]
            if let f = scheme.first, f.isASCII, f.isLetter,
               scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) {
                parts.scheme = String(scheme)
                rest = rest[rest.index(after: colon)...]
            }
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            parts.authority = String(rest[..<end])
            rest = rest[end...]
        }
        parts.path = String(rest)
        return parts
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var result = ""
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) }
            else if input.hasPrefix("./") { input = input.dropFirst(2) }
            else if input.hasPrefix("/./") { input = input.dropFirst(2) }
            else if input == "/." { input = "/" }
            else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if let slash = result.lastIndex(of: "/") { result = String(result[..<slash]) } else { result = "" }
            } else if input == "/.." {
                input = "/"
                if let slash = result.lastIndex(of: "/") { result = String(result[..<slash]) } else { result = "" }
            } else if input == "." || input == ".." { input = "" }
            else {
                var start = input.startIndex
                if input.first == "/" { start = input.index(after: start) }
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                result += input[..<end]
                input = input[end...]
            }
        }
        return result
    }

    /// Resolves `reference` against `base` (RFC 3986 §5.2.2); with no base,
    /// the reference itself.
    static func resolve(_ reference: String, against base: String?) -> String {
        let r = split(reference)
        guard let base else { return reference }
        let b = split(base)
        var t = Parts(scheme: nil, authority: nil, path: "", query: nil, fragment: r.fragment)
        if r.scheme != nil {
            t.scheme = r.scheme; t.authority = r.authority; t.path = removeDotSegments(r.path); t.query = r.query
        } else {
            if r.authority != nil {
                t.authority = r.authority; t.path = removeDotSegments(r.path); t.query = r.query
            } else {
                if r.path.isEmpty {
                    t.path = b.path
                    t.query = r.query ?? b.query
                } else {
                    if r.path.hasPrefix("/") {
                        t.path = removeDotSegments(r.path)
                    } else {
                        let merged: String
                        if b.authority != nil && b.path.isEmpty { merged = "/" + r.path }
                        else if let slash = b.path.lastIndex(of: "/") { merged = String(b.path[...slash]) + r.path }
                        else { merged = r.path }
                        t.path = removeDotSegments(merged)
                    }
                    t.query = r.query
                }
                t.authority = b.authority
            }
            t.scheme = b.scheme
        }
        var s = ""
        if let scheme = t.scheme { s += scheme + ":" }
        if let a = t.authority { s += "//" + a }
        s += t.path
        if let q = t.query { s += "?" + q }
        if let f = t.fragment { s += "#" + f }
        return s
    }
}
