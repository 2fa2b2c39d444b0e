import Foundation
import RDF

/// Comparison of query results with expected results: solution multisets
/// up to blank-node renaming and ordered checks for ORDER BY (graphs compare
/// by `GraphIsomorphism`, in the TestSupport target).
enum ResultComparison {
    /// Language tags compare without regard to case (RDF 1.1 Concepts §3.3;
    /// the practice suite's README asks for it in SELECT results).
    ///
    /// Numeric literals compare by value within their datatype: the W3C
    /// expected results write e.g. `"6"^^xsd:double` where the canonical
    /// form (XSD 1.1 Part 2 §3.3.5.2) is `"6.0E0"`, and `"3"^^xsd:decimal`
    /// for `"3.0"`. The datatype itself must match.
    static func normalise(_ t: Term) -> Term {
        guard case .literal(let l) = t else { return t }
        if let lang = l.language {
            return .literal(Literal(l.lexicalForm, uncheckedLanguage: lang.lowercased()))
        }
        if let canonical = canonicalNumber(l) { return .literal(Literal(canonical, datatype: l.datatype)) }
        return t
    }

    static let integerTypes: Set<String> = [
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "nonPositiveInteger", "negativeInteger",
        "positiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    ].reduce(into: []) { $0.insert("http://www.w3.org/2001/XMLSchema#" + $1) }

    /// A canonical spelling of a numeric literal's value, or nil when the
    /// literal is not numeric or not well formed.
    static func canonicalNumber(_ l: Literal) -> String? {
        let dt = l.datatype.value
        let lex = l.lexicalForm.trimmingCharacters(in: .whitespaces)
        if dt == XSD.double.value || dt == XSD.float.value {
            guard let d = Double(lex) else { return nil }
            if d.isNaN { return "NaN" }
            return d == 0 ? (d.sign == .minus ? "-0" : "0") : "\(d)"
        }
        guard dt == XSD.decimal.value || integerTypes.contains(dt) else { return nil }
        var s = Substring(lex)
        var negative = false
        if s.hasPrefix("+") { s = s.dropFirst() } else if s.hasPrefix("-") { negative = true; s = s.dropFirst() }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let intPart = parts[0].drop { $0 == "0" }
        var frac = parts.count == 2 ? Substring(parts[1]) : ""
        while frac.hasSuffix("0") { frac = frac.dropLast() }
        let body = (intPart.isEmpty ? "0" : String(intPart)) + (frac.isEmpty ? "" : "." + frac)
        return (negative && body != "0" ? "-" : "") + body
    }

    static func normalise(_ row: [String: Term]) -> [String: Term] { row.mapValues(normalise) }

    /// nil when `actual` matches `expected`, else why not.
    /// - Parameters:
    ///   - lax: REDUCED-style cardinality: each expected row may appear
    ///     from once up to its expected number of times.
    ///   - orderVariables: when set, row `i` of both must agree on these
    ///     variables (skipped when an expected value is a blank node).
    ///   - exact: compare terms exactly (no numeric or language-tag normalisation).
    static func compareSolutions(expected: [[String: Term]], actual: [[String: Term]], lax: Bool,
                                 orderVariables: [String]?, exact: Bool = false) -> String? {
        let e = exact ? expected : expected.map(normalise)
        let a = exact ? actual : actual.map(normalise)
        if !lax && e.count != a.count { return "expected \(e.count) rows, got \(a.count)" }
        let hasBlank = { (r: [String: Term]) in r.values.contains { $0.isBlankNode } }
        let eGround = e.filter { !hasBlank($0) }, aGround = a.filter { !hasBlank($0) }
        let eBlank = e.filter(hasBlank), aBlank = a.filter(hasBlank)
        var eCount: [[String: Term]: Int] = [:], aCount: [[String: Term]: Int] = [:]
        for r in eGround { eCount[r, default: 0] += 1 }
        for r in aGround { aCount[r, default: 0] += 1 }
        if lax {
            if Set(eCount.keys) != Set(aCount.keys) || aCount.contains(where: { $0.value > eCount[$0.key] ?? 0 }) {
                return "rows differ (lax cardinality)\(diff(eCount, aCount))"
            }
            if eBlank.isEmpty && aBlank.isEmpty { return nil }
        } else if eCount != aCount {
            return "rows differ\(diff(eCount, aCount))"
        }
        if eBlank.count != aBlank.count { return "expected \(eBlank.count) rows with blank nodes, got \(aBlank.count)" }
        var forward: [BlankNode: BlankNode] = [:], backward: [BlankNode: BlankNode] = [:]
        var used = [Bool](repeating: false, count: aBlank.count)
        if !matchRows(eBlank, 0, aBlank, &used, &forward, &backward) { return "rows with blank nodes differ" }
        if let vars = orderVariables, !vars.isEmpty, !lax, !e.contains(where: { r in vars.contains { r[$0]?.isBlankNode == true } }) {
            for i in 0..<min(e.count, a.count) {
                for v in vars where e[i][v] != a[i][v] {
                    return "order differs at row \(i + 1): expected ?\(v) = \(e[i][v].map { "\($0)" } ?? "unbound"), got \(a[i][v].map { "\($0)" } ?? "unbound")"
                }
            }
        }
        return nil
    }

    private static func diff(_ e: [[String: Term]: Int], _ a: [[String: Term]: Int]) -> String {
        func show(_ r: [String: Term]) -> String { "{" + r.sorted { $0.key < $1.key }.map { "?\($0.key)=\($0.value)" }.joined(separator: " ") + "}" }
        let missing = e.filter { (a[$0.key] ?? 0) < $0.value }.map(\.key).prefix(5).map(show)
        let extra = a.filter { (e[$0.key] ?? 0) < $0.value }.map(\.key).prefix(5).map(show)
        return (missing.isEmpty ? "" : "; missing " + missing.joined(separator: ", ")) + (extra.isEmpty ? "" : "; unexpected " + extra.joined(separator: ", "))
    }

    private static func matchRows(_ e: [[String: Term]], _ i: Int, _ a: [[String: Term]], _ used: inout [Bool],
                                  _ fwd: inout [BlankNode: BlankNode], _ bwd: inout [BlankNode: BlankNode]) -> Bool {
        if i == e.count { return true }
        let row = e[i]
        for j in a.indices where !used[j] && a[j].count == row.count {
            var f = fwd, b = bwd
            var ok = true
            for (k, v) in row {
                guard let w = a[j][k] else { ok = false; break }
                if case .blankNode(let x) = v, case .blankNode(let y) = w {
                    if let m = f[x], m != y { ok = false; break }
                    if let m = b[y], m != x { ok = false; break }
                    f[x] = y; b[y] = x
                } else if v != w { ok = false; break }
            }
            guard ok else { continue }
            used[j] = true
            if matchRows(e, i + 1, a, &used, &f, &b) { fwd = f; bwd = b; return true }
            used[j] = false
        }
        return false
    }
}
