import Foundation

/// Output file paths compared as files, not as spellings.
enum OutputPaths {
    /// True when `a` and `b` name one file: equal once made absolute
    /// (against the current directory), standardised (`.`/`..` removed) and
    /// with symbolic links resolved (`same.ttl`, `./same.ttl`, `/cwd/same.ttl`).
    static func same(_ a: String, _ b: String) -> Bool {
        canonical(a) == canonical(b)
    }

    /// `path` made absolute, standardised and with symbolic links resolved.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
