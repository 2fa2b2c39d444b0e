import RDF

/// Per-query (and per-solution) state that some functions read:
/// NOW() (§17.4.5.1) returns the same value for the whole query, IRI()
/// resolves against the base IRI (§17.4.2.8), BNODE(str) gives the same blank
/// node for the same string within one solution (§17.4.2.9), RAND()
/// (§17.4.4.5) draws from a deterministic generator seeded per query.
///
/// The evaluator creates one context per query and calls `nextSolution()`
/// before evaluating the expressions of each new solution (so that
/// `BNODE("x")` differs across solutions).
public struct FunctionContext: Sendable {
    /// NOW() as the lexical form of an `xsd:dateTime` with timezone, e.g.
    /// `2026-11-29T18:00:00.000Z`; fixed for the whole query.
    public var now: String
    /// The query's base IRI, used by IRI()/URI() to resolve relative references.
    public var baseIRI: IRI?
    /// The solution counter: BNODE(str) within one value of `bnodeScope`
    /// returns one node per distinct `str`.
    public var bnodeScope: Int
    /// State of the deterministic random generator (SplitMix64) used by RAND(),
    /// UUID(), STRUUID() and BNODE().
    public var randomState: UInt64
    /// A per-query prefix of the labels of blank nodes made by BNODE().
    public var bnodePrefix: String
    /// Counter of fresh blank nodes made by BNODE().
    var bnodeCounter: Int = 0
    /// The labels given by BNODE(str) in the current scope.
    var bnodeLabels: [[UInt8]: BlankNode] = [:]
    /// Compiled regular expressions by flags + pattern, so that REGEX and
    /// REPLACE compile each constant pattern once per query (bounded size).
    var regexCache: [[UInt8]: XPathRegex] = [:]

    /// The compiled form of `pattern` with `flags`, from the cache.
    mutating func regex(_ pattern: String, flags: String) throws(ExpressionError) -> XPathRegex {
        // Keyed by UTF-8 bytes: String hashing would merge NFC and NFD spellings.
        let key = Array(flags.utf8) + [0] + Array(pattern.utf8)
        if let r = regexCache[key] { return r }
        let r = try XPathRegex(pattern: pattern, flags: flags)
        if regexCache.count >= 256 { regexCache.removeAll(keepingCapacity: true) }
        regexCache[key] = r
        return r
    }

    /// Creates a context.
    /// - Parameters:
    ///   - now: NOW()'s value, lexical `xsd:dateTime` with timezone.
    ///   - baseIRI: the query's base IRI.
    ///   - seed: the seed of RAND(), UUID() and fresh BNODE() labels (default 0,
    ///     so that output is deterministic).
    public init(now: String, baseIRI: IRI? = nil, seed: UInt64 = 0) {
        self.now = now
        self.baseIRI = baseIRI
        self.bnodeScope = 0
        self.randomState = seed &+ 0x9E37_79B9_7F4A_7C15
        self.bnodePrefix = "fn"
    }

    /// Moves to the next solution: BNODE(str) starts a new mapping.
    public mutating func nextSolution() {
        bnodeScope += 1
        bnodeLabels.removeAll(keepingCapacity: true)
    }

    /// The next 64 random bits (SplitMix64).
    mutating func nextRandom() -> UInt64 {
        randomState &+= 0x9E37_79B9_7F4A_7C15
        var z = randomState
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random double in [0, 1).
    mutating func nextUnitDouble() -> Double {
        Double(nextRandom() >> 11) * 0x1.0p-53
    }
}
