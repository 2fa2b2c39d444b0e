import Foundation
import Testing
@testable import PageIngest

/// The byte-level paths of the Document layer give what the `Character`/scalar code they
/// replaced gave (that code is kept here as the oracle).
@Suite struct ByteScanTests {
    static let tricky = ["", " ", "a", "  a  b  ", "a\tb\u{0B}c", "x\u{01}y", "\u{7F}", "a\u{A0}\u{A0}b", "x\u{200B}y\u{2060}",
                         "\u{FEFF}bom", "soft\u{AD}hyphen", "a\u{2009}\u{202F}b", "a\u{3000}b", "a\u{85}b", "a\u{1680}b",
                         "КИЕВ  4\u{A0}сентября", "é\u{301} ", "😀 \u{1F1FA}\u{1F1F8}  z", "end\u{A0}", "\u{2028}\u{2029}"]

    /// The scalar-by-scalar collapse that `TextNormalization.collapse(bytes:)` replaced.
    static func referenceCollapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var any = false
        for u in s.unicodeScalars {
            if TextNormalization.isInvisible(u.value) { continue }
            if u.properties.isWhitespace { pendingSpace = any; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(u)
            any = true
        }
        return String(out)
    }

    @Test func byteCollapseAgreesWithTheScalarOne() {
        for s in Self.tricky {
            #expect(Array(TextNormalization.collapseScalars(s).utf8) == Array(Self.referenceCollapse(s).utf8), "\(s.debugDescription)")
            #expect(TextNormalization.isCollapsed(s) == (Array(Self.referenceCollapse(s).utf8) == Array(s.utf8)), "\(s.debugDescription)")
        }
        #expect(TextNormalization.collapse("  КИЕВ\u{A0}\u{200B} 4\tсентября ") == "КИЕВ 4 сентября")
        #expect(TextNormalization.collapse(Substring("x  y z")) == "x y z")
    }

    @Test func utf8SearchFindsBytes() {
        let e = "Finland – OSCE Chairpersonship 2025"
        let r = e.utf8FirstRange(of: " – ")
        #expect(r.map { String(e[..<$0.lowerBound]) } == "Finland")
        #expect(r.map { String(e[$0.upperBound...]) } == "OSCE Chairpersonship 2025")
        #expect("a – b – c".utf8LastRange(of: " – ").map { String("a – b – c"[$0.upperBound...]) } == "c")
        // Non-overlapping from the left, as `ranges(of:).last`: ` – – ` holds one match, at 0.
        let dd = "x – – y"
        #expect(dd.utf8LastRange(of: " – ").map { dd.utf8.distance(from: dd.startIndex, to: $0.lowerBound) } == 1)
        #expect(dd.utf8LastRange(of: " – ") == dd.ranges(of: " – ").last)
        #expect("Киев, Україна".utf8Contains("Україна"))
        #expect(!"Киев".utf8Contains("Киевa"))
        #expect("abc".utf8FirstRange(of: "") == "abc".startIndex..<"abc".startIndex)
        #expect("".utf8FirstRange(of: "a") == nil)
        let sub = "xx[ab]yy".dropFirst(2)
        #expect(sub.utf8FirstRange(of: "b]").map { String(sub[$0]) } == "b]")
    }

    /// `utf8Contains(byte:)` answers as `utf8.contains(byte)`: in a long text, a small one, a
    /// substring (only its own bytes), and an empty one.
    @Test func byteSearchAnswersAsUTF8Contains() {
        let long = String(repeating: "the participants discussed co-operation ", count: 2000) + "Name | Post"
        #expect(long.utf8Contains(byte: 0x7C) && long.utf8.contains(0x7C))
        #expect(!long.utf8Contains(byte: 0x3A) && !long.utf8.contains(0x3A))
        #expect("Place: Vienna".utf8Contains(byte: 0x3A))
        #expect(!"Vienna".utf8Contains(byte: 0x3A))
        #expect("Україна".utf8Contains(byte: 0xA3) == "Україна".utf8.contains(0xA3))
        let sub = "a|b c".dropFirst(2)
        #expect(!sub.utf8Contains(byte: 0x7C))
        #expect(sub.utf8Contains(byte: 0x62))
        #expect(!"".utf8Contains(byte: 0))
    }

    /// `[12]Newsroom` is a link marker glued to its text; `[12] x`, `[]x`, `[1a]x` and `[12]` at the end are not.
    @Test func linkMarkersFromBytes() {
        for yes in ["[12]Newsroom", "a [3]b", "x[1]é", "[x] [7]Home"] { #expect(DocumentReader.hasLinkMarker(yes), "\(yes)") }
        for no in ["[12] Newsroom", "[]x", "[1a]x", "[12]", "no markers", "[", "]1[", "[٣]x"] {
            #expect(!DocumentReader.hasLinkMarker(no), "\(no)")
        }
    }

    /// A word longer than every function word is skipped, and the words around it still count.
    @Test func languageWordsFromBytes() {
        #expect(LanguageDetector.longestFunctionWord >= 3)
        let long = String(repeating: "x", count: LanguageDetector.longestFunctionWord + 5)
        let german = "\(long) der die und das ist mit für von \(long) den"
        #expect(LanguageDetector.detect(german) == "de")
        #expect(LanguageDetector.detect("Der Präsident und die Delegation, für das Treffen mit den Vertretern") == "de")
        #expect(LanguageDetector.detect("Il Presidente ha dichiarato che la delegazione e il governo") == "it")
        #expect(LanguageDetector.detect("Представитель ОБСЕ заявил") == "ru")
    }

    /// Each token's text is its bytes of the paragraph: token and quotation offsets are UTF-8 byte offsets.
    @Test func tokenOffsetsIndexTheParagraphBytes() {
        let p = "Dr. Valančiūtė said: „Kyiv’s résumé – 3.5 km…“ 😀 done."
        let r = Tokenizer.tokenize(p)
        let bytes = Array(p.utf8)
        for t in r.tokens {
            #expect(String(decoding: bytes[t.start..<t.end], as: UTF8.self) == t.text)
        }
        #expect(r.tokens.map(\.text).prefix(4) == ["Dr.", "Valančiūtė", "said", ":"])
        #expect(r.tokens[1].start == 4 && r.tokens[1].end == 17)   // č, ū and ė are two bytes each
        #expect(r.tokens.contains { $0.text == "3.5" })
        #expect(r.quotes.first?.text == "Kyiv’s résumé – 3.5 km…")
        #expect(r.quotes.first?.open == 24)                          // „ after `said: `
        #expect(r.tokens.last?.text == "." && r.tokens.last?.end == bytes.count)
        #expect(TextUnit(p).text(1, 3) == "Valančiūtė said")
    }

    @Test func keywordHeadsFromBytes() {
        #expect(NonPageDetector.uppercasedHead(of: "select ?x where", within: 10, hasPrefix: "SELECT "))
        #expect(!NonPageDetector.uppercasedHead(of: "selection of", within: 10, hasPrefix: "SELECT "))
        #expect(!NonPageDetector.uppercasedHead(of: "Sel", within: 10, hasPrefix: "SELECT "))
        // A non-ASCII head takes the general path: `ß` upper-cases to `SS`.
        #expect(NonPageDetector.uppercasedHead(of: "ßE", within: 10, hasPrefix: "SSE"))
        #expect(NonPageDetector.isSPARQLLine("?s foaf:name ?name ."))
        #expect(!NonPageDetector.isSPARQLLine("The Chairperson said the mission will continue."))
        #expect(NonPageDetector.isSPARQLLine("FILTER (?year > 2010)"))
    }

    @Test func menuEntriesFromBytes() {
        #expect(NavigationParser.stateEntry("Finland – OSCE Chairpersonship 2025") == MenuStateEntry(name: "Finland", chairpersonshipYear: 2025))
        #expect(NavigationParser.stateEntry("Malta - Chairmanship 2024") == MenuStateEntry(name: "Malta", chairpersonshipYear: 2024))
        #expect(NavigationParser.stateEntry("Bosnia and Herzegovina") == MenuStateEntry(name: "Bosnia and Herzegovina"))
        #expect(NavigationParser.isFieldOperation("Mission to Serbia"))
        #expect(NavigationParser.isFieldOperation("Programme Office IN Astana"))
        #expect(!NavigationParser.isFieldOperation("Office of the Secretary General"))
        #expect(!NavigationParser.isFieldOperation("Mission Serbia"))
    }
}

/// The byte paths against the code they replaced, on every line of the example pages and, when
/// `../shared/pages-real` is present, of the real captures (read in place, never copied).
@Suite struct ByteScanCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func corpusLines() throws -> [String] {
        var lines: [String] = []
        for dir in ["Examples/pages", "../shared/pages-real"] {
            let url = root.appendingPathComponent(dir)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".txt") {
                let text = String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return lines
    }

    /// `DocumentReader.hasLinkMarker` as it was, on `Character`s.
    static func referenceHasLinkMarker(_ t: String) -> Bool {
        var rest = Substring(t)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "]"), close > after.startIndex, after[..<close].allSatisfy({ $0.isASCII && $0.isNumber }) {
                let next = after.index(after: close)
                if next < after.endIndex, !after[next].isWhitespace { return true }
            }
            rest = after
        }
        return false
    }

    /// `CaptionSplitter.split` as it was, on a `Character` array of the whole paragraph.
    static func referenceSplit(_ paragraph: String) -> (caption: String?, rest: String?) {
        let chars = Array(paragraph)
        if paragraph.hasSuffix("Photo details") || CaptionSplitter.hasPhotoCredit(paragraph) { return (paragraph, nil) }
        var glue: Int?
        var p = 1
        let limit = min(chars.count - 1, 80)
        while p < limit {
            let a = chars[p - 1]
            let b = chars[p]
            if (a.isLowercase || (a.isNumber && a.isASCII)) && b.isUppercase && p + 1 < chars.count && chars[p + 1].isLowercase {
                var s = p - 1
                while s > 0, !chars[s - 1].isWhitespace { s -= 1 }
                let left = String(chars[s..<p])
                let isPrefix = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O’", "O'", "D’", "D'", "i", "e"].contains(left)
                if left.count >= 3 && !isPrefix && left.first.map({ $0.isUppercase || $0.isNumber }) == true {
                    glue = p
                    break
                }
            }
            p += 1
        }
        guard glue != nil else { return (nil, paragraph) }
        var q = (glue ?? 0) + 1
        while q + 1 < chars.count {
            if chars[q] == "." && chars[q + 1].isUppercase && (chars[q - 1].isLetter || chars[q - 1].isNumber) {
                let caption = TextNormalization.collapse(String(chars[0...q]))
                let rest = TextNormalization.collapse(String(chars[(q + 1)...]))
                return (caption, rest.isEmpty ? nil : rest)
            }
            q += 1
        }
        return (paragraph, nil)
    }

    @Test func corpusLinesAgree() throws {
        let lines = try Self.corpusLines()
        // The example pages alone give about 780 lines; with ../shared/pages-real (absent from a
        // fresh clone on another machine) several thousand.
        let realPages = FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("../shared/pages-real").path)
        #expect(lines.count > (realPages ? 1000 : 500))
        var captions = 0
        for raw in lines {
            #expect(Array(TextNormalization.collapse(raw).utf8) == Array(ByteScanTests.referenceCollapse(raw).utf8))
            let t = TextNormalization.collapse(raw)
            #expect(DocumentReader.hasLinkMarker(t) == Self.referenceHasLinkMarker(t), "\(t)")
            let (c, r) = CaptionSplitter.split(t)
            let (rc, rr) = Self.referenceSplit(t)
            #expect(c == rc && r == rr, "\(t)")
            if c != nil { captions += 1 }
            #expect(LanguageDetector.scan(t) == ByteScanTests.referenceScan(t), "\(t)")
            for needle in [" – ", "OSCE", "Chair", "”"] {
                #expect((t.utf8FirstRange(of: needle) != nil) == (t.range(of: needle) != nil))
            }
        }
        #expect(captions > 0)
    }
}

extension ByteScanTests {
    /// `LanguageDetector.scan` with the word in a `String.UnicodeScalarView` and the lexicon tables.
    static func referenceScan(_ full: String) -> LanguageDetector.Scan {
        var cyrillic = 0, latin = 0, ukrainian = 0
        let languages = LanguageDetector.languages
        var words = [Double](repeating: 0, count: languages.count)
        var letters = [Double](repeating: 0, count: languages.count)
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            if let langs = LanguageDetector.functionWords[String(word)] {
                for code in langs { words[languages.firstIndex(of: code)!] += 1.0 / Double(LanguageDetector.groupCount(langs)) }
            }
            word.removeAll(keepingCapacity: true)
        }
        var seen = 0
        for s in full.unicodeScalars {
            seen += 1
            if seen > 4000 { break }
            let v = s.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { latin += 1; word.append(s); continue }
                if v >= 0x41 && v <= 0x5A { latin += 1; word.append(Unicode.Scalar(v + 0x20)!); continue }
                flush()
                continue
            }
            if v >= 0x0400 && v <= 0x04FF {
                cyrillic += 1
                if [0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490].contains(v) { ukrainian += 1 }
            } else if v < 0x0250, s.properties.isAlphabetic {
                latin += 1
            }
            if s.properties.isAlphabetic {
                for u in s.properties.lowercaseMapping.unicodeScalars {
                    if let langs = LanguageDetector.letterLanguages[u.value] {
                        for code in langs { letters[languages.firstIndex(of: code)!] += LanguageDetector.letterWeight / Double(LanguageDetector.groupCount(langs)) }
                    }
                }
                word.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            } else { flush() }
        }
        flush()
        return LanguageDetector.Scan(cyrillic: cyrillic, latin: latin, ukrainian: ukrainian, words: words, letters: letters)
    }
}
