/// Text made safe for HTML: the one escaper the server's pages use.
///
///     HTMLText.escape("<b> & \"q\"")   // "&lt;b&gt; &amp; &quot;q&quot;"
///
/// `&`, `<`, `>`, `"` and `'` become character references, so the result
/// is safe both as element content and inside a quoted attribute value.
/// Control characters other than tab, line feed and carriage return (which
/// HTML forbids) become U+FFFD.
///
/// Source: HTML Living Standard §13.1.2 (character references), §13.2.5.
enum HTMLText {
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) { out += "\u{FFFD}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}
