import RDF

/// White-space and case helpers shared by the extractors.
enum TextNormalization {
    /// True for scalars removed outright (zero-width spaces, joiners, BOM, soft hyphen).
    @inline(__always)
    static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF || v == 0x00AD
    }

    /// `text` with every noncharacter replaced by U+FFFD (`Noncharacters.replace(in:)`: the rule
    /// of text and HTML pages alike), the position (1-based line and column in scalars, 0-based
    /// byte offset) and code point of the first one, and how many there were; `text` itself,
    /// `nil`, 0 and 0 when it holds none.
    /// - Complexity: O(n) in the bytes; no copy when there is none.
    static func replacingNoncharacters(_ text: String) -> (text: String, first: SourcePosition?, value: UInt32, count: Int) {
        var scanned = text
        guard scanned.withUTF8({ Noncharacters.firstNoncharacter(in: $0) }) != nil else { return (text, nil, 0, 0) }
        var bytes = Array(text.utf8)
        let (first, value, count) = Noncharacters.replace(in: &bytes)
        return (String(decoding: bytes, as: UTF8.self), first, value, count)
    }

    /// True for the Unicode White_Space scalars (U+00A0 included).
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Collapses every run of white space (U+00A0 and other Unicode spaces included) into one
    /// space and trims the ends; drops zero-width characters.
    /// - Complexity: O(n).
    static func collapse<S: StringProtocol>(_ s: S) -> String {
        if isCollapsed(s) { return String(s) }
        return collapseScalars(s)
    }

    /// True when `collapse(s)` is empty (every scalar is white space or invisible), without
    /// building it: a byte scan that stops at the first visible character.
    static func isBlank(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            let text = UTF8Text(b)
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    if c != 0x20 && (c < 0x09 || c > 0x0D) { return false }
                    i += 1
                    continue
                }
                let (v, w) = text.scalar(at: i)
                if !isSpace(v) && !isInvisible(v) { return false }
                i += w
            }
            return true
        }
    }

    /// True when `collapse` would return `s` unchanged: no white space at the
    /// ends, no run of two, no white space other than U+0020, no invisible
    /// character. A byte scan, so the common case copies nothing.
    static func isCollapsed<S: StringProtocol>(_ s: S) -> Bool {
        if let done = s.utf8.withContiguousStorageIfAvailable(isCollapsed(bytes:)) { return done }
        return Array(s.utf8).withUnsafeBufferPointer(isCollapsed(bytes:))
    }

    /// `isCollapsed` on the UTF-8 bytes of a text.
    static func isCollapsed(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true  // a leading space is a change
        var b1: UInt8 = 0, b2: UInt8 = 0  // the two bytes before the current one
        for b in bytes {
            switch b {
            case 0x09...0x0D: return false
            case 0x20:
                if previousSpace { return false }
                previousSpace = true
            default:
                previousSpace = false
            }
            if b >= 0x80 {
                // Multi-byte white space and invisibles, by their UTF-8 form.
                if b1 == 0xC2 && (b == 0x85 || b == 0xA0 || b == 0xAD) { return false }
                if b2 == 0xE1 && b1 == 0x9A && b == 0x80 { return false }
                if b2 == 0xE2 && b1 == 0x80 && (b <= 0x8F || b == 0xA8 || b == 0xA9 || b == 0xAF) { return false }
                if b2 == 0xE2 && b1 == 0x81 && (b == 0x9F || b == 0xA0) { return false }
                if b2 == 0xE3 && b1 == 0x80 && b == 0x80 { return false }
                if b2 == 0xEF && b1 == 0xBB && b == 0xBF { return false }
            }
            b2 = b1
            b1 = b
        }
        return !previousSpace || bytes.isEmpty
    }

    /// `collapse` on the general case: a pass over the UTF-8 bytes that decodes only the
    /// non-ASCII scalars (to test them for white space and invisibility) and copies bytes.
    static func collapseScalars<S: StringProtocol>(_ s: S) -> String {
        if let done = s.utf8.withContiguousStorageIfAvailable(collapse(bytes:)) { return done }
        return Array(s.utf8).withUnsafeBufferPointer(collapse(bytes:))
    }

    /// `collapse` on the UTF-8 bytes of a text (valid UTF-8, as a `String`'s are).
    /// - Complexity: O(n), written straight into the new `String`'s storage (no byte array
    ///   first: a 50 MB line is not held twice over while it is collapsed).
    static func collapse(bytes src: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: src.count) { out in collapse(src, into: out) }
    }

    /// Writes `collapse(bytes: src)`'s bytes into `out` (at least `src.count` bytes); returns their count.
    private static func collapse(_ src: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        @inline(__always) func append(_ b: UInt8) { out[count] = b; count += 1 }
        var pendingSpace = false
        var any = false
        var i = 0
        let n = src.count
        while i < n {
            let b = src[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = any
                } else {
                    // Visible ASCII, and the other control bytes, which are kept.
                    if pendingSpace { append(0x20); pendingSpace = false }
                    append(b)
                    any = true
                }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= n else {
                // A cut sequence (not in a `String`'s bytes): kept as it is.
                if pendingSpace { append(0x20); pendingSpace = false }
                while i < n { append(src[i]); i += 1 }
                break
            }
            var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            var k = 1
            while k < length { v = v << 6 | UInt32(src[i + k] & 0x3F); k += 1 }
            if isInvisible(v) { i += length; continue }
            if isSpace(v) { pendingSpace = any; i += length; continue }
            if pendingSpace { append(0x20); pendingSpace = false }
            for k in i..<(i + length) { append(src[k]) }
            any = true
            i += length
        }
        return count
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
