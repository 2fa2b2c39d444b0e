import Foundation
import RaptorIO

/// The RDF syntax a data file is read in (`query --data`, `--named-graph`, `--data-format`,
/// `describe`): the one place that decides it from a name or a file extension, and that says
/// why a syntax the tool writes is not read.
///
///     try DataFormat.syntax(named: "nt")                   // .ntriples
///     try DataFormat.syntax(named: "jsonld")               // throws: JSON-LD is written but not read …
///     try DataFormat.syntax(ofFile: "graph.ttl")           // .turtle
///
/// What can be read is what Raptor's parsers read (`RDFSyntax.readable`); JSON-LD is written by
/// `RDFJSONLD` only, and DOT, HTML, Atom and RSS 1.0 by Raptor's serializers only.
enum DataFormat {
    /// The names `--data-format` offers, comma-separated: `turtle, ntriples, nquads, …, guess`.
    static var readableNames: String { RDFSyntax.readable.map(\.rawValue).joined(separator: ", ") }

    /// Why a syntax the tool writes but does not read is refused, for its name or extension
    /// (`jsonld`, `json-ld`, `application/ld+json`; `dot`, `html`, `atom`, `rss-1.0`); nil for
    /// any other.
    static func writtenButNotRead(name: String?, fileExtension: String?) -> String? {
        let jsonld = name.map { GraphFormat(name: $0) == .jsonld }
            ?? fileExtension.map { GraphFormat.candidates(forFileExtension: $0.lowercased()) == [.jsonld] } ?? false
        if jsonld {
            return "JSON-LD is written by osce-kg (export --format jsonld) but not read; give the data in a syntax it reads: \(readableNames) (`json` is RDF/JSON, not JSON-LD; export it again with --format turtle or ntriples)"
        }
        guard let name, let syntax = RDFSyntax(name: name), !syntax.canRead else { return nil }
        return "\(syntax.rawValue) is written by osce-kg but not read; give the data in a syntax it reads: \(readableNames)"
    }

    /// The syntax called `name` (`RDFSyntax(name:)`: `turtle`, `ttl`, `nt`, …).
    /// - Throws: `Failure` for JSON-LD and the other written-only syntaxes (saying so), and for an
    ///   unknown name (listing `readableNames`).
    static func syntax(named name: String, option: String = "--data-format") throws -> RDFSyntax {
        if let why = writtenButNotRead(name: name, fileExtension: nil) { throw Failure("\(option) \(name): \(why)") }
        guard let syntax = RDFSyntax(name: name), syntax.canRead else {
            throw Failure("unknown \(option) '\(name)'; use one of: \(readableNames)")
        }
        return syntax
    }

    /// The syntax a data file's extension names (`RDFSyntax(fileExtension:)`).
    /// - Throws: `Failure` naming the file: JSON-LD (written, not read), or an extension that
    ///   names no syntax that can be read.
    static func syntax(ofFile path: String) throws -> RDFSyntax {
        let ext = (path as NSString).pathExtension
        if let why = writtenButNotRead(name: nil, fileExtension: ext) { throw Failure("\(path): \(why)") }
        guard let syntax = RDFSyntax(fileExtension: ext), syntax.canRead else {
            throw Failure("\(path): cannot tell the RDF syntax from the extension '.\(ext)' (use .ttl, .nt, .nq, .trig, .rdf or .json, or give --data-format)")
        }
        return syntax
    }
}
