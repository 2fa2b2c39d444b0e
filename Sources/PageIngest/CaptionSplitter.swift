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
        return ["osce/", "osce /", "osze/", "обсе/", "photo:", "photo by", "foto:", "фото:", "oscepa/", "osce pa/"].contains { credit.hasPrefix($0) }
    }

    /// A photo caption in front of the dateline of a release's first paragraph: `Jane Doe, Chair
    /// of …, speaks at the meeting, 19 February 2015. COPENHAGEN, 16 April 2015 – The Chair …`,
    /// or without the full stop (`… seminar, 14 April 2015 ASHGABAT, 15 April 2015 – …`). The
    /// dateline starts at an upper-case word of three letters or more within the first 300
    /// characters, after a full stop or a number, and must give a date with a year
    /// (`Dateline.parse`). Nil when the paragraph has no such dateline after its start.
    static func captionBeforeDateline(_ paragraph: String) -> (caption: String, rest: String)? {
        let scalars = Array(paragraph.unicodeScalars)
        let limit = min(scalars.count, 300)
        var k = 2
        while k < limit {
            defer { k += 1 }
            guard scalars[k - 1] == " ", scalars[k].properties.isUppercase else { continue }
            let before = scalars[k - 2]
            guard before == "." || before.properties.numericType != nil else { continue }
            var e = k
            while e < scalars.count, scalars[e].properties.isAlphabetic, scalars[e].properties.isUppercase { e += 1 }
            guard e - k >= 3, e < scalars.count, scalars[e] == "," || scalars[e] == " " || scalars[e] == "/" else { continue }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[k...])
            guard let line = Dateline.parse(String(rest)), line.date?.year != nil, !line.standalone else { continue }
            var caption = String.UnicodeScalarView()
            caption.append(contentsOf: scalars[..<(k - 1)])
            return (String(caption), String(rest))
        }
        return nil
    }

    static func split(_ paragraph: String) -> (caption: String?, rest: String?) {
        let chars = Array(paragraph)
        if paragraph.hasSuffix("Photo details") || hasPhotoCredit(paragraph) { return (paragraph, nil) }
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
}
