import RDF

/// Where on the server the entities under the base are: the mapping between
/// request paths and IRIs.
///
/// The base's path is served on whatever address the server listens on:
/// with `--base http://127.0.0.1:7878/` the person
/// `http://127.0.0.1:7878/person/ivica-dacic` is at `/person/ivica-dacic`;
/// with the default base `https://w3id.org/osce-kg/resource/` it is at
/// `/osce-kg/resource/person/ivica-dacic`, so a proxy (or a redirect
/// service) that forwards the base's host to the server, path kept, makes
/// the published IRIs dereference. A base whose path holds `?` or `#`
/// cannot be reached by a path: its entities are not served (queries still are).
///
///     let paths = EntityPath(base: IRI(unchecked: "https://w3id.org/osce-kg/resource/"))
///     paths.iris(forPath: "/osce-kg/resource/state/se")   // [<https://w3id.org/osce-kg/resource/state/se>]
///     paths.path(for: IRI(unchecked: "https://w3id.org/osce-kg/resource/state/se"))   // "/osce-kg/resource/state/se"
struct EntityPath: Sendable {
    /// The base IRI.
    let base: String
    /// The base's path (after `scheme://authority`), e.g. `/osce-kg/resource/`; nil when no path reaches it.
    let basePath: String?

    init(base: IRI) {
        self.base = base.value
        guard let scheme = base.value.range(of: "://") else { basePath = nil; return }
        let afterAuthority = base.value[scheme.upperBound...].firstIndex(of: "/")
        let path = afterAuthority.map { String(base.value[$0...]) } ?? ""
        basePath = path.hasPrefix("/") && !path.contains("?") && !path.contains("#") ? path : nil
    }

    /// The IRIs a request path may name: the base followed by the path after
    /// the base's path, as sent and (when it holds `%` escapes) decoded.
    func iris(forPath path: String) -> [IRI] {
        guard let basePath else { return [] }
        var out: [IRI] = []
        for candidate in [path, (try? FormEncoding.percentDecodePath(path)) ?? path] where candidate.hasPrefix(basePath) {
            guard let iri = try? IRI(base + candidate.dropFirst(basePath.count)), !out.contains(iri) else { continue }
            out.append(iri)
        }
        return out
    }

    /// The server path of `iri`, or nil when it is not under the base (or the base is not served).
    /// A local part that would make the path start with `//` (read by browsers as another host) has no path.
    func path(for iri: IRI) -> String? {
        guard let basePath, iri.value.hasPrefix(base), iri.value.utf8.count > base.utf8.count else { return nil }
        let path = basePath + iri.value.dropFirst(base.count)
        return path.hasPrefix("//") ? nil : path
    }
}

extension FormEncoding {
    /// A URL path with its `%XX` escapes decoded (`+` stays a plus).
    static func percentDecodePath(_ path: String) throws(ServerError) -> String {
        guard path.contains("%") else { return path }
        return try percentDecode(path.replacingPlus(), what: "the path")
    }
}

private extension String {
    /// The UTF-8 bytes with `+` written as `%2B`, so that form decoding keeps it a plus.
    func replacingPlus() -> [UInt8] {
        var out: [UInt8] = []
        for b in utf8 {
            if b == UInt8(ascii: "+") { out += Array("%2B".utf8) } else { out.append(b) }
        }
        return out
    }
}
