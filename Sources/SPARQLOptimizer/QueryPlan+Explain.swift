import RDF
import SPARQLSyntax

extension QueryPlan {
    /// The plan as indented text, one operator per line (the triple
    /// patterns of a BGP on lines of their own, in evaluation order), each
    /// operator followed by its estimated row count and, when `actualRows`
    /// is given, the rows it actually produced.
    ///
    ///     project (?s ?name)                                [est 120, actual 118]
    ///       bgp                                              [est 120, actual 118]
    ///         ?s rdf:type foaf:Person                        ×120
    ///         ?s foaf:name ?name                             ×1
    ///
    /// Row counts are totals over the whole evaluation: a plan on the right
    /// of a join runs once per left row, so its estimate is the left side's
    /// rows times its rows per run. `×N` on a triple pattern is its
    /// estimated matches per row reaching it. Estimates are rounded (one
    /// decimal below 10); the text is deterministic.
    ///
    /// - Parameters:
    ///   - estimator: where estimates come from; nil prints none.
    ///   - actualRows: rows produced per operator, indexed by the
    ///     operator's position in a pre-order walk (`children` order), as
    ///     the evaluator's analyse mode counts them.
    ///   - prefixes: namespaces used to shorten IRIs (`<http://…/x>` →
    ///     `p:x`) where the local part is a plain name.
    /// - Complexity: O(size of the plan × log n).
    public func explain(estimator: CardinalityEstimator?, actualRows: [Int]? = nil, prefixes: [Namespace] = []) -> String {
        var lines: [(text: String, note: String)] = []
        var next = 0
        func walk(_ plan: QueryPlan, depth: Int, bound: Set<Variable>, graph: PlanGraph, runs: Double) {
            let id = next
            next += 1
            let pad = String(repeating: "  ", count: depth)
            var note = ""
            if let estimator { note = "est " + Self.format(runs * estimator.estimate(plan, bound: bound, graph: graph)) }
            if let actualRows, id < actualRows.count { note += (note.isEmpty ? "" : ", ") + "actual \(actualRows[id])" }
            lines.append((pad + plan.label, note.isEmpty ? "" : "[\(note)]"))
            if case .bgp(let patterns) = plan {
                var b = bound
                for t in patterns {
                    let step = estimator.map { "×" + Self.format($0.estimate(t, bound: b, graph: graph)) } ?? ""
                    lines.append((pad + "  " + "\(t.subject) \(t.predicate) \(t.object)", step))
                    b.formUnion(t.variables)
                }
            }
            let children = plan.children
            func est(_ p: QueryPlan, _ b: Set<Variable>) -> Double { estimator?.estimate(p, bound: b, graph: graph) ?? 1 }
            switch plan {
            case .join(let a, let b), .leftJoin(let a, let b, _):
                walk(a, depth: depth + 1, bound: bound, graph: graph, runs: runs)
                walk(b, depth: depth + 1, bound: bound.union(a.certainlyBound), graph: graph, runs: runs * est(a, bound))
            case .minus(let a, let b):
                walk(a, depth: depth + 1, bound: bound, graph: graph, runs: runs)
                walk(b, depth: depth + 1, bound: [], graph: graph, runs: 1)
            case .graph(let name, let a):
                if let t = name.term { walk(a, depth: depth + 1, bound: bound, graph: .named(t), runs: runs) } else {
                    walk(a, depth: depth + 1, bound: bound.union([name.variable!]), graph: .anyNamed, runs: runs)
                }
            case .project(let a, let vars): walk(a, depth: depth + 1, bound: bound.intersection(vars), graph: graph, runs: runs)
            case .group(let a, _, _): walk(a, depth: depth + 1, bound: [], graph: graph, runs: runs)
            default:
                for c in children { walk(c, depth: depth + 1, bound: bound, graph: graph, runs: runs) }
            }
        }
        walk(self, depth: 0, bound: [], graph: .defaultGraph, runs: 1)
        let texts = lines.map { PrefixShortener(prefixes).shorten($0.text) }
        let width = min(72, texts.map(\.count).max() ?? 0) + 2
        var out = ""
        for (text, line) in zip(texts, lines) {
            out += text
            if !line.note.isEmpty { out += String(repeating: " ", count: max(2, width - text.count)) + line.note }
            out += "\n"
        }
        return out
    }

    /// The number of operators (the length of the pre-order walk
    /// `explain` numbers).
    public var operatorCount: Int { 1 + children.reduce(0) { $0 + $1.operatorCount } }

    /// The operator's line: its name and arguments (SSE forms).
    var label: String {
        func list(_ vs: [Variable]) -> String { vs.map(\.description).joined(separator: " ") }
        func conditions(_ cs: [OrderCondition]) -> String {
            cs.map { $0.ascending ? SSEPrinter.format($0.expression) : "(desc \(SSEPrinter.format($0.expression)))" }.joined(separator: " ")
        }
        switch self {
        case .bgp(let t): return t.isEmpty ? "table unit" : "bgp"
        case .path(let s, let p, let o): return "path \(s) \(SSEPrinter.format(p)) \(o)"
        case .join: return "join"
        case .leftJoin(_, _, let e): return "leftjoin" + (e.map { " " + SSEPrinter.format($0) } ?? "")
        case .filter(let e, _): return "filter " + SSEPrinter.format(e)
        case .union: return "union"
        case .minus: return "minus"
        case .graph(let n, _): return "graph \(n)"
        case .extend(_, let v, let e): return "extend (\(v) \(SSEPrinter.format(e)))"
        case .values(let vars, let rows): return "table (\(list(vars))) \(rows.count) rows"
        case .group(_, let keys, let aggs):
            let ks = keys.map { k in k.variable.map { v in k.expression == .variable(v) ? v.description : "(\(v) \(SSEPrinter.format(k.expression)))" } ?? SSEPrinter.format(k.expression) }
            return "group (\(ks.joined(separator: " "))) (" + aggs.map { "(\($0.variable) \(SSEPrinter.format($0.aggregate)))" }.joined(separator: " ") + ")"
        case .orderBy(_, let cs): return "order (\(conditions(cs)))"
        case .topK(_, let cs, let k): return "topk \(k) (\(conditions(cs)))"
        case .project(_, let vars): return "project (\(list(vars)))"
        case .distinct: return "distinct"
        case .reduced: return "reduced"
        case .slice(_, let o, let l): return "slice \(o == 0 ? "_" : String(o)) \(l.map(String.init) ?? "_")"
        case .service(let n, _, let silent): return "service \(silent ? "silent " : "")\(n)"
        }
    }

    static func format(_ x: Double) -> String {
        if x < 10 {
            let tenths = (x * 10).rounded()
            return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(Int(tenths) / 10) + "." + String(Int(tenths) % 10)
        }
        return x < 1e15 ? String(Int(x.rounded())) : "1e15+"
    }
}

/// Writes `<iri>` as `prefix:local` where a namespace matches and the
/// local part is a plain name (letters, digits, `_`, `-`, not starting with
/// `-`); the longest namespace wins.
public struct PrefixShortener {
    let namespaces: [Namespace]
    init(_ namespaces: [Namespace]) {
        self.namespaces = namespaces.sorted { ($0.iri.count, $1.prefix) > ($1.iri.count, $0.prefix) }
    }

    /// `text` with IRIs shortened by `prefixes` (see the type's documentation).
    public static func shorten(_ text: String, prefixes: [Namespace]) -> String {
        PrefixShortener(prefixes).shorten(text)
    }

    func shorten(_ text: String) -> String {
        guard !namespaces.isEmpty, text.contains("<") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let iri = rest[rest.index(after: open)..<close]
            var replaced = false
            for ns in namespaces where iri.hasPrefix(ns.iri) {
                let local = iri.dropFirst(ns.iri.count)
                if !local.isEmpty, local.first != "-", local.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                    out += ns.prefix + ":" + local
                    replaced = true
                    break
                }
            }
            if !replaced { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
