/// White-space and case helpers shared by the extractors.
enum TextNormalization {
    /// True for characters removed outright (zero-width spaces, joiners, BOM, soft hyphen).
    static func isInvisible(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    /// Collapses every run of white space (U+00A0 and other Unicode spaces included) into one
    /// space and trims the ends; drops zero-width characters.
    /// - Complexity: O(n).
    static func collapse<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s {
            if isInvisible(c) { continue }
            if c.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return out
    }

    /// Splits text into lines at LF, CR LF or CR.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previousCR = false
        for c in text {
            if c == "\r\n" || c == "\n" || c == "\r" {
                if c == "\n" && previousCR { previousCR = false; continue }
                result.append(current)
                current = ""
                previousCR = c == "\r"
                continue
            }
            previousCR = false
            current.append(c)
        }
        result.append(current)
        return result
    }

    /// Normal case for an all-capitals place name: `VIENNA` → `Vienna`, `BANJA LUKA` → `Banja Luka`,
    /// `КИЕВ` → `Киев`, `FRANKFURT AM MAIN` → `Frankfurt am Main`. Mixed-case input is returned unchanged.
    static func normalCase(_ s: String) -> String {
        let letters = s.filter { $0.isLetter }
        guard !letters.isEmpty, letters.allSatisfy({ !$0.isLowercase }) else { return s }
        let particles: Set<String> = ["am", "an", "der", "die", "das", "de", "del", "la", "le", "on", "upon", "sur", "na", "nad", "pod", "im", "of", "and", "y", "i"]
        var out = ""
        var word = ""
        var wordIndex = 0
        func flush() {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            if wordIndex > 0 && particles.contains(lower) {
                out += lower
            } else {
                out += capitalizeFirst(lower)
            }
            word = ""
            wordIndex += 1
        }
        for c in s {
            if c.isLetter || c == "’" || c == "'" {
                word.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }

    static func capitalizeFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return String(f).uppercased() + s.dropFirst()
    }

    /// Splits a label value at commas that are not inside parentheses, trimming each part.
    static func splitAtCommas(_ s: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in s {
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if (c == "," || c == ";") && depth == 0 {
                let t = collapse(current)
                if !t.isEmpty { parts.append(t) }
                current = ""
                continue
            }
            current.append(c)
        }
        let t = collapse(current)
        if !t.isEmpty { parts.append(t) }
        return parts
    }
}
