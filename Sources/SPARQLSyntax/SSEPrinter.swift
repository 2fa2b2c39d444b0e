import RDF

/// Prints algebra in an SSE-like form (the S-expression syntax of Jena's
/// ARQ algebra), for debugging and golden tests. Deterministic: the same
/// algebra gives the same text.
///
///     (project (?s)
///       (bgp (triple ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/C>)))
///
/// Terms print in N-Triples form; variables with `?`; built-in calls by
/// their keyword in lower case; IRI functions by `<iri>`.
public enum SSEPrinter {
    /// The query: form, dataset and pattern.
    public static func format(_ query: Query) -> String {
        var head: String
        switch query.form {
        case .select(let vars): head = "(select (\(vars.map(\.description).joined(separator: " ")))"
        case .construct(let template): head = "(construct (\(template.map { "(triple \($0.subject) \($0.predicate) \($0.object))" }.joined(separator: " ")))"
        case .ask: head = "(ask"
        case .describe(let resources): head = "(describe (\(resources.map(\.description).joined(separator: " ")))"
        }
        if !query.dataset.isEmpty {
            head += " (dataset (default \(query.dataset.defaultGraphs.map(\.description).joined(separator: " "))) (named \(query.dataset.namedGraphs.map(\.description).joined(separator: " "))))"
        }
        return head + "\n" + format(query.pattern, indent: 1) + ")"
    }

    /// The algebra expression, indented by two spaces per level.
    public static func format(_ pattern: GraphPattern, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        func sub(_ p: GraphPattern) -> String { format(p, indent: indent + 1) }
        switch pattern {
        case .bgp(let ts):
            if ts.isEmpty { return pad + "(table unit)" }
            return pad + "(bgp " + ts.map { "(triple \($0.subject) \($0.predicate) \($0.object))" }.joined(separator: " ") + ")"
        case .path(let s, let path, let o):
            return pad + "(path \(s) \(format(path)) \(o))"
        case .join(let a, let b): return pad + "(join\n\(sub(a))\n\(sub(b)))"
        case .leftJoin(let a, let b, let e):
            return pad + "(leftjoin\n\(sub(a))\n\(sub(b))" + (e.map { "\n" + pad + "  " + format($0) } ?? "") + ")"
        case .filter(let e, let a): return pad + "(filter \(format(e))\n\(sub(a)))"
        case .union(let a, let b): return pad + "(union\n\(sub(a))\n\(sub(b)))"
        case .minus(let a, let b): return pad + "(minus\n\(sub(a))\n\(sub(b)))"
        case .graph(let name, let a): return pad + "(graph \(name)\n\(sub(a)))"
        case .extend(let a, let v, let e): return pad + "(extend ((\(v) \(format(e))))\n\(sub(a)))"
        case .values(let vars, let rows):
            let rs = rows.map { row in
                "(row" + zip(vars, row).compactMap { v, t in t.map { " [\(v) \($0)]" } }.joined() + ")"
            }
            return pad + "(table (vars\(vars.map { " \($0)" }.joined()))" + rs.map { " " + $0 }.joined() + ")"
        case .group(let a, let keys, let aggs):
            let ks = keys.map { k in
                if let v = k.variable, k.expression == .variable(v) { return v.description }
                if let v = k.variable { return "(\(v) \(format(k.expression)))" }
                return format(k.expression)
            }.joined(separator: " ")
            let ags = aggs.map { "(\($0.variable) \(format($0.aggregate)))" }.joined(separator: " ")
            return pad + "(group (\(ks)) (\(ags))\n\(sub(a)))"
        case .orderBy(let a, let conds):
            let cs = conds.map { $0.ascending ? format($0.expression) : "(desc \(format($0.expression)))" }.joined(separator: " ")
            return pad + "(order (\(cs))\n\(sub(a)))"
        case .project(let a, let vars): return pad + "(project (\(vars.map(\.description).joined(separator: " ")))\n\(sub(a)))"
        case .distinct(let a): return pad + "(distinct\n\(sub(a)))"
        case .reduced(let a): return pad + "(reduced\n\(sub(a)))"
        case .slice(let a, let offset, let limit):
            return pad + "(slice \(offset == 0 ? "_" : String(offset)) \(limit.map(String.init) ?? "_")\n\(sub(a)))"
        case .service(let name, let a, let silent):
            return pad + "(service \(silent ? "silent " : "")\(name)\n\(sub(a)))"
        }
    }

    /// A property path: `(seq …)`, `(alt …)`, `(reverse …)`, `(path* …)`,
    /// `(path+ …)`, `(path? …)`, `(notoneof …)`.
    public static func format(_ path: PropertyPath) -> String {
        switch path {
        case .iri(let i): return i.description
        case .inverse(let p): return "(reverse \(format(p)))"
        case .sequence(let a, let b): return "(seq \(format(a)) \(format(b)))"
        case .alternative(let a, let b): return "(alt \(format(a)) \(format(b)))"
        case .zeroOrMore(let p): return "(path* \(format(p)))"
        case .oneOrMore(let p): return "(path+ \(format(p)))"
        case .zeroOrOne(let p): return "(path? \(format(p)))"
        case .negated(let f, let inv):
            return "(notoneof" + f.map { " \($0)" }.joined() + inv.map { " (reverse \($0))" }.joined() + ")"
        }
    }

    /// An expression in prefix form, e.g. `(&& (> ?x 1) (bound ?y))`.
    public static func format(_ e: Expression) -> String {
        func bin(_ op: String, _ a: Expression, _ b: Expression) -> String { "(\(op) \(format(a)) \(format(b)))" }
        switch e {
        case .term(let t): return t.description
        case .variable(let v): return v.description
        case .or(let a, let b): return bin("||", a, b)
        case .and(let a, let b): return bin("&&", a, b)
        case .not(let a): return "(! \(format(a)))"
        case .equal(let a, let b): return bin("=", a, b)
        case .notEqual(let a, let b): return bin("!=", a, b)
        case .less(let a, let b): return bin("<", a, b)
        case .lessOrEqual(let a, let b): return bin("<=", a, b)
        case .greater(let a, let b): return bin(">", a, b)
        case .greaterOrEqual(let a, let b): return bin(">=", a, b)
        case .add(let a, let b): return bin("+", a, b)
        case .subtract(let a, let b): return bin("-", a, b)
        case .multiply(let a, let b): return bin("*", a, b)
        case .divide(let a, let b): return bin("/", a, b)
        case .unaryPlus(let a): return "(+ \(format(a)))"
        case .unaryMinus(let a): return "(- \(format(a)))"
        case .in(let a, let list, let negated):
            return "(\(negated ? "notin" : "in") \(format(a))" + list.map { " " + format($0) }.joined() + ")"
        case .bound(let v): return "(bound \(v))"
        case .builtin(let function, let args): return "(\(function.sseName)" + args.map { " " + format($0) }.joined() + ")"
        case .function(let iri, let args): return "(\(iri)" + args.map { " " + format($0) }.joined() + ")"
        case .exists(let p, let negated):
            return "(\(negated ? "notexists" : "exists") " + format(p).split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " ") + ")"
        case .aggregate(let a): return format(a)
        }
    }

    /// An aggregate, e.g. `(count distinct ?x)`, `(group_concat ?x ";")`.
    public static func format(_ a: Aggregate) -> String {
        func agg(_ name: String, _ distinct: Bool, _ e: Expression?) -> String {
            "(\(name)\(distinct ? " distinct" : "")\(e.map { " " + format($0) } ?? ""))"
        }
        switch a {
        case .count(let d, let e): return agg("count", d, e)
        case .sum(let d, let e): return agg("sum", d, e)
        case .avg(let d, let e): return agg("avg", d, e)
        case .min(let d, let e): return agg("min", d, e)
        case .max(let d, let e): return agg("max", d, e)
        case .sample(let d, let e): return agg("sample", d, e)
        case .groupConcat(let d, let e, let sep):
            return "(group_concat\(d ? " distinct" : "") \(format(e)) \(Literal(sep).description))"
        }
    }
}
