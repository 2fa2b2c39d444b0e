/// Proactive content negotiation on the `Accept` header: of the media types
/// the server can send, the one the client prefers.
///
///     let offered = ["text/turtle", "application/n-triples", "text/html"]
///     ContentNegotiation.choose(accept: "text/html;q=0.9, text/turtle", offered: offered)   // "text/turtle"
///     ContentNegotiation.choose(accept: "image/png", offered: offered)                       // nil → 406
///     ContentNegotiation.choose(accept: nil, offered: offered)                              // "text/turtle"
///
/// Each offered type gets the quality of the most specific range that matches
/// it (`type/subtype` over `type/*` over `*/*`; parameters other than `q`
/// are ignored); the highest quality above 0 wins, ties going to the earlier
/// offered type. No `Accept` header (or an empty one) accepts anything: the
/// first offered type. A range whose `q` is not a number from 0 to 1 is
/// read as `q=1` (RFC 9110 §12.4.2 leaves bad weights to the server).
///
/// Source: RFC 9110 §12.5.1 (Accept), §12.4.2 (quality values).
enum ContentNegotiation {
    /// One media range of an `Accept` header.
    struct MediaRange: Equatable {
        let type: String
        let subtype: String
        let quality: Double

        /// 2 for `type/subtype`, 1 for `type/*`, 0 for `*/*`; nil when it does not match `mediaType`.
        func specificity(matching mediaType: String) -> Int? {
            let parts = mediaType.split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            if type == "*" { return 0 }
            guard type == parts[0] else { return nil }
            if subtype == "*" { return 1 }
            return subtype == parts[1] ? 2 : nil
        }
    }

    /// The ranges of an `Accept` header value, lower-cased.
    static func ranges(_ accept: String) -> [MediaRange] {
        accept.split(separator: ",").compactMap { item in
            let fields = item.split(separator: ";").map { $0.trimming(" \t") }
            guard let first = fields.first, !first.isEmpty else { return nil }
            let pair = first.lowercased().split(separator: "/", maxSplits: 1).map(String.init)
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else { return nil }
            var quality = 1.0
            for field in fields.dropFirst() {
                let kv = field.split(separator: "=", maxSplits: 1).map { $0.trimming(" \t") }
                if kv.count == 2, kv[0].lowercased() == "q", let q = Double(kv[1]), q >= 0, q <= 1 { quality = q }
            }
            return MediaRange(type: pair[0], subtype: pair[1], quality: quality)
        }
    }

    /// The offered media type the client prefers, or nil when it accepts none (406).
    static func choose(accept: String?, offered: [String]) -> String? {
        guard let accept, !accept.trimming(" \t").isEmpty else { return offered.first }
        let ranges = ranges(accept)
        if ranges.isEmpty { return offered.first }
        var best: (type: String, quality: Double)?
        for type in offered {
            var chosen: (specificity: Int, quality: Double)?
            for range in ranges {
                guard let s = range.specificity(matching: type) else { continue }
                if chosen == nil || s > chosen!.specificity || (s == chosen!.specificity && range.quality > chosen!.quality) {
                    chosen = (s, range.quality)
                }
            }
            guard let q = chosen?.quality, q > 0 else { continue }
            if best == nil || q > best!.quality { best = (type, q) }
        }
        return best?.type
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters of `set`.
    func trimming(_ set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
