import Foundation
import RDF
import SPARQLSyntax

/// The SPARQL 1.1 function library (§17.4) and XSD casts (§17.5), evaluated
/// on argument values that the evaluator has already computed.
///
/// The lazy forms — IF, COALESCE, BOUND, EXISTS, `&&`, `||`, IN/NOT IN — are
/// evaluated by the engine (their arguments must not all be evaluated); it
/// uses `TermValues.effectiveBooleanValue` for IF/`&&`/`||` and
/// `TermValues.equals` for IN (§17.4.1.9: `x IN (a, b)` is `x = a || x = b`,
/// with errors treated as in `||`).
///
/// Strings: "string literal" means a simple literal, an xsd:string (the same
/// in RDF 1.1) or a language-tagged string. Lengths and positions count
/// Unicode code points (XPath F&O §7.4). String functions that return a
/// string keep the first argument's language tag (§17.4.3).
public enum FunctionLibrary {
    /// Calls the built-in function `function` on evaluated arguments (all
    /// but IF and COALESCE, whose arguments the engine evaluates lazily).
    ///
    /// Return types follow §17.4: e.g. STRLEN → xsd:integer, REGEX →
    /// xsd:boolean, SECONDS → xsd:decimal, TIMEZONE → xsd:dayTimeDuration,
    /// UUID → IRI `urn:uuid:…`, hashes → lower-case hex simple literal.
    ///
    /// - Throws: `ExpressionError` — `.typeError` for arguments of the wrong
    ///   kind (including incompatible string arguments, §17.4.3.1.1),
    ///   `.invalidArgument` for a bad regex, flag, replacement or language
    ///   tag, or the wrong number of arguments, `.unknownFunction` for IF
    ///   and COALESCE.
    public static func call(_ function: BuiltinFunction, _ args: [Term], _ context: inout FunctionContext) throws(ExpressionError) -> Term {
        let upper = function.rawValue
        switch function {
        case .if, .coalesce:
            throw ExpressionError(.unknownFunction, "\(upper) is evaluated by the engine (its arguments lazily)")
        // §17.4.2 Functions on RDF terms
        case .isIRI:
            try arity(upper, args, 1); return bool(args[0].isIRI)
        case .isBlank:
            try arity(upper, args, 1); return bool(args[0].isBlankNode)
        case .isLiteral:
            try arity(upper, args, 1); return bool(args[0].isLiteral)
        case .isNumeric:
            try arity(upper, args, 1)
            if case .literal(let l) = args[0], NumericValue(l) != nil { return bool(true) }
            return bool(false)
        case .sameTerm:
            try arity(upper, args, 2); return bool(TermValues.sameTerm(args[0], args[1]))
        case .str:
            try arity(upper, args, 1)
            switch args[0] {
            case .iri(let i): return plain(i.value)
            case .literal(let l): return plain(l.lexicalForm)
            case .blankNode: throw .type("STR of a blank node")
            }
        case .lang:
            try arity(upper, args, 1)
            guard case .literal(let l) = args[0] else { throw .type("LANG of a non-literal") }
            return plain(l.language ?? "")
        case .datatype:
            try arity(upper, args, 1)
            guard case .literal(let l) = args[0] else { throw .type("DATATYPE of a non-literal") }
            return .iri(l.datatype)
        case .langMatches:
            try arity(upper, args, 2)
            let tag = try simpleString(args[0]), range = try simpleString(args[1])
            return bool(langMatches(tag: tag, range: range))
        case .iri:
            try arity(upper, args, 1)
            return try makeIRI(args[0], base: context.baseIRI)
        case .bnode:
            return try makeBlankNode(args, &context)
        case .strdt:
            try arity(upper, args, 2)
            let lex = try simpleString(args[0])
            guard case .iri(let dt) = args[1] else { throw .type("STRDT datatype must be an IRI") }
            if dt == RDFVocabulary.langString { throw .type("STRDT cannot make rdf:langString") }
            return .literal(Literal(lex, datatype: dt))
        case .strlang:
            try arity(upper, args, 2)
            let lex = try simpleString(args[0]), tag = try simpleString(args[1])
            do { return .literal(try Literal(lex, language: tag)) } catch {
                throw ExpressionError(.invalidArgument, "STRLANG: invalid language tag \"\(tag)\"")
            }
        case .uuid:
            try arity(upper, args, 0); return .iri(IRI(unchecked: "urn:uuid:" + uuid(&context)))
        case .struuid:
            try arity(upper, args, 0); return plain(uuid(&context))

        // §17.4.3 Functions on strings
        case .strlen:
            try arity(upper, args, 1)
            return integer(try stringArg(args[0]).lexical.unicodeScalars.count)
        case .substr:
            guard args.count == 2 || args.count == 3 else { throw arityError(upper, args, "2 or 3") }
            let s = try stringArg(args[0])
            let start = try TermValues.numeric(args[1]).asDouble
            let length = args.count == 3 ? try TermValues.numeric(args[2]).asDouble : nil
            return s.with(substring(s.lexical, start: start, length: length))
        case .ucase:
            try arity(upper, args, 1)
            let s = try stringArg(args[0]); return s.with(s.lexical.uppercased())
        case .lcase:
            try arity(upper, args, 1)
            let s = try stringArg(args[0]); return s.with(s.lexical.lowercased())
        case .strstarts, .strends, .contains, .strbefore, .strafter:
            try arity(upper, args, 2)
            let a = try stringArg(args[0]), b = try stringArg(args[1])
            try checkCompatible(a, b, upper)
            switch function {
            case .strstarts: return bool(a.lexical.unicodeScalars.starts(with: b.lexical.unicodeScalars))
            case .strends: return bool(a.lexical.unicodeScalars.reversed().starts(with: b.lexical.unicodeScalars.reversed()))
            case .contains: return bool(b.lexical.isEmpty || a.lexical.range(of: b.lexical, options: .literal) != nil)
            case .strbefore:
                if b.lexical.isEmpty { return a.with("") }
                guard let r = a.lexical.range(of: b.lexical, options: .literal) else { return plain("") }
                return a.with(String(a.lexical[..<r.lowerBound]))
            default:
                if b.lexical.isEmpty { return a.with(a.lexical) }
                guard let r = a.lexical.range(of: b.lexical, options: .literal) else { return plain("") }
                return a.with(String(a.lexical[r.upperBound...]))
            }
        case .encodeForURI:
            try arity(upper, args, 1)
            return plain(encodeForURI(try stringArg(args[0]).lexical))
        case .concat:
            var out = ""
            var lang: String?? = .none  // .none = no argument yet; .some(nil) = no common tag
            for a in args {
                let s = try stringArg(a)
                out += s.lexical
                switch lang {
                case .none: lang = .some(s.language)
                case .some(let l?): if s.language != l { lang = .some(nil) }
                case .some(nil): break
                }
            }
            if case .some(let l?) = lang { return .literal(Literal(out, uncheckedLanguage: l)) }
            return plain(out)
        case .regex:
            guard args.count == 2 || args.count == 3 else { throw arityError(upper, args, "2 or 3") }
            let text = try stringArg(args[0]).lexical
            let pattern = try simpleString(args[1])
            let flags = args.count == 3 ? try simpleString(args[2]) : ""
            return bool(try context.regex(pattern, flags: flags).matches(text))
        case .replace:
            guard args.count == 3 || args.count == 4 else { throw arityError(upper, args, "3 or 4") }
            let s = try stringArg(args[0])
            let pattern = try simpleString(args[1])
            let replacement = try simpleString(args[2])
            let flags = args.count == 4 ? try simpleString(args[3]) : ""
            return s.with(try context.regex(pattern, flags: flags).replace(s.lexical, with: replacement))

        // §17.4.4 Functions on numerics
        case .abs, .round, .ceil, .floor:
            try arity(upper, args, 1)
            return try numericFunction(function, TermValues.numeric(args[0])).term
        case .rand:
            try arity(upper, args, 0)
            return NumericValue.double(context.nextUnitDouble()).term

        // §17.4.5 Functions on dates and times
        case .now:
            try arity(upper, args, 0)
            return .literal(Literal(context.now, datatype: XSD.dateTime))
        case .year, .month, .day, .hours, .minutes, .seconds, .timezone, .tz:
            try arity(upper, args, 1)
            guard case .literal(let l) = args[0], let d = XSDDateTime(l) else { throw .type("\(upper) needs an xsd:dateTime") }
            switch function {
            case .year: guard d.kind != .time else { throw .type("YEAR of an xsd:time") }; return integer(d.year)
            case .month: guard d.kind != .time else { throw .type("MONTH of an xsd:time") }; return integer(d.month)
            case .day: guard d.kind != .time else { throw .type("DAY of an xsd:time") }; return integer(d.day)
            case .hours: guard d.kind != .date else { throw .type("HOURS of an xsd:date") }; return integer(d.hour)
            case .minutes: guard d.kind != .date else { throw .type("MINUTES of an xsd:date") }; return integer(d.minute)
            case .seconds: guard d.kind != .date else { throw .type("SECONDS of an xsd:date") }; return NumericValue.decimal(d.second).term
            case .timezone:
                guard let tz = d.timezoneMinutes else { throw .type("TIMEZONE of a value without timezone") }
                return .literal(Literal(XSDDateTime.durationString(minutes: tz), datatype: XSDTypes.dayTimeDuration))
            default: return plain(d.tzString)
            }

        // §17.4.6 Hash functions
        case .md5, .sha1, .sha256, .sha384, .sha512:
            try arity(upper, args, 1)
            let bytes = Array(try simpleString(args[0]).utf8)
            let digest: [UInt8]
            switch function {
            case .md5: digest = Hashes.md5(bytes)
            case .sha1: digest = Hashes.sha1(bytes)
            case .sha256: digest = Hashes.sha256(bytes)
            case .sha384: digest = Hashes.sha384(bytes)
            default: digest = Hashes.sha512(bytes)
            }
            return plain(Hashes.hex(digest))
        }
    }

    // MARK: Helpers

    /// A string literal argument: its lexical form and language tag.
    struct StringArg {
        var lexical: String
        var language: String?
        /// A string literal with this argument's language tag (or xsd:string).
        func with(_ s: String) -> Term {
            if let language { return .literal(Literal(s, uncheckedLanguage: language)) }
            return .literal(Literal(s))
        }
    }

    static func stringArg(_ t: Term) throws(ExpressionError) -> StringArg {
        guard case .literal(let l) = t, l.datatype == XSD.string || l.language != nil else {
            throw .type("not a string literal: \(t)")
        }
        return StringArg(lexical: l.lexicalForm, language: l.language)
    }

    /// A simple literal or xsd:string argument (no language tag).
    static func simpleString(_ t: Term) throws(ExpressionError) -> String {
        guard case .literal(let l) = t, l.datatype == XSD.string else { throw .type("not a simple literal: \(t)") }
        return l.lexicalForm
    }

    /// Argument compatibility (§17.4.3.1.1): both without tag, both with the
    /// same tag, or a tagged first argument with an untagged second.
    static func checkCompatible(_ a: StringArg, _ b: StringArg, _ name: String) throws(ExpressionError) {
        if b.language == nil { return }
        if let la = a.language, let lb = b.language, la.lowercased() == lb.lowercased() { return }
        throw .type("\(name): incompatible arguments")
    }

    static func arity(_ name: String, _ args: [Term], _ n: Int) throws(ExpressionError) {
        if args.count != n { throw arityError(name, args, String(n)) }
    }

    static func arityError(_ name: String, _ args: [Term], _ expected: String) -> ExpressionError {
        ExpressionError(.invalidArgument, "\(name) takes \(expected) arguments, got \(args.count)")
    }

    static func bool(_ b: Bool) -> Term { .literal(Literal(b)) }
    static func plain(_ s: String) -> Term { .literal(Literal(s)) }
    static func integer(_ i: Int) -> Term { .literal(Literal(i)) }

    /// RFC 4647 §3.3.1 basic filtering, case-insensitive; `*` matches any
    /// non-empty tag (§17.4.3.13).
    public static func langMatches(tag: String, range: String) -> Bool {
        if range == "*" { return !tag.isEmpty }
        let t = tag.lowercased(), r = range.lowercased()
        if r.isEmpty { return t.isEmpty }
        return t == r || t.hasPrefix(r + "-")
    }

    /// XPath fn:substring (F&O §7.4.3) on code points: characters at
    /// positions p with round(start) ≤ p < round(start) + round(length).
    static func substring(_ s: String, start: Double, length: Double?) -> String {
        let first = xpathRound(start)
        let end: Double = length.map { first + xpathRound($0) } ?? .infinity
        var out = String.UnicodeScalarView()
        var p = 1.0
        for c in s.unicodeScalars {
            if p >= first && p < end { out.append(c) }
            p += 1
        }
        return String(out)
    }

    /// XPath fn:round on a double: round half towards positive infinity.
    static func xpathRound(_ x: Double) -> Double {
        if x.isNaN || x.isInfinite { return x }
        let f = x.rounded(.down)
        return x - f >= 0.5 ? f + 1 : f
    }

    /// ENCODE_FOR_URI (§17.4.3.11, XPath fn:encode-for-uri): every UTF-8
    /// byte outside `A-Za-z0-9-_.~` becomes `%XX` (upper-case hex).
    static func encodeForURI(_ s: String) -> String {
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for b in s.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out.append("%"); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
            }
        }
        return out
    }

    static func numericFunction(_ function: BuiltinFunction, _ n: NumericValue) throws(ExpressionError) -> NumericValue {
        func roundDecimal(_ d: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
            var v = d, r = Decimal()
            NSDecimalRound(&r, &v, 0, mode)
            return r
        }
        func floorD(_ d: Decimal) -> Decimal {
            let t = roundDecimal(d, d < 0 ? .up : .down) // toward zero
            return (d < 0 && t != d) ? t - 1 : t
        }
        func ceilD(_ d: Decimal) -> Decimal {
            let t = roundDecimal(d, d < 0 ? .up : .down)
            return (d > 0 && t != d) ? t + 1 : t
        }
        switch (function, n) {
        case (.abs, .integer(let d)): return .integer(abs(d))
        case (.abs, .decimal(let d)): return .decimal(abs(d))
        case (.abs, .float(let f)): return .float(abs(f))
        case (.abs, .double(let d)): return .double(abs(d))
        case (_, .integer): return n
        case (.ceil, .decimal(let d)): return .decimal(ceilD(d))
        case (.floor, .decimal(let d)): return .decimal(floorD(d))
        case (.round, .decimal(let d)): return .decimal(floorD(d + Decimal(string: "0.5")!))
        case (.ceil, .float(let f)): return .float(f.rounded(.up))
        case (.floor, .float(let f)): return .float(f.rounded(.down))
        case (.round, .float(let f)): return .float(Float(xpathRound(Double(f))))
        case (.ceil, .double(let d)): return .double(d.rounded(.up))
        case (.floor, .double(let d)): return .double(d.rounded(.down))
        case (.round, .double(let d)): return .double(xpathRound(d))
        default: throw ExpressionError(.unknownFunction, function.rawValue)
        }
    }

    /// IRI()/URI() (§17.4.2.8): an IRI is returned as is; a simple literal
    /// or xsd:string is resolved against the base IRI (RFC 3986 §5.2, through
    /// `IRIReference`, so dot segments of an absolute string are removed too);
    /// with no base, the string is taken as written.
    /// - Throws: `.typeError` for other terms; `.invalidArgument` when the
    ///   result is not a valid absolute IRI.
    static func makeIRI(_ t: Term, base: IRI?) throws(ExpressionError) -> Term {
        if case .iri = t { return t }
        let s = try simpleString(t)
        let resolved = base.map { IRIReference.resolve(s, against: $0.value) } ?? s
        do { return .iri(try IRI(resolved)) } catch {
            throw ExpressionError(.invalidArgument, "IRI(): not a valid IRI: \(resolved)")
        }
    }

    /// BNODE() / BNODE(str) (§17.4.2.9). Labels are `<prefix>q<scope>n<k>`
    /// for fresh nodes, and one per distinct string within a solution.
    static func makeBlankNode(_ args: [Term], _ context: inout FunctionContext) throws(ExpressionError) -> Term {
        switch args.count {
        case 0:
            context.bnodeCounter += 1
            return .blankNode(BlankNode(unchecked: "\(context.bnodePrefix)\(context.bnodeCounter)"))
        case 1:
            let s = try simpleString(args[0])
            let key = Array(s.utf8)
            if let b = context.bnodeLabels[key] { return .blankNode(b) }
            context.bnodeCounter += 1
            let b = BlankNode(unchecked: "\(context.bnodePrefix)\(context.bnodeCounter)")
            context.bnodeLabels[key] = b
            return .blankNode(b)
        default:
            throw arityError("BNODE", args, "0 or 1")
        }
    }

    /// A version 4 UUID (RFC 4122 §4.4) from the context's random source.
    static func uuid(_ context: inout FunctionContext) -> String {
        var bytes = [UInt8]()
        for _ in 0..<2 {
            let r = context.nextRandom()
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: r >> (8 * UInt64(i)))) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let h = Hashes.hex(bytes)
        let c = Array(h)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
    }
}
