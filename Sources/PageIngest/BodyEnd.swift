import Foundation
/// Where a page's body ends, and whether it ends cut off.
///
/// - `footerStart(_:)`: the index of the first line of the trailing footer of a list of lines
///   (a press contact block, a social-link list, a credit line, `Share`/`Print`); the lines from
///   there on are page furniture, not body.
/// - `endsMidSentence(_:)`: true when a body paragraph stops mid-sentence (no terminal
///   punctuation or closing quote, or mid-word), unless it ends with a trailing-boilerplate shape
///   (a URL, an e-mail address, a phone number), which a complete page may end with.
///
/// The words (contact labels, social-network names, credit labels, furniture lines) are data:
/// the `footer.*` roles of `Resources/layout-lexicon.tsv`, by language; the shapes (URL, e-mail,
/// phone, bullet) are code. Source: issue 6 (pages marked truncated for their footers).
enum BodyEnd {
    static let lexicon = LayoutLexicon.shared
    static let socialLabels = lexicon.phrases(role: "footer.social")
    static let contactLabels = lexicon.phrases(role: "footer.contact")
    static let creditLabels = lexicon.phrases(role: "footer.credit")
    static let furnitureLines = lexicon.phrases(role: "footer.line")
    /// The longest furniture line's and contact label's UTF-8 length: lower-casing shrinks a text
    /// to no less than a third of its bytes (`K`, Kelvin sign, 3 bytes → `k`), so a text over three
    /// times as long is none of them, and is not lower-cased to be looked up.
    static let longestFurnitureLine = furnitureLines.map(\.utf8.count).max() ?? 0
    static let longestContactLabel = contactLabels.map(\.utf8.count).max() ?? 0
    /// The longest credit label's length in characters: `isCreditLine` lower-cases only as many
    /// characters of a line as a label and what follows it (` by `) can fill.
    static let longestCreditLabel = creditLabels.map(\.count).max() ?? 0

    /// Characters that end a sentence (a closing `’`/`'` is judged apart: it is also an apostrophe).
    static let terminalCharacters: Set<Character> = [".", "!", "?", "…", "”", "\"", "»", "“", ")", "]", ":", ";"]

    /// The index of the first footer line of `lines` (`lines.count` when there is none).
    /// Blank lines between the body and the footer stay with the body.
    static func footerStart(_ lines: [String]) -> Int {
        // Each line is cleaned when first read, from the end: the body above the footer is not.
        var cleaned = [String?](repeating: nil, count: lines.count)
        func texts(_ i: Int) -> String {
            if let done = cleaned[i] { return done }
            let text = clean(lines[i])
            cleaned[i] = text
            return text
        }
        var start = lines.count
        // 1. A social-link list: a trailing run of one- or two-word entries, one of them a known network.
        var i = lines.count - 1
        var social = false
        while i >= 0, texts(i).isEmpty || isShortEntry(texts(i)) {
            if socialLabels.contains(texts(i).lowercased()) { social = true }
            i -= 1
        }
        if social { start = i + 1 }
        // 2. Contact lines, credit lines and furniture lines (`Share`) above it.
        var sawContact = false
        i = start - 1
        while i >= 0 {
            let text = texts(i)
            if text.isEmpty || isCreditLine(text) || isFurnitureLine(text) {
                i -= 1
            } else if isContactLine(text) {
                sawContact = true
                i -= 1
            } else {
                break
            }
        }
        start = i + 1
        // 3. A contact block: the name and post lines (short, unpunctuated) just above its contact lines.
        if sawContact {
            var taken = 0
            while i >= 0, taken < 3, texts(i).isEmpty || isNameOrPost(texts(i)) {
                if !texts(i).isEmpty { taken += 1 }
                i -= 1
            }
            start = i + 1
        }
        // Blank lines at the start of the footer stay with the body (it is cut after its last text).
        while start < lines.count, texts(start).isEmpty { start += 1 }
        return start
    }

    /// A furniture line (`Share`, `Print`), any case.
    static func isFurnitureLine(_ text: String) -> Bool {
        text.utf8.count <= 3 * longestFurnitureLine && furnitureLines.contains(text.lowercased())
    }

    /// True when `paragraph` stops mid-sentence and is no trailing-boilerplate shape.
    static func endsMidSentence(_ paragraph: String) -> Bool {
        let text = clean(paragraph)
        guard let last = text.last else { return false }
        let lastWord = text.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
        if isURL(lastWord) || isEmail(lastWord) || isPhone(text) { return false }
        if terminalCharacters.contains(last) { return false }
        if last == "’" || last == "'" {
            // A closing quote after a sentence's end, or one that closes an opening quote; not an
            // apostrophe cut before its `s` (`the party’`).
            let before = text.dropLast().last
            if let before, ".!?…,".contains(before) { return false }
            let opening: Character = last == "’" ? "‘" : "'"
            let body = text.dropLast()
            if last == "’" ? body.contains(opening) : body.hasPrefix("'") || body.contains(" '") { return false }
        }
        return true
    }

    // MARK: - Shapes

    /// The line without white space at its ends, a leading bullet, or collapsed inner runs.
    static func clean(_ line: String) -> String {
        var text = TextNormalization.collapse(line)
        for bullet in ["• ", "· ", "- ", "* ", "•", "·"] where text.hasPrefix(bullet) {
            text = TextNormalization.collapse(String(text.dropFirst(bullet.count)))
            break
        }
        return text
    }

    /// `Label: value` with a contact label, or a bare e-mail address or phone number.
    static func isContactLine(_ text: String) -> Bool {
        if let colon = firstColon(text), mayBeContactLabel(text[..<colon]) {
            let label = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " .")).lowercased()
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if contactLabels.contains(label), !value.isEmpty, isPhone(value) || isEmail(value) || value.split(separator: " ").count <= 4 {
                return true
            }
        }
        return (wordCount(text, atMost: 1) == 1 && (isEmail(text) || isURL(text))) || isPhone(text)
    }

    /// `Photo: Name`, `Photo by Name`: a credit label, then at most eight words.
    static func isCreditLine(_ text: String) -> Bool {
        guard wordCount(text, atMost: 9) <= 9 else { return false }
        // (Lower-casing maps each character to one character: the opening's lower case is the
        // opening of the line's lower case, and a line of one huge word is not lower-cased whole.)
        let lower = String(text.prefix(longestCreditLabel + 8)).lowercased()
        for label in creditLabels {
            if lower.hasPrefix(label + ":") || lower.hasPrefix(label + " by ") || lower.hasPrefix(label + " ©") { return true }
        }
        return false
    }

    /// One or two words, at most 20 characters, no punctuation: an entry of a link list.
    static func isShortEntry(_ text: String) -> Bool {
        text.dropFirst(20).isEmpty && wordCount(text, atMost: 2) <= 2
            && !text.contains { $0.isPunctuation && $0 != "-" && $0 != "." }
            && !terminalCharacters.contains(text.last ?? ".")
    }

    /// A name or post line above contact lines: at most eight words, no sentence punctuation.
    static func isNameOrPost(_ text: String) -> Bool {
        wordCount(text, atMost: 8) <= 8 && !text.contains { ".!?:;“”\"".contains($0) }
    }

    /// `text.firstIndex(of: ":")`, found by its byte: the first `:` byte between ASCII bytes (or
    /// the text's ends) is a character of its own; another first `:` byte is judged by characters.
    /// - Complexity: O(bytes before the first `:`).
    static func firstColon(_ text: String) -> String.Index? {
        let bytes = text.utf8
        guard let i = bytes.firstIndex(of: 0x3A) else { return nil }
        let after = bytes.index(after: i)
        if i == bytes.startIndex || bytes[bytes.index(before: i)] < 0x80, after == bytes.endIndex || bytes[after] < 0x80 {
            return i
        }
        return text.firstIndex(of: ":")
    }

    /// The number of words `text.split(separator: " ")` gives, counted up to `limit + 1` only
    /// (a long line is not split to be refused).
    /// - Complexity: O(characters up to the (limit + 1)th word).
    static func wordCount(_ text: String, atMost limit: Int) -> Int {
        var count = 0
        var inWord = false
        for c in text {
            if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// False when `label`, without the spaces and full stops at its ends (single bytes, which
    /// `isContactLine`'s trimming removes), is too long to be a contact label in any case.
    static func mayBeContactLabel(_ label: Substring) -> Bool {
        let bytes = label.utf8
        var count = bytes.count
        guard count > 3 * longestContactLabel else { return true }
        for b in bytes { if b == 0x20 || b == 0x2E { count -= 1 } else { break } }
        for b in bytes.reversed() { if b == 0x20 || b == 0x2E { count -= 1 } else { break } }
        return count <= 3 * longestContactLabel
    }

    static func isURL(_ word: String) -> Bool {
        word.hasPrefix("//") || word.contains("://") || word.lowercased().hasPrefix("www.")
    }

    /// An address with `@` (`[email protected]`, as a page hides it, included).
    static func isEmail(_ word: String) -> Bool {
        word.contains("@") && !word.hasPrefix("@")
    }

    /// Digits, spaces and `+ ( ) - / .` only, with at least six digits.
    static func isPhone(_ text: String) -> Bool {
        var digits = 0
        for c in text {
            if c.isASCII && c.isNumber { digits += 1 } else if !" +()-/.".contains(c) { return false }
        }
        return digits >= 6
    }
}
