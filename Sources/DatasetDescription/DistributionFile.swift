import Digests
import Foundation
import RDF

/// A file of the dataset as published: one `dcat:Distribution`.
///
///     let f = try DistributionFile.measuring(path: "osce.ttl", mediaType: "text/turtle",
///                                            url: IRI(unchecked: "https://example.org/osce.ttl"))
///     f.byteSize   // 412345
///     f.sha256     // "9f86d0…" (64 hex digits)
///
/// `byteSize` and `sha256` are `nil` for a file that holds its own
/// description (the numbers of a file cannot be written inside it);
/// `measuring` reads the finished file and fills them.
///
/// Unit: `byteSize` in bytes (`xsd:nonNegativeInteger`); `sha256` as 64
/// lower-case hexadecimal digits (`xsd:hexBinary`).
public struct DistributionFile: Hashable, Sendable {
    /// The file name (last path component), for the title and the IRI slug.
    public var name: String
    /// The IANA media type (`text/turtle`).
    public var mediaType: String
    /// Where the file is or will be: `dcat:accessURL`, `dcat:downloadURL`, `void:dataDump`.
    public var url: IRI
    /// The size in bytes, when measured.
    public var byteSize: Int?
    /// The SHA-256 digest, when measured.
    public var sha256: String?

    public init(name: String, mediaType: String, url: IRI, byteSize: Int? = nil, sha256: String? = nil) {
        self.name = name
        self.mediaType = mediaType
        self.url = url
        self.byteSize = byteSize
        self.sha256 = sha256
    }

    /// The file at `path`, with its size and SHA-256 digest read from disk
    /// (in 1 MiB chunks).
    /// - Throws: `DescriptionError` of kind `.unreadableFile`.
    public static func measuring(path: String, mediaType: String, url: IRI) throws(DescriptionError) -> DistributionFile {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DescriptionError(.unreadableFile, "\(path): cannot open the file to measure it")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size = 0
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                throw DescriptionError(.unreadableFile, "\(path): \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            size += chunk.count
            hasher.update(chunk)
        }
        let name = (path as NSString).lastPathComponent
        return DistributionFile(name: name, mediaType: mediaType, url: url, byteSize: size, sha256: hasher.hexDigest())
    }

    /// The `file://` URL of `path` (made absolute against the working directory), percent-encoded.
    public static func fileURL(_ path: String) -> IRI? {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return try? IRI(url.absoluteString)
    }
}
