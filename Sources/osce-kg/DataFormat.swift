import Foundation
import RaptorIO
import RDFJSONLD

/// The RDF syntax a data file is read in (`query --data`, `--named-graph`, `--data-format`,
/// `describe`, `push`, `serve --data`): the one place that decides it from a name, a file
/// extension or the file's content, and that says why a syntax the tool writes is not read.
///
///     try DataFormat.syntax(named: "nt")                   // .raptor(.ntriples)
///     try DataFormat.syntax(named: "jsonld")               // .jsonld
///     try DataFormat.syntax(ofFile: "graph.ttl")           // .raptor(.turtle)
///     try DataFormat.syntax(ofFile: "graph.json")          // .jsonld or .raptor(.json), by content
///
/// What can be read is what Raptor's parsers read (`RDFSyntax.readable`) and JSON-LD
/// (`JSONLDReader`); DOT, HTML, Atom and RSS 1.0 are written by Raptor's serializers only.
/// A `.json` file is JSON-LD or RDF/JSON (both are JSON), and a file whose extension names
/// no syntax (`.txt`, `.data`, none) is sniffed: `sniff(_:)`.
enum DataFormat {
    /// The names `--data-format` offers, comma-separated: `turtle, ntriples, nquads, …, guess, jsonld`.
    static var readableNames: String { (RDFSyntax.readable.map(\.rawValue) + ["jsonld"]).joined(separator: ", ") }

    /// Why a syntax the tool writes but does not read is refused, for its name (`dot`, `html`,
    /// `atom`, `rss-1.0`); nil for any other.
    static func writtenButNotRead(name: String) -> String? {
        guard GraphFormat(name: name) != .jsonld, let syntax = RDFSyntax(name: name), !syntax.canRead else { return nil }
        return "\(syntax.rawValue) is written by osce-kg but not read; give the data in a syntax it reads: \(readableNames)"
    }

    /// The syntax called `name` (`jsonld`, or `RDFSyntax(name:)`: `turtle`, `ttl`, `nt`, …).
    /// - Throws: `Failure` for the written-only syntaxes (saying so), and for an unknown name
    ///   (listing `readableNames`).
    static func syntax(named name: String, option: String = "--data-format") throws -> GraphFormat {
        if GraphFormat(name: name) == .jsonld { return .jsonld }
        if let why = writtenButNotRead(name: name) { throw Failure("\(option) \(name): \(why)") }
        guard let syntax = RDFSyntax(name: name), syntax.canRead else {
            throw Failure("unknown \(option) '\(name)'; use one of: \(readableNames)")
        }
        return .raptor(syntax)
    }

    /// The syntax of a data file: by its extension (`.jsonld` JSON-LD, `RDFSyntax(fileExtension:)`),
    /// except that a `.json` file and a file whose extension names no syntax are told by
    /// their content (`sniff(_:)`).
    /// - Throws: `Failure` naming the file when neither tells a syntax that can be read.
    static func syntax(ofFile path: String) throws -> GraphFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        if GraphFormat.candidates(forFileExtension: ext) == [.jsonld] { return .jsonld }
        if ext != "json", let syntax = RDFSyntax(fileExtension: ext), syntax.canRead { return .raptor(syntax) }
        if let sniffed = sniff(head(of: path)) { return sniffed }
        if ext == "json" { return .raptor(.json) }
        throw Failure("\(path): cannot tell the RDF syntax from the extension '.\(ext)' nor from the content (use .ttl, .nt, .nq, .trig, .rdf, .json or .jsonld, or give --data-format)")
    }

    /// The first 64 KiB of a file (empty when it cannot be read: the reader then reports why).
    static func head(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 65_536)) ?? Data())
    }

    /// The syntax the start of a document (its first 64 KiB are looked at) shows, or nil when it shows none:
    /// - JSON (`{` or `[` first) is JSON-LD when it is an array or uses a JSON-LD keyword as a
    ///   member name (`"@context"`, `"@id"`, `"@graph"`, …), else RDF/JSON (an object of
    ///   subjects, whose values are `{"type": …, "value": …}` objects);
    /// - `<?xml` or `<rdf:RDF` is RDF/XML;
    /// - anything else that is text is left to Raptor's guesser (`guess`: Turtle, N-Triples,
    ///   N-Quads, TriG by their content); nil for bytes that are not UTF-8 text.
    static func sniff(_ bytes: [UInt8]) -> GraphFormat? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "["):
            return .jsonld
        case UInt8(ascii: "{"):
            let keywords = ["context", "id", "graph", "type", "value", "list", "set", "reverse", "vocab", "base", "language", "included"]
            let text = String(decoding: bytes[i..<min(bytes.count, i + 65_536)], as: UTF8.self)
            return keywords.contains { text.contains("\"@\($0)\"") } ? .jsonld : .raptor(.json)
        case UInt8(ascii: "<"):
            let text = String(decoding: bytes[i..<min(bytes.count, i + 4096)], as: UTF8.self)
            if text.hasPrefix("<?xml") || text.contains("<rdf:RDF") { return .raptor(.rdfxml) }
            return nil
        default:
            guard String(validating: bytes[i..<min(bytes.count, i + 4096)].dropLast(4), as: UTF8.self) != nil else { return nil }
            return .raptor(.guess)
        }
    }
}
