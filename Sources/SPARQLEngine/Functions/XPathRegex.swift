import Foundation

/// An XPath 2.0 regular expression (XPath F&O §7.6.1) with its flags,
/// translated to an ICU pattern for `NSRegularExpression`.
///
/// Flags (§7.6.1.1): `s` (dot matches newlines), `m` (`^`/`$` at line
/// boundaries), `i` (case-insensitive), `x` (whitespace in the pattern is
/// removed, except inside character classes), `q` (the pattern is a literal
/// string). Other letters are an error.
///
/// Translation: without `m`, `$` matches only at the very end of the input
/// (ICU's `$` would also match before a final newline, so it becomes `\z`);
/// character-class subtraction `[a-z-[aeiou]]` becomes ICU's `[a-z--[aeiou]]`;
/// `&` inside a class is escaped (ICU reads `&&` as intersection);
/// `\p{IsBlock}` becomes `\p{InBlock}`; `\s`, `\S`, `\w`, `\W` and `.`
/// get XPath's meanings (`\s` is space/tab/CR/LF only, `\w` excludes only
/// punctuation, separators and other, `.` excludes only LF and CR);
/// `\i`, `\c` (XML name characters) are approximated by Unicode
/// letter/digit classes.
struct XPathRegex: @unchecked Sendable {
    // NSRegularExpression is immutable and thread-safe once built.
    let regex: NSRegularExpression
    /// The `q` flag: the replacement of REPLACE is literal too (XPath F&O 3.1 §5.6.3).
    let literal: Bool

    init(pattern: String, flags: String) throws(ExpressionError) {
        var options: NSRegularExpression.Options = []
        var literal = false, extended = false
        for f in flags {
            switch f {
            case "i": options.insert(.caseInsensitive)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "x": extended = true
            case "q": literal = true
            default: throw ExpressionError(.invalidArgument, "invalid regex flag '\(f)' in \"\(flags)\"")
            }
        }
        self.literal = literal
        let icu: String
        if literal {
            icu = NSRegularExpression.escapedPattern(for: pattern)
        } else {
            icu = try XPathRegex.translate(pattern, extended: extended, multiline: options.contains(.anchorsMatchLines),
                                           dotAll: options.contains(.dotMatchesLineSeparators))
        }
        do {
            regex = try NSRegularExpression(pattern: icu, options: options)
        } catch {
            throw ExpressionError(.invalidArgument, "invalid regular expression \"\(pattern)\"")
        }
    }

    static func translate(_ pattern: String, extended: Bool, multiline: Bool, dotAll: Bool = false) throws(ExpressionError) -> String {
        var out = ""
        let chars = Array(pattern.unicodeScalars)
        var i = 0
        var classDepth = 0
        while i < chars.count {
            let c = chars[i]
            if extended && classDepth == 0 && (c == " " || c == "\t" || c == "\n" || c == "\r") { i += 1; continue }
            switch c {
            case "\\":
                guard i + 1 < chars.count else { throw ExpressionError(.invalidArgument, "regex ends with a backslash") }
                let n = chars[i + 1]
                switch n {
                case "i": out += classDepth > 0 ? "\\p{L}_:" : "[\\p{L}_:]"; i += 2
                case "I": out += classDepth > 0 ? "\\P{L}" : "[^\\p{L}_:]"; i += 2
                case "c": out += classDepth > 0 ? "\\p{L}\\p{Nd}._:\\-\\p{Mn}\\p{Mc}" : "[\\p{L}\\p{Nd}._:\\-\\p{Mn}\\p{Mc}]"; i += 2
                case "C": out += classDepth > 0 ? "\\P{L}" : "[^\\p{L}\\p{Nd}._:\\-\\p{Mn}\\p{Mc}]"; i += 2
                // XPath's \s is only space, tab, CR, LF; \w is everything but
                // punctuation, separators and "other" (F&O §7.6.1 / XSD F.1.1).
                case "s": out += classDepth > 0 ? "\\x20\\t\\n\\r" : "[\\x20\\t\\n\\r]"; i += 2
                case "S": out += "[^\\x20\\t\\n\\r]"; i += 2
                case "w": out += "[^\\p{P}\\p{Z}\\p{C}]"; i += 2
                case "W": out += classDepth > 0 ? "\\p{P}\\p{Z}\\p{C}" : "[\\p{P}\\p{Z}\\p{C}]"; i += 2
                case "p", "P":
                    // \p{IsBasicLatin} → \p{InBasicLatin}
                    var j = i + 2
                    var name = ""
                    if j < chars.count, chars[j] == "{" {
                        j += 1
                        while j < chars.count, chars[j] != "}" { name.unicodeScalars.append(chars[j]); j += 1 }
                        j += 1
                    }
                    if name.hasPrefix("Is") { name = "In" + name.dropFirst(2) }
                    out += "\\\(n){\(name)}"
                    i = j
                default:
                    out.unicodeScalars.append(c); out.unicodeScalars.append(n); i += 2
                }
            case "[":
                if classDepth > 0 {
                    // Only valid after '-' (subtraction): emit ICU's '--['.
                    out += "["
                } else {
                    out += "["
                }
                classDepth += 1
                i += 1
                if i < chars.count, chars[i] == "^" { out += "^"; i += 1 }
            case "]":
                if classDepth > 0 { classDepth -= 1 }
                out += "]"; i += 1
            case "-" where classDepth > 0 && i + 1 < chars.count && chars[i + 1] == "[":
                out += "--"; i += 1
            case "&" where classDepth > 0:
                out += "\\&"; i += 1
            case "." where classDepth == 0 && !dotAll:
                // Without s, XPath's . excludes only LF and CR (ICU's also U+0085, U+2028, U+2029).
                out += "[^\\n\\r]"; i += 1
            case "$" where classDepth == 0 && !multiline:
                out += "(?!(?s:.))"; i += 1
            default:
                out.unicodeScalars.append(c); i += 1
            }
        }
        return out
    }

    func matches(_ s: String) -> Bool {
        let ns = s as NSString
        return regex.firstMatch(in: s, options: [], range: NSRange(location: 0, length: ns.length)) != nil
    }

    /// fn:replace (XPath F&O §7.6.3). `$N` in the replacement refers to
    /// group N (the longest digit run that names an existing group), `\$`
    /// and `\\` are a literal `$` and `\`.
    /// - Throws: `.invalidArgument` when the pattern matches the empty string
    ///   (err:FORX0003) or the replacement has a stray `$` or `\` (err:FORX0004).
    func replace(_ s: String, with replacement: String) throws(ExpressionError) -> String {
        if regex.firstMatch(in: "", options: [], range: NSRange(location: 0, length: 0)) != nil {
            throw ExpressionError(.invalidArgument, "REPLACE pattern matches the empty string")
        }
        // Parse the replacement into parts.
        enum Part { case text(String), group(Int) }
        var parts: [Part] = []
        let r = Array(replacement.unicodeScalars)
        var text = ""
        var i = 0
        let groups = regex.numberOfCaptureGroups
        while i < r.count {
            let c = r[i]
            if literal {
                text.unicodeScalars.append(c); i += 1
            } else if c == "\\" {
                guard i + 1 < r.count, r[i + 1] == "\\" || r[i + 1] == "$" else {
                    throw ExpressionError(.invalidArgument, "invalid backslash in REPLACE replacement")
                }
                text.unicodeScalars.append(r[i + 1]); i += 2
            } else if c == "$" {
                guard i + 1 < r.count, let first = Int(String(r[i + 1])) else {
                    throw ExpressionError(.invalidArgument, "invalid '$' in REPLACE replacement")
                }
                var n = first
                var j = i + 2
                while j < r.count, let d = Int(String(r[j])), n * 10 + d <= groups { n = n * 10 + d; j += 1 }
                if !text.isEmpty { parts.append(.text(text)); text = "" }
                parts.append(.group(n))
                i = j
            } else {
                text.unicodeScalars.append(c); i += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in regex.matches(in: s, options: [], range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            for p in parts {
                switch p {
                case .text(let t): out += t
                case .group(let g):
                    if g <= groups {
                        let gr = m.range(at: g)
                        if gr.location != NSNotFound { out += ns.substring(with: gr) }
                    }
                }
            }
            last = m.range.location + m.range.length
        }
        out += ns.substring(from: last)
        return out
    }
}
