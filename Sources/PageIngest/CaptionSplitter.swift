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
