/// Resolution of IRI references against a base IRI (RFC 3986 §5.2, applied
/// to IRIs as RFC 3987 §6.5 allows), used for BASE, PREFIX and relative
/// IRIs in queries (SPARQL 1.1 §4.1.1.1).
enum IRIResolver {
    /// The components of an IRI reference (RFC 3986 §3).
    struct Components {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        init(_ s: String) {
            var rest = Substring(s)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let q = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: q)...])
                rest = rest[..<q]
            }
            // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
            if let colon = rest.firstIndex(of: ":") {
                let candidate = rest[..<colon]
                if let f = candidate.unicodeScalars.first, (f.value >= 0x41 && f.value <= 0x5A) || (f.value >= 0x61 && f.value <= 0x7A),
                   candidate.unicodeScalars.allSatisfy({ c in
                       let v = c.value
                       return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || c == "+" || c == "-" || c == "."
                   }) {
                    scheme = String(candidate)
                    rest = rest[rest.index(after: colon)...]
                }
            }
            if rest.hasPrefix("//") {
                let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
                let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[afterSlashes..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        var string: String {
            var out = ""
            if let scheme { out += scheme + ":" }
            if let authority { out += "//" + authority }
            out += path
            if let query { out += "?" + query }
            if let fragment { out += "#" + fragment }
            return out
        }
    }

    /// Whether `reference` has a scheme (is an absolute IRI).
    static func isAbsolute(_ reference: String) -> Bool { Components(reference).scheme != nil }

    /// Resolves `reference` against `base` (RFC 3986 §5.2.2, strict).
    static func resolve(_ reference: String, against base: String) -> String {
        let r = Components(reference)
        let b = Components(base)
        var t = Components("")
        if r.scheme != nil {
            t.scheme = r.scheme
            t.authority = r.authority
            t.path = removeDotSegments(r.path)
            t.query = r.query
        } else {
            if r.authority != nil {
                t.authority = r.authority
                t.path = removeDotSegments(r.path)
                t.query = r.query
            } else {
                if r.path.isEmpty {
                    t.path = b.path
                    t.query = r.query ?? b.query
                } else {
                    if r.path.hasPrefix("/") {
                        t.path = removeDotSegments(r.path)
                    } else {
                        t.path = removeDotSegments(merge(base: b, path: r.path))
                    }
                    t.query = r.query
                }
                t.authority = b.authority
            }
            t.scheme = b.scheme
        }
        t.fragment = r.fragment
        return t.string
    }

    /// RFC 3986 §5.2.3.
    private static func merge(base: Components, path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        if let slash = base.path.lastIndex(of: "/") { return String(base.path[...slash]) + path }
        return path
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var output: [Substring] = []  // segments, each starting with "/" except possibly the first
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                var end = input.index(after: input.startIndex)
                if input.first != "/" { end = input.startIndex }
                let next = input[end...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<next])
                input = input[next...]
            }
        }
        return output.joined()
    }
}
