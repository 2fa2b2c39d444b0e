/// An IRI reference split into its five components, and resolution of a reference against a
/// base IRI: the one implementation of RFC 3986 §5.2 in the package, used by SPARQL (BASE,
/// PREFIX, relative IRIs, `IRI()`) and by the HTML reader (canonical URLs).
///
///     IRIReference.resolve("../g?y#s", against: "http://a/b/c/d;p?q")   // "http://a/b/g?y#s"
///
///     let parts = IRIReference("http://a/b/c/d;p?q#f")
///     parts.scheme      // "http"
///     parts.authority   // "a"
///     parts.path        // "/b/c/d;p"
///     parts.query       // "q"
///     parts.fragment    // "f"
///
/// The algorithm is the one RFC 3986 defines for URIs, applied unchanged to IRIs as RFC 3987
/// §6.5 allows: non-ASCII characters are ordinary path, query or fragment characters and are
/// never percent-encoded.
///
/// - Splitting never fails. It is the regular expression of RFC 3986 Appendix B, with one
///   restriction: a scheme must match §3.1 (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`,
///   ASCII letters only, as in RFC 3987 and the WHATWG URL standard). So `é:x` and `1a:b` are
///   relative paths, not IRIs with a scheme.
/// - A missing component (`nil`) differs from an empty one (`""`): `http://a/b?` has an empty
///   query and keeps its `?` when written back (§5.3).
/// - Nothing is validated, percent-decoded or case-normalised; white space and controls are
///   kept as they are. Callers check the result (`IRI(_:)`, `IRI.problem(in:)`) or refuse such
///   input before resolving.
/// - Resolution is strict (§5.2.2): a reference with a scheme is never resolved against the
///   base, so `http:g` stays `http:g`; its dot segments are still removed.
/// - Everything works on Unicode scalars, not Swift `Character`s, so a delimiter followed by a
///   combining mark (`#\u{301}`, `/\u{301}`) is still a delimiter, and a result keeps the
///   exact code points of its inputs (no normalisation).
///
/// Source: RFC 3986 §3 (components), §5.2.2 (transform references), §5.2.3 (merge paths),
/// §5.2.4 (remove dot segments), §5.3 (recomposition); RFC 3987 §6.5 (IRIs).
public struct IRIReference: Sendable, CustomStringConvertible {
    /// The scheme, without its `:`; nil for a relative reference.
    public var scheme: String?
    /// The authority, without its leading `//`; nil when there is no `//`, `""` for `file:///x`.
    public var authority: String?
    /// The path; possibly empty, never nil.
    public var path: String
    /// The query, without its `?`; nil when there is no `?`.
    public var query: String?
    /// The fragment, without its `#`; nil when there is no `#`.
    public var fragment: String?

    /// Creates a reference from its components (already split; not checked).
    public init(scheme: String? = nil, authority: String? = nil, path: String = "", query: String? = nil,
                fragment: String? = nil) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// Splits `reference` into its components (RFC 3986 Appendix B, scheme per §3.1).
    ///
    /// - Complexity: O(n) in the number of Unicode scalars of `reference`.
    public init(_ reference: String) {
        let scalars = reference.unicodeScalars
        var rest = scalars[...]
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(scalars[scalars.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let mark = rest.firstIndex(of: "?") {
            query = String(scalars[scalars.index(after: mark)..<rest.endIndex])
            rest = rest[..<mark]
        }
        if let colon = rest.firstIndex(where: { !Self.isSchemeScalar($0, first: false) }), rest[colon] == ":",
           let first = rest.first, Self.isSchemeScalar(first, first: true) {
            scheme = String(rest[..<colon])
            rest = rest[scalars.index(after: colon)...]
        }
        if rest.starts(with: "//".unicodeScalars) {
            let start = scalars.index(rest.startIndex, offsetBy: 2)
            let end = rest[start...].firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[start..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    /// Whether `scalar` may stand in a scheme (RFC 3986 §3.1): an ASCII letter, or, after the
    /// first position, also a digit, `+`, `-` or `.`.
    static func isSchemeScalar(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z": return true
        case "0"..."9", "+", "-", ".": return !first
        default: return false
        }
    }

    /// Whether the reference has a scheme, i.e. is an IRI rather than a relative reference
    /// (RFC 3986 §4.1–§4.2). A fragment is allowed (unlike §4.3's absolute-URI).
    public var isAbsolute: Bool { scheme != nil }

    /// Whether `reference` has a scheme (see the instance property `isAbsolute`).
    ///
    /// - Complexity: O(n) in the number of Unicode scalars of `reference`.
    public static func isAbsolute(_ reference: String) -> Bool { IRIReference(reference).isAbsolute }

    /// The components joined again (RFC 3986 §5.3).
    public var string: String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }

    /// The reference as written by `string`.
    public var description: String { string }

    /// This reference resolved against `base` (RFC 3986 §5.2.2, strict).
    ///
    /// The result takes the base's scheme, authority, path and query as far as the reference
    /// leaves them out, and always the reference's fragment; dot segments are removed from
    /// the path (`..` above the root is dropped, §5.4.2). `base` should have a scheme: with a
    /// relative base the result is relative too (the algorithm still runs, e.g. `g` against
    /// `a/b` gives `a/g`), and a base fragment is ignored.
    ///
    /// - Complexity: O(n + m) in the lengths of the reference and the base.
    public func resolved(against base: IRIReference) -> IRIReference {
        var target = IRIReference(fragment: fragment)
        if scheme != nil {
            target.scheme = scheme
            target.authority = authority
            target.path = Self.removeDotSegments(path)
            target.query = query
            return target
        }
        target.scheme = base.scheme
        if authority != nil {
            target.authority = authority
            target.path = Self.removeDotSegments(path)
            target.query = query
            return target
        }
        target.authority = base.authority
        if path.isEmpty {
            target.path = base.path
            target.query = query ?? base.query
        } else {
            target.path = Self.removeDotSegments(path.unicodeScalars.first == "/" ? path : Self.merge(path, into: base))
            target.query = query
        }
        return target
    }

    /// `reference` resolved against `base` (RFC 3986 §5.2.2, strict), as a string; see
    /// `resolved(against:)`.
    ///
    ///     IRIReference.resolve("g;x=1/../y", against: "http://a/b/c/d;p?q")   // "http://a/b/c/y"
    ///
    /// - Complexity: O(n + m) in the lengths of `reference` and `base`.
    public static func resolve(_ reference: String, against base: String) -> String {
        IRIReference(reference).resolved(against: IRIReference(base)).string
    }

    /// A relative-path reference's `path` appended to the base's directory (RFC 3986 §5.2.3):
    /// `/` + path when the base has an authority and an empty path, otherwise everything up to
    /// and including the base path's last `/` (nothing when it has none) + path.
    private static func merge(_ path: String, into base: IRIReference) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        let basePath = base.path.unicodeScalars
        guard let slash = basePath.lastIndex(of: "/") else { return path }
        return String(basePath[...slash]) + path
    }

    /// `path` with its `.` and `..` segments interpreted and removed (RFC 3986 §5.2.4).
    ///
    ///     IRIReference.removeDotSegments("/a/b/c/./../../g")   // "/a/g"
    ///     IRIReference.removeDotSegments("mid/content=5/../6") // "mid/6"
    ///
    /// A `..` with nothing left to remove is dropped, so the result never climbs above the
    /// root. Segments are compared scalar by scalar: `..\u{301}` is an ordinary segment.
    ///
    /// - Complexity: O(n) in the number of Unicode scalars of `path`.
    public static func removeDotSegments(_ path: String) -> String {
        var input = Array(path.unicodeScalars)[...]
        // Each output segment with its leading "/" (if any), so that "remove the last segment
        // and its preceding /" is one removeLast().
        var output: [ArraySlice<Unicode.Scalar>] = []
        func starts(_ prefix: String) -> Bool { input.starts(with: prefix.unicodeScalars) }
        func isExactly(_ text: String) -> Bool { input.elementsEqual(text.unicodeScalars) }
        while !input.isEmpty {
            if starts("../") {                              // 2A
                input = input.dropFirst(3)
            } else if starts("./") {                        // 2A
                input = input.dropFirst(2)
            } else if starts("/./") {                       // 2B
                input = input.dropFirst(2)
            } else if isExactly("/.") {                     // 2B
                input = ["/"]
            } else if starts("/../") {                      // 2C
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if isExactly("/..") {                    // 2C
                input = ["/"]
                if !output.isEmpty { output.removeLast() }
            } else if isExactly(".") || isExactly("..") {   // 2D
                input = []
            } else {                                        // 2E
                let segmentStart = input.first == "/" ? input.startIndex + 1 : input.startIndex
                let end = input[segmentStart...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        var result = String.UnicodeScalarView()
        for segment in output { result.append(contentsOf: segment) }
        return String(result)
    }
}
