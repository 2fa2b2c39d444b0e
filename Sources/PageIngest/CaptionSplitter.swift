/// Separates photo captions glued into body paragraphs.
///
/// Captures glue a caption's title to its text and the text to the next paragraph
/// without spaces: `Copenhagen Bureau 2016Members of … 11 April 2016.Bureau members also …`.
/// A paragraph is a caption when a word ends in a lower-case letter or digit and the next
/// starts with a capital without a space (`2016Members`, `ManciniHenrik`) near its start, or
/// when it ends with `Photo details` or a photo credit (`(OSCE/Name)`). The caption runs to a `.` glued to a capital
/// (`2016.Bureau`); the text after it is a paragraph again.
enum CaptionSplitter {
    /// A line ending in a photo credit: `(OSCE/Pieter Vos)`, `(OSZE/…)`, `(Photo: …)`, `(Фото: …)`.
    static func hasPhotoCredit(_ paragraph: String) -> Bool {
        guard paragraph.hasSuffix(")"), let open = paragraph.lastIndex(of: "(") else { return false }
        let credit = paragraph[paragraph.index(after: open)...].lowercased()
        return creditOpenings.contains { credit.hasPrefix($0) }
    }

    /// How a photo credit in parentheses opens (`osce/`, `photo:`, `фото:`), lower case: the
    /// `caption.credit` role of `Resources/layout-lexicon.tsv`, longest first.
    static let creditOpenings: [String] = LayoutLexicon.shared.phrases(role: "caption.credit").sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }

    /// Labels that open a caption line (`Photo:`, `Фото:`), lower case with the colon: the
    /// `caption.label` role of the layout lexicon.
    static let captionLabels: [String] = LayoutLexicon.shared.phrases(role: "caption.label").sorted()
    /// The first scalars of `captionLabels`, in both cases: a line opening with another is no label's.
    static let captionLabelInitials: Set<Unicode.Scalar> = Set(captionLabels.compactMap(\.first).flatMap { c in
        (String(c).lowercased() + String(c).uppercased()).unicodeScalars
    })

    /// A photo caption in front of the dateline of a release's first paragraph: `Jane Doe, Chair
    /// of …, speaks at the meeting, 19 February 2015. COPENHAGEN, 16 April 2015 – The Chair …`,
    /// or without the full stop (`… seminar, 14 April 2015 ASHGABAT, 15 April 2015 – …`). The
    /// dateline starts at an upper-case word of three letters or more within the first 300
    /// characters, after a full stop or a number, and must give a date with a year
    /// (`Dateline.parse`). Nil when the paragraph has no such dateline after its start.
    static func captionBeforeDateline(_ paragraph: String) -> (caption: String, rest: String)? {
        // The scalars are read as far as they are looked at (the first 300, and an upper-case run
        // after them), not copied whole: a 50 MB paragraph is read 300 scalars deep.
        var scalars: [Unicode.Scalar] = []
        var iterator = paragraph.unicodeScalars.makeIterator()
        var exhausted = false
        func has(_ i: Int) -> Bool {
            while scalars.count <= i, !exhausted {
                if let s = iterator.next() { scalars.append(s) } else { exhausted = true }
            }
            return i < scalars.count
        }
        _ = has(299)
        let limit = min(scalars.count, 300)
        var k = 2
        while k < limit {
            defer { k += 1 }
            guard scalars[k - 1] == " ", scalars[k].properties.isUppercase else { continue }
            let before = scalars[k - 2]
            guard before == "." || before.properties.numericType != nil else { continue }
            var e = k
            while has(e), scalars[e].properties.isAlphabetic, scalars[e].properties.isUppercase { e += 1 }
            guard e - k >= 3, has(e), scalars[e] == "," || scalars[e] == " " || scalars[e] == "/" else { continue }
            let view = paragraph.unicodeScalars
            let restStart = view.index(view.startIndex, offsetBy: k)
            let rest = String(Substring(view[restStart...]))
            guard let line = Dateline.parse(rest), line.date?.year != nil, !line.standalone else { continue }
            return (String(Substring(view[..<view.index(before: restStart)])), rest)
        }
        return nil
    }

    /// False when the first 82 bytes of `paragraph` (all of them, when fewer) are ASCII other
    /// than CR, so that they are its first characters, and no lower-case letter or digit before
    /// an upper-case letter before a lower-case one starts in them: `split` then finds no glue.
    /// True whenever in doubt.
    static func mayHoldGlue(_ paragraph: String) -> Bool {
        var paragraph = paragraph
        return paragraph.withUTF8 { b in
            let n = min(b.count, 82)
            for k in 0..<n where b[k] >= 0x80 || b[k] == 0x0D { return true }
            func lower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
            var p = 1
            while p + 1 < n && p < 80 {
                let a = b[p - 1]
                if (lower(a) || (a >= 0x30 && a <= 0x39)) && b[p] >= 0x41 && b[p] <= 0x5A && lower(b[p + 1]) { return true }
                p += 1
            }
            return false
        }
    }

    static func split(_ paragraph: String) -> (caption: String?, rest: String?) {
        if paragraph.hasSuffix("Photo details") || hasPhotoCredit(paragraph) { return (paragraph, nil) }
        // The glue is looked for in the first 82 characters only: no `Character` array of the
        // whole paragraph unless there is one (and none at all when its first bytes are ASCII
        // and hold no `aBc` / `1Bc` pattern).
        if !mayHoldGlue(paragraph) { return (nil, paragraph) }
        let head = Array(paragraph.prefix(82))
        var glue: Int?
        var p = 1
        let limit = min(head.count - 1, 80)
        while p < limit {
            let a = head[p - 1]
            let b = head[p]
            if (isLowercase(a) || (a.isASCII && isNumber(a))) && isUppercase(b) && p + 1 < head.count && isLowercase(head[p + 1]) {
                var s = p - 1
                while s > 0, !isWhitespace(head[s - 1]) { s -= 1 }
                let left = String(head[s..<p])
                let isPrefix = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O’", "O'", "D’", "D'", "i", "e"].contains(left)
                if left.count >= 3 && !isPrefix && left.first.map({ isUppercase($0) || isNumber($0) }) == true {
                    glue = p
                    break
                }
            }
            p += 1
        }
        guard let glue else { return (nil, paragraph) }
        let chars = head.count < 82 ? head : Array(paragraph)
        var q = glue + 1
        while q + 1 < chars.count {
            if chars[q] == "." && isUppercase(chars[q + 1]) && (isLetter(chars[q - 1]) || isNumber(chars[q - 1])) {
                let caption = TextNormalization.collapse(String(chars[0...q]))
                let rest = TextNormalization.collapse(String(chars[(q + 1)...]))
                return (caption, rest.isEmpty ? nil : rest)
            }
            q += 1
        }
        return (paragraph, nil)
    }

    // `Character` properties with an ASCII fast path (the same answers; no Unicode table lookup).
    private static func isLowercase(_ c: Character) -> Bool {
        if let v = c.asciiValue { return v >= 0x61 && v <= 0x7A }
        return c.isLowercase
    }

    private static func isUppercase(_ c: Character) -> Bool {
        if let v = c.asciiValue { return v >= 0x41 && v <= 0x5A }
        return c.isUppercase
    }

    private static func isNumber(_ c: Character) -> Bool {
        if let v = c.asciiValue { return v >= 0x30 && v <= 0x39 }
        return c.isNumber
    }

    private static func isLetter(_ c: Character) -> Bool {
        if let v = c.asciiValue { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return c.isLetter
    }

    private static func isWhitespace(_ c: Character) -> Bool {
        if let v = c.asciiValue { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return c.isWhitespace
    }
}
