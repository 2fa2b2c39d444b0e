#if canImport(Glibc)
import Glibc
#endif

/// Substring search on the UTF-8 bytes of a text, for the hot paths of page reading.
///
/// Foundation's `range(of:)` goes through `NSString` and UTF-16 (`CFStringFind`), and
/// `_StringProcessing`'s `ranges(of:)` walks `Character`s; both are an order of magnitude slower
/// than comparing bytes. The ingester's texts are NFC (as captured) and its needles are literal
/// (separators such as ` – `, a probe copied from another line), so byte equality is the match
/// that is meant.
///
///     "Finland – OSCE Chairpersonship 2025".utf8FirstRange(of: " – ")   // the dash with its spaces
///     "a – b – c".utf8LastRange(of: " – ")                               // the second one
///     "a quoted passage".utf8Contains("passage")                         // true
///
/// Shapes: ranges are `String.Index` ranges into the receiver (scalar-aligned, as the needle
/// starts with a whole scalar). An empty needle is found at the start (first) or at the end (last).
/// - Complexity: O(n · m) worst case, O(n) for the separators and probes the ingester uses
///   (the first byte of the needle is rare in the text).
extension StringProtocol {
    /// The first occurrence of `needle`'s bytes in the receiver, or nil.
    func utf8FirstRange<T: StringProtocol>(of needle: T) -> Range<Index>? {
        utf8Offsets(of: needle, last: false).map(range(ofUTF8Offsets:))
    }

    /// The last of the non-overlapping occurrences of `needle`'s bytes found from the left (as
    /// `ranges(of:).last` gives), or nil.
    func utf8LastRange<T: StringProtocol>(of needle: T) -> Range<Index>? {
        utf8Offsets(of: needle, last: true).map(range(ofUTF8Offsets:))
    }

    /// True when `needle`'s bytes occur in the receiver.
    func utf8Contains<T: StringProtocol>(_ needle: T) -> Bool {
        utf8Offsets(of: needle, last: false) != nil
    }

    /// True when the receiver's UTF-8 bytes hold `byte` (`utf8.contains(byte)`), searched with
    /// `memchr` in the contiguous bytes: the line and paragraph filters ask it of whole texts (a
    /// page of one 50 MB line is one text), where `UTF8View` iteration went a byte at a time.
    /// - Complexity: O(n).
    func utf8Contains(byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { b in
            guard let base = b.baseAddress, !b.isEmpty else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        } ?? utf8.contains(byte)
    }

    private func range(ofUTF8Offsets r: Range<Int>) -> Range<Index> {
        let lower = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
        return lower..<utf8.index(lower, offsetBy: r.count)
    }

    private func utf8Offsets<T: StringProtocol>(of needle: T, last: Bool) -> Range<Int>? {
        let found: Range<Int>?? = utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { pin in UTF8Search.find(pin, in: hay, last: last) }
                ?? Array(needle.utf8).withUnsafeBufferPointer { UTF8Search.find($0, in: hay, last: last) }
        }
        if let found { return found }
        return Array(utf8).withUnsafeBufferPointer { hay in
            Array(needle.utf8).withUnsafeBufferPointer { UTF8Search.find($0, in: hay, last: last) }
        }
    }
}

/// The byte search behind `utf8FirstRange(of:)`, `utf8LastRange(of:)` and `utf8Contains(_:)`.
enum UTF8Search {
    /// Offsets of the first occurrence of `needle` in `hay`, or with `last` the last of the
    /// non-overlapping occurrences found from the left; nil when there is none.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, last: Bool) -> Range<Int>? {
        let m = needle.count
        let n = hay.count
        if m == 0 { return last ? n..<n : 0..<0 }
        guard m <= n else { return nil }
        let first = needle[0]
        let limit = n - m
        func matches(at i: Int) -> Bool {
            var k = 1
            while k < m {
                if hay[i + k] != needle[k] { return false }
                k += 1
            }
            return true
        }
        var found: Range<Int>?
        var i = 0
        while i <= limit {
            if hay[i] == first && matches(at: i) {
                found = i..<(i + m)
                if !last { return found }
                i += m
            } else {
                i += 1
            }
        }
        return found
    }
}
