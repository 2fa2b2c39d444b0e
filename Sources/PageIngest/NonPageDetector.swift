import RDF

/// Refuses text that is not a page at all, before any layout is tried: RDF (Turtle, N-Triples,
/// RDF/XML, JSON-LD), SPARQL queries, XML or HTML markup, source code, and data tables (CSV/TSV).
///
/// It looks at the first 30 content lines and counts the lines that have the shape of each
/// format; a format that holds most of them wins. RDF is named by its syntax, each line scored
/// against each line grammar (`rdfSyntax(of:)`). Prose, menus and label lines never have these
/// shapes, so a page is never refused for a few odd lines.
/// Source: the syntaxes' own line forms (RDF 1.1 Turtle and N-Triples, SPARQL 1.1 Query, XML 1.0 prolog, RFC 4180).
enum NonPageDetector {
    struct Refusal {
        var position: SourcePosition
        var message: String
    }

    static func check(_ document: Document) -> Refusal? {
        let lines = document.lines.lazy.filter { !$0.isBlank && !$0.isHeader }.prefix(30)
        guard let first = lines.first else { return nil }
        let sample = Array(lines)
        let n = sample.count
        let at = first.range.start
        let head = first.text
        if head.hasPrefix("<?xml") || head.hasPrefix("<rdf:RDF") {
            return Refusal(position: at, message: "not a page: the text is XML markup (RDF/XML or another XML document), not the text of a web page")
        }
        if head.hasPrefix("#!/") {
            return Refusal(position: at, message: "not a page: the text is a script (it starts with \"#!\")")
        }
        let lowerHead = head.prefix(16).lowercased()
        if lowerHead.hasPrefix("<!doctype") || lowerHead.hasPrefix("<html") {
            return Refusal(position: at, message: "not a page: the text is HTML markup; save the page as .html, or as its rendered text")
        }
        if head.hasPrefix("{") || head.hasPrefix("[") {
            let jsonish = sample.filter { isJSONLine($0.text) }.count
            // A short text (a line or two) only when every line is JSON syntax.
            if jsonish * 10 >= n * 8, jsonish >= 3 || jsonish == n {
                return Refusal(position: at, message: "not a page: the text is JSON (\(jsonish) of \(n) lines are JSON syntax)\(Self.jsonHint)")
            }
        }
        // SPARQL: a query form keyword and most lines in query syntax (before RDF: both have PREFIX);
        // a text of one or two lines only when all of them are.
        if let sparql = count(in: sample, tenths: 6, where: isSPARQLLine), sparql >= 3 || sparql == n,
           sample.contains(where: { isSPARQLQueryForm($0.text) }) {
            return Refusal(position: at, message: "not a page: the text is a SPARQL query (\(sparql) of \(n) lines are prologue, query form, patterns or modifiers); run it with `osce-kg query --query FILE --data …`")
        }
        // RDF: the syntax whose line grammar the most lines follow (N-Triples, N-Quads, Turtle, TriG).
        if let rdf = rdfSyntax(of: sample) {
            return Refusal(position: at, message: rdf.message)
        }
        if let code = count(in: sample, tenths: 5, where: isCodeLine), code >= 3 {
            return Refusal(position: at, message: "not a page: the text is source code (\(code) of \(n) lines are statements, braces or declarations)")
        }
        if let table = tableShape(sample) {
            return Refusal(position: at, message: "not a page: the text is a data table (\(table))")
        }
        return nil
    }

    /// What to do with JSON given as a page: load it as RDF/JSON or JSON-LD.
    static let jsonHint = "; RDF/JSON and JSON-LD load with `osce-kg query --data FILE --data-format json` (or `jsonld`)"

    /// The number of `lines` whose text satisfies `test`, when it is at least `tenths`/10 of
    /// them; nil otherwise, found as soon as too many lines have failed (prose fails at once).
    private static func count(in lines: [Document.Line], tenths: Int, where test: (String) -> Bool) -> Int? {
        let n = lines.count
        var hits = 0
        var misses = 0
        for line in lines {
            if test(line.text) {
                hits += 1
            } else {
                misses += 1
                // `hits * 10 >= n * tenths` can no longer hold once `misses * 10 > n * (10 - tenths)`.
                if misses * 10 > n * (10 - tenths) { return nil }
            }
        }
        return hits * 10 >= n * tenths ? hits : nil
    }

    static func isRDFLine(_ t: String) -> Bool {
        let lower = t.prefix(8).lowercased()
        if lower.hasPrefix("@prefix ") || lower.hasPrefix("@base ") || lower.hasPrefix("prefix ") || lower.hasPrefix("base <") {
            return t.contains(":") && (t.contains("<") || t.hasSuffix("."))
        }
        guard t.hasSuffix(" .") || t.hasSuffix(" ;") || t.hasSuffix(" ,") || t.hasSuffix(">.") || t == "." || t == "]" || t == "] ." else { return false }
        // An IRI, a prefixed name (`foaf:name`, `a`) or a literal with a tag or datatype.
        if t.contains("<http") || t.contains("<urn:") || t.hasPrefix("<") || t.hasPrefix("_:") { return true }
        let words = t.split(separator: " ")
        let prefixed = words.filter { w in
            guard let c = w.firstIndex(of: ":"), c != w.startIndex || w.hasPrefix(":") else { return false }
            let local = w[w.index(after: c)...]
            return !w.hasSuffix(":") && !local.hasPrefix("//") && w.first?.isLetter != false && !w.contains("“")
        }
        return prefixed.count >= 1 && (words.first.map { $0.contains(":") || $0 == "a" } ?? false || words.count <= 4)
    }

    /// The keywords that open a SPARQL query or update (upper case, as queries are written).
    static let sparqlForms = ["SELECT ", "SELECT*", "CONSTRUCT", "ASK ", "ASK{", "DESCRIBE ", "INSERT ", "DELETE ", "WITH <"]
    /// Keywords (upper case) that open other lines of a query: prologue, patterns, solution modifiers.
    static let sparqlStarts = ["PREFIX ", "BASE <", "WHERE", "OPTIONAL", "FILTER", "MINUS", "UNION", "BIND", "VALUES ", "GRAPH ",
                               "SERVICE ", "ORDER BY", "GROUP BY", "HAVING", "LIMIT ", "OFFSET ", "FROM <", "FROM NAMED"]

    /// A line that opens a query form (`SELECT ?date ?speaker`, `ASK {`, `CONSTRUCT {`).
    static func isSPARQLQueryForm(_ t: String) -> Bool {
        guard sparqlForms.contains(where: { uppercasedHead(of: t, within: 10, hasPrefix: $0) })
                || (t.utf8.count <= 16 && ["CONSTRUCT", "DESCRIBE", "ASK"].contains(t.uppercased())) else { return false }
        return t.contains("?") || t.contains("$") || t.contains("*") || t.contains("{") || !t.contains(" ")
    }

    /// A line of a SPARQL query: a comment, a keyword line, a brace, or a triple pattern with a
    /// `?variable` (`?q schema:text ?quote ;`).
    static func isSPARQLLine(_ t: String) -> Bool {
        if t.hasPrefix("#") || ["{", "}", "} .", "}."].contains(t) { return true }
        if isSPARQLQueryForm(t) { return true }
        if sparqlStarts.contains(where: { uppercasedHead(of: t, within: 11, hasPrefix: $0) }), t.prefix(5).uppercased() == t.prefix(5) {
            return t.contains("?") || t.contains("{") || t.contains("<") || t.contains("(") || t.last?.isNumber == true
        }
        // A triple pattern: a variable and a pattern's end or a prefixed name, in at most 8 words.
        guard t.utf8.contains(0x3F) || t.utf8.contains(0x24) else { return false }  // no `?` or `$`: no variable
        guard t.spaceSeparatedWordCount(upTo: 8) <= 8 else { return false }
        let words = t.split(separator: " ")
        let variables = words.filter { $0.count > 1 && ($0.hasPrefix("?") || $0.hasPrefix("$")) && $0.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
        guard !variables.isEmpty, words.count <= 8 else { return false }
        return t.hasSuffix(" .") || t.hasSuffix(" ;") || t.hasSuffix(" ,") || t.hasSuffix("}") || words.contains { $0 == "a" || ($0.contains(":") && !$0.hasSuffix(":")) }
    }

    /// `t.prefix(n).uppercased().hasPrefix(keyword)` for an upper-case ASCII `keyword` of at most
    /// `n` bytes, read from the bytes while the text's head is ASCII (no `String` is made; a
    /// non-ASCII head, whose case mapping may change its length, takes the general path).
    static func uppercasedHead(of t: String, within n: Int, hasPrefix keyword: String) -> Bool {
        let bytes = t.utf8
        var i = bytes.startIndex
        for k in keyword.utf8 {
            guard i < bytes.endIndex else { return false }
            let b = bytes[i]
            if b >= 0x80 { return t.prefix(n).uppercased().hasPrefix(keyword) }
            if (b >= 0x61 && b <= 0x7A ? b - 0x20 : b) != k { return false }
            i = bytes.index(after: i)
        }
        return true
    }

    static func isJSONLine(_ t: String) -> Bool {
        if ["{", "}", "[", "]", "},", "],", ",", "}]", "}],"].contains(t) { return true }
        // A whole object or array on one line: `{"a": 1}`, `[{"b": "c"}]`, `[1, 2]`.
        if (t.hasPrefix("{\"") && t.hasSuffix("}")) || (t.hasPrefix("[") && t.hasSuffix("]") && t.count >= 2) {
            return t.contains("\":") || t.contains("\" :") || t.dropFirst().dropLast().allSatisfy { $0.isNumber || $0 == "," || $0 == " " || $0 == "." || $0 == "-" }
        }
        return t.hasPrefix("\"") && (t.contains("\":") || t.contains("\" :"))
    }

    /// Operators and forms that occur in code and (almost) never in page text.
    static let codeMarks = ["$(", "${", " := ", " ?= ", " += ", " == ", " != ", " && ", " || ", " -> ", " => ", "();", "::"]
    static let codeStarts = ["import ", "#include", "#import", "#!/", "func ", "def ", "class ", "struct ", "enum ",
                             "public ", "private ", "static ", "return ", "let ", "var ", "const ", "function ",
                             "package ", "using ", "namespace ", "if (", "for (", "while (", "} else", "@"]

    /// A line of source code (or of a build file): a comment, a brace, a declaration, a call, an operator.
    static func isCodeLine(_ t: String) -> Bool {
        if t.hasPrefix("- ") || t.hasPrefix("• ") || t.hasPrefix("* ") { return false }
        // Every code form below needs one of these bytes: ( ) { } [ ] ; = : $ & | > \ / @ # " or `end`/`fi`/`done`.
        guard t.utf8.contains(where: { b in
            switch b {
            case 0x28, 0x29, 0x7B, 0x7D, 0x5B, 0x5D, 0x3B, 0x3D, 0x3A, 0x24, 0x26, 0x7C, 0x3E, 0x5C, 0x2F, 0x40, 0x23, 0x22: true
            default: false
            }
        }) || t == "end" || t == "fi" || t == "done" else { return false }
        if ["{", "}", "};", "});", ")", "),", "]", "],", "end", "fi", "done"].contains(t) { return true }
        if t.hasPrefix("//") || t.hasPrefix("/*") || t.hasPrefix("*/") { return true }
        if t.hasSuffix("\\") || t.hasSuffix("{") || t.hasSuffix("};") { return true }
        if codeMarks.contains(where: { t.contains($0) }) { return true }
        let words = t.spaceSeparatedWordCount(upTo: 12)  // compared with 4 and 12 only
        let codeChars = t.contains("(") || t.contains("=") || t.contains("\"") || t.contains("[") || t.contains("->")
        if t.hasSuffix(";") && (codeChars || words <= 4) { return true }
        for s in codeStarts where t.hasPrefix(s) {
            // `For further information …` is prose: a code line has operators or brackets.
            if codeChars || t.contains("{") || t.contains(":") || t.hasPrefix("#") || t.hasPrefix("@") { return true }
        }
        // A call: an identifier glued to `(`, on a line ending like code.
        if let open = t.firstIndex(of: "("), open > t.startIndex {
            let before = t[t.index(before: open)]
            let endsLikeCode = [")", "),", ");", "(", ",", ":", "{", "["].contains { t.hasSuffix($0) }
            if (before.isLetter || before.isNumber || before == "_" || before == ".") && endsLikeCode && !t.hasSuffix(".") {
                return words <= 12 || t.contains(": ") || t.contains("=")
            }
        }
        // `target: dependencies` (make), `key = value` assignments.
        if let colon = t.firstIndex(of: ":"), colon > t.startIndex, !t[..<colon].contains(" "),
           t[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == "%" || $0 == "$" || $0 == "(" || $0 == ")" }),
           t[..<colon].first?.isLowercase == true || t.hasPrefix("."), !t.contains("://") {
            return true
        }
        return t.contains(" = ") && (t.hasSuffix(")") || t.hasSuffix("]") || t.hasSuffix("\"") || t.first?.isLowercase == true)
    }

    /// `5 of 6 lines have 3 tab-separated fields`, when at least 80% of ≥ 3 lines share one
    /// separator count of 1 tab or more, or 2 commas or semicolons or more with short cells.
    static func tableShape(_ lines: [Document.Line]) -> String? {
        guard lines.count >= 3 else { return nil }
        // The commas and semicolons of each line, in one pass over its bytes.
        var commas: [Int] = []
        var semicolons: [Int] = []
        commas.reserveCapacity(lines.count)
        semicolons.reserveCapacity(lines.count)
        for l in lines {
            var c = 0, s = 0
            for b in l.text.utf8 {
                if b == 0x2C { c += 1 } else if b == 0x3B { s += 1 }
            }
            commas.append(c)
            semicolons.append(s)
        }
        for (sep, name) in [("\t", "tab"), (",", "comma"), (";", "semicolon")] {
            let perLine = sep == "\t" ? lines.map(\.tabCount) : sep == "," ? commas : semicolons
            let minSeparators = sep == "\t" ? 1 : 2
            // Fewer than 80% of the lines with enough separators: no count can win (the test below).
            guard perLine.lazy.filter({ $0 >= minSeparators }).count * 10 >= lines.count * 8 else { continue }
            var counts: [Int: Int] = [:]
            for c in perLine { counts[c, default: 0] += 1 }
            guard let (fields, hits) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            guard fields >= minSeparators, hits * 10 >= lines.count * 8, hits >= 3 else { continue }
            if sep != "\t" {
                // Prose has commas too: table cells are short.
                let cells = lines.flatMap { $0.text.split(separator: Character(sep)) }
                let long = cells.filter { $0.split(separator: " ").count > 8 }.count
                guard long * 10 <= cells.count else { continue }
            }
            return "\(hits) of \(lines.count) lines have \(fields + 1) \(name)-separated fields"
        }
        return nil
    }
}
