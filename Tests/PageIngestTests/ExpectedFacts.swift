import Foundation

/// Compares extracted facts (as JSON) with an expected-facts file, key by key.
///
/// Every key of the expected file is compared; lists in order. Quotes match by
/// `speaker`, and the extracted passage (white space collapsed) must begin with
/// `opening_words`. Returns one line per difference, with its key path.
enum ExpectedFacts {
    static func differences(expected: Any, actual: Any, path: String = "") -> [String] {
        switch expected {
        case let e as [String: Any]:
            guard let a = actual as? [String: Any] else { return ["\(path): expected an object, got \(describe(actual))"] }
            var out: [String] = []
            for key in e.keys.sorted() {
                let p = path.isEmpty ? key : "\(path).\(key)"
                guard let av = a[key] else { out.append("\(p): missing"); continue }
                if key == "quotes", let eq = e[key] as? [[String: Any]], let aq = av as? [[String: Any]] {
                    out += quotes(expected: eq, actual: aq, path: p)
                } else {
                    out += differences(expected: e[key] as Any, actual: av, path: p)
                }
            }
            return out
        case let e as [Any]:
            guard let a = actual as? [Any] else { return ["\(path): expected a list, got \(describe(actual))"] }
            var out: [String] = []
            if e.count != a.count { out.append("\(path): expected \(e.count) entries, got \(a.count): \(describe(a))") }
            for i in 0..<min(e.count, a.count) { out += differences(expected: e[i], actual: a[i], path: "\(path)[\(i)]") }
            return out
        case is NSNull:
            return actual is NSNull ? [] : ["\(path): expected null, got \(describe(actual))"]
        default:
            if let e = expected as? NSNumber, let a = actual as? NSNumber, e == a { return [] }
            if let e = expected as? String, let a = actual as? String, e == a { return [] }
            return ["\(path): expected \(describe(expected)), got \(describe(actual))"]
        }
    }

    static func quotes(expected: [[String: Any]], actual: [[String: Any]], path: String) -> [String] {
        var out: [String] = []
        if expected.count != actual.count {
            out.append("\(path): expected \(expected.count) quotes, got \(actual.count): \(actual.map { "\($0["speaker"] ?? "nil"): \($0["opening_words"] ?? "")" })")
        }
        for i in 0..<min(expected.count, actual.count) {
            let e = expected[i]
            let a = actual[i]
            let es = e["speaker"] as? String
            let asp = a["speaker"] as? String
            if es != asp { out.append("\(path)[\(i)].speaker: expected \(es ?? "null"), got \(asp ?? "null")") }
            let opening = (e["opening_words"] as? String) ?? ""
            let text = ((a["text"] as? String) ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.hasPrefix(opening) { out.append("\(path)[\(i)].opening_words: expected \"\(opening)\", passage is \"\(text.prefix(60))\"") }
        }
        return out
    }

    static func describe(_ v: Any) -> String {
        if let d = try? JSONSerialization.data(withJSONObject: v, options: [.fragmentsAllowed, .sortedKeys]),
           let s = String(data: d, encoding: .utf8) {
            return s.count > 300 ? String(s.prefix(300)) + "…" : s
        }
        return "\(v)"
    }
}
