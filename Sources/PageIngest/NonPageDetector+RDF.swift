import RDF

extension NonPageDetector {
    /// The RDF syntax the lines of a text are written in, by scoring each line against each
    /// syntax's line grammar; nil when the text is not RDF.
    ///
    /// Each line that is not a comment (`#…`, a valid line in all of them) is checked as
    /// - an N-Triples line (`NTriplesGrammar`, the grammar Raptor's reading is held to), where a
    ///   statement whole but for its final `.` still counts (and is reported);
    /// - an N-Quads line (the same grammar with a graph label);
    /// - a Turtle or TriG line (`isRDFLine`: directives, prefixed names, `;`/`,` continuations, and
    ///   TriG's graph blocks, `isTriGBlockLine`).
    ///
    /// The syntax whose lines are the most wins; ties go to the stricter (N-Triples, then N-Quads,
    /// then Turtle/TriG), and N-Quads is named only when a line carries a graph label. It must hold
    /// at least six lines in ten, and two lines or every line (a one-line text only when that line
    /// is a statement). Prose, menus and label lines are never statements of these grammars.
    ///
    /// Source: RDF 1.1 N-Triples §7, N-Quads §5, Turtle §6.5, TriG §5.
    static func rdfSyntax(of lines: [Document.Line]) -> RDFSyntaxGuess? {
        var statements = 0, comments = 0
        var nTriples = 0, withoutDot = 0, nQuads = 0, withGraph = 0, quadsWithoutDot = 0, turtle = 0, graphBlocks = 0
        for line in lines {
            let text = line.text
            if text.hasPrefix("#") { comments += 1; continue }
            statements += 1
            var copy = text
            let length = text.utf8.count
            let (triple, quad) = copy.withUTF8 { bytes in
                (NTriplesGrammar.problem(in: bytes, allowsGraph: false), NTriplesGrammar.problem(in: bytes, allowsGraph: true))
            }
            /// Whole but for the final `.`.
            func lacksDot(_ problem: (index: Int, message: String)?) -> Bool {
                problem.map { $0.index == length && $0.message == NTriplesGrammar.missingFinalDot } ?? false
            }
            if triple == nil || lacksDot(triple) {
                nTriples += 1
                if triple != nil { withoutDot += 1 }
            }
            if quad == nil || lacksDot(quad) {
                nQuads += 1
                if quad != nil { quadsWithoutDot += 1 }
                if !(triple == nil || lacksDot(triple)) { withGraph += 1 }
            }
            if isTriGBlockLine(text) {
                turtle += 1
                graphBlocks += 1
            } else if isRDFLine(text) {
                turtle += 1
            }
        }
        guard statements > 0 else { return nil }
        let candidates = [
            RDFSyntaxGuess(syntax: .nTriples, lines: nTriples, withoutDot: withoutDot),
            RDFSyntaxGuess(syntax: .nQuads, lines: withGraph > 0 ? nQuads : 0, withoutDot: quadsWithoutDot),
            RDFSyntaxGuess(syntax: graphBlocks > 0 ? .trig : .turtle, lines: turtle, withoutDot: 0),
        ]
        // The first of equals wins: the candidates are listed from the strictest.
        var best = candidates[0]
        for c in candidates.dropFirst() where c.lines > best.lines { best = c }
        guard best.lines * 10 >= statements * 6, best.lines >= 2 || best.lines == statements else { return nil }
        best.statements = statements
        best.comments = comments
        return best
    }

    /// A line of TriG's graph blocks: `{`, `}`, `GRAPH <g> {`, `<g> {`, `ex:g {`, `_:g {`.
    static func isTriGBlockLine(_ t: String) -> Bool {
        if t == "{" || t == "}" || t == "} ." || t == "}." { return true }
        guard t.hasSuffix(" {") || t.hasSuffix(">{") else { return false }
        var head = t.dropLast().drop { $0 == " " }
        while head.hasSuffix(" ") { head = head.dropLast() }
        if head.prefix(6).uppercased() == "GRAPH " { head = head.dropFirst(6) }
        if head.hasPrefix("<") && head.hasSuffix(">") && !head.contains(" ") { return true }
        // A prefixed name or blank node: `prefix:local`, no spaces.
        guard let colon = head.firstIndex(of: ":"), !head.contains(" "), !head.contains("//") else { return false }
        return head[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    /// What `rdfSyntax(of:)` found.
    struct RDFSyntaxGuess {
        enum Syntax {
            case nTriples, nQuads, turtle, trig

            var name: String {
                switch self {
                case .nTriples: "N-Triples"
                case .nQuads: "N-Quads"
                case .turtle: "Turtle"
                case .trig: "TriG"
                }
            }

            /// Its `--data-format` name.
            var formatName: String {
                switch self {
                case .nTriples: "ntriples"
                case .nQuads: "nquads"
                case .turtle: "turtle"
                case .trig: "trig"
                }
            }

            /// What its lines are.
            var lineKinds: String {
                switch self {
                case .nTriples: "triples"
                case .nQuads: "triples or quads"
                case .turtle: "directives or triples"
                case .trig: "directives, triples or graph blocks"
                }
            }
        }

        var syntax: Syntax
        /// Lines (not comments) of the syntax.
        var lines: Int
        /// Of those, statements whole but for their final `.`.
        var withoutDot: Int
        /// Lines that are not comments, and comment lines.
        var statements = 0
        var comments = 0

        /// The refusal's text: `not a page: the text is RDF (N-Triples: 2 of 2 lines are triples, 1
        /// without its final '.'); load it with …`.
        var message: String {
            var counts = "\(lines) of \(statements) lines are \(syntax.lineKinds)"
            if comments > 0 { counts += ", besides \(comments) comment line\(comments == 1 ? "" : "s")" }
            if withoutDot > 0 { counts += ", \(withoutDot) without \(withoutDot == 1 ? "its" : "their") final '.'" }
            return "not a page: the text is RDF (\(syntax.name): \(counts)); load it with `osce-kg query --data FILE --data-format \(syntax.formatName)`"
        }
    }
}
