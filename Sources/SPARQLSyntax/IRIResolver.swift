/// Resolution of IRI references against a base IRI (RFC 3986 §5.2, applied
/// to IRIs as RFC 3987 §6.5 allows), used for BASE, PREFIX and relative
/// IRIs in queries (SPARQL 1.1 §4.1.1.1).
///
/// Works on Unicode scalars, not Swift Characters, so that a delimiter
/// followed by a combining mark (`#\u{301}`) is still a delimiter.
enum IRIResolver {
    typealias Scalars = [Unicode.Scalar]

    /// The components of an IRI reference (RFC 3986 §3).
    struct Components {
        var scheme: Scalars?
        var authority: Scalars?
        var path: Scalars = []
        var query: Scalars?
        var fragment: Scalars?

        init() {}

        init(_ s: String) {
            var rest = Array(s.unicodeScalars)[...]
            if let hash = rest.firstIndex(of: "#") {
                fragment = Array(rest[(hash + 1)...])
                rest = rest[..<hash]
            }
            if let q = rest.firstIndex(of: "?") {
                query = Array(rest[(q + 1)...])
                rest = rest[..<q]
            }
            // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
            if let colon = rest.firstIndex(of: ":"), colon > rest.startIndex {
                let candidate = rest[..<colon]
                if let f = candidate.first, IRIResolver.isAlpha(f),
                   candidate.allSatisfy({ IRIResolver.isAlpha($0) || ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "+" || $0 == "-" || $0 == "." }) {
                    scheme = Array(candidate)
                    rest = rest[(colon + 1)...]
                }
            }
            if rest.starts(with: ["/", "/"]) {
                let afterSlashes = rest.startIndex + 2
                let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
                authority = Array(rest[afterSlashes..<end])
                rest = rest[end...]
            }
            path = Array(rest)
        }

        var string: String {
            var out = String.UnicodeScalarView()
            if let scheme { out.append(contentsOf: scheme); out.append(":") }
            if let authority { out.append(contentsOf: "//".unicodeScalars); out.append(contentsOf: authority) }
            out.append(contentsOf: path)
            if let query { out.append("?"); out.append(contentsOf: query) }
            if let fragment { out.append("#"); out.append(contentsOf: fragment) }
            return String(out)
        }
    }

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// Whether `reference` has a scheme (is an absolute IRI).
    static func isAbsolute(_ reference: String) -> Bool { Components(reference).scheme != nil }

    /// Resolves `reference` against `base` (RFC 3986 §5.2.2, strict).
    static func resolve(_ reference: String, against base: String) -> String {
        let r = Components(reference)
        let b = Components(base)
        var t = Components()
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
                    if r.path.first == "/" {
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
    private static func merge(base: Components, path: Scalars) -> Scalars {
        if base.authority != nil && base.path.isEmpty { return ["/"] + path }
        if let slash = base.path.lastIndex(of: "/") { return Array(base.path[...slash]) + path }
        return path
    }

    static func removeDotSegments(_ path: String) -> String {
        String(String.UnicodeScalarView(removeDotSegments(Array(path.unicodeScalars))))
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: Scalars) -> Scalars {
        var input = path[...]
        var output: [ArraySlice<Unicode.Scalar>] = []
        func isExactly(_ s: String) -> Bool { input.elementsEqual(s.unicodeScalars) }
        func starts(_ s: String) -> Bool { input.starts(with: s.unicodeScalars) }
        while !input.isEmpty {
            if starts("../") {
                input = input.dropFirst(3)
            } else if starts("./") {
                input = input.dropFirst(2)
            } else if starts("/./") {
                input = input.dropFirst(2)
            } else if isExactly("/.") {
                input = ["/"]
            } else if starts("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if isExactly("/..") {
                input = ["/"]
                if !output.isEmpty { output.removeLast() }
            } else if isExactly(".") || isExactly("..") {
                input = []
            } else {
                let segmentStart = input.first == "/" ? input.startIndex + 1 : input.startIndex
                let next = input[segmentStart...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<next])
                input = input[next...]
            }
        }
        return output.flatMap { $0 }
    }
}
