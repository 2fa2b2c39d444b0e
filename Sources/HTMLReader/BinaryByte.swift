/// How an error names the byte that makes a file binary data: one wording for text pages
/// (`PageIngester`) and HTML pages (`HTMLInput`).
///
///     BinaryByte.name(0x00)   // "NUL byte"
///     BinaryByte.name(0x1A)   // "control byte 0x1A"
public enum BinaryByte {
    /// `NUL byte`, or `control byte 0xHH` (two upper-case hex digits).
    public static func name(_ byte: UInt8) -> String {
        guard byte != 0 else { return "NUL byte" }
        let digits = Array("0123456789ABCDEF")
        return "control byte 0x" + String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
