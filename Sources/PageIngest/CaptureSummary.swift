import OSCE

extension PageCorpus {
    /// What the corpus-wide decisions need of one capture (`PageIdentity`'s
    /// renaming, the grouping of a page's captures, the page windows that
    /// recur), kept in memory while the capture's facts wait in a
    /// `CaptureShelf`: no text of the page, only its identity and, per
    /// release, 64-bit keys of the slugs it adds (its file is the reading's
    /// `PageFileList` entry at `order`).
    ///
    /// A release key equal to another release's only makes a page window
    /// retained (`PageAdder`), which is always a correct way to build: two
    /// different slugs sharing a key (odds of about 2⁻⁶⁴ a pair) cost memory, never output.
    struct CaptureSummary {
        /// The capture's place in the input (`PageCorpus.Capture.order`).
        let order: Int
        /// The path the page is identified by when it has no URL (`PageCorpus.Capture.pagePath`).
        private(set) var pagePath: String?
        /// True when the page has no usable URL, so its path identifies it.
        let isIdentifiedByPath: Bool
        /// Whether the capture was cut off mid-text.
        let isTruncated: Bool
        /// The page's slug (`PageCorpus.Capture.slug`).
        private(set) var slug: String
        /// The keys of the capture's first release, and of the others (no array for one release,
        /// the common case: no heap block a page).
        private var firstRelease: ReleaseKeys?
        private var otherReleases: [ReleaseKeys] = []
        /// For each release of the capture: its keys (see `takeKeys(of:)`).
        var releases: [ReleaseKeys] { firstRelease.map { [$0] + otherReleases } ?? [] }
        /// The number of releases of the capture.
        var releaseCount: Int { firstRelease == nil ? 0 : 1 + otherReleases.count }
        /// The key of the release's slug once it is its page's winner (`IRIPolicy.slug` of its
        /// slug: `PageAdder.unify` makes a winner's slug its id); 0 unless the capture holds one release.
        private(set) var unifiedRelease: UInt64 = 0
        /// True when `pagePath` was changed after the keys were taken, and they could not be taken again.
        private(set) var keysAreStale = false

        /// The keys of one release: its page and its own slug, and whether it was cut off mid-text.
        struct ReleaseKeys {
            let page: UInt64
            let release: UInt64
            let truncated: Bool
        }

        init(_ capture: Capture) {
            order = capture.order
            pagePath = capture.pagePath
            isIdentifiedByPath = capture.url.flatMap(IRIPolicy.canonicalPageURL) == nil
            isTruncated = capture.isTruncated
            slug = capture.slug
            takeKeys(of: capture)
        }

        /// The key of a page slug, for `PageAdder`'s recurring windows.
        var pageKey: UInt64 { Self.key("p", slug) }

        /// Takes the release keys of `capture` (this summary's capture, with its current `pagePath`).
        mutating func takeKeys(of capture: Capture) {
            let keys = capture.releases.map { r in
                ReleaseKeys(page: Self.key("p", r.pageSlug), release: Self.key("r", r.slug), truncated: r.truncated)
            }
            firstRelease = keys.first
            otherReleases = Array(keys.dropFirst())
            unifiedRelease = capture.releases.count == 1 ? Self.key("r", IRIPolicy.slug(capture.releases[0].slug)) : 0
            keysAreStale = false
        }

        /// Sets the path the page is identified by (when it has no URL) and the slug that
        /// follows, as `PageCorpus.Capture.setPagePath` does (`source`: the capture's file); the
        /// release keys are stale until `takeKeys(of:)` takes them again.
        mutating func setPagePath(_ path: String?, source: String) {
            guard path != pagePath else { return }
            pagePath = path
            if isIdentifiedByPath { slug = IRIPolicy.pageSlug(url: nil, path: path ?? IRIPolicy.fileName(of: source)) }
            keysAreStale = true
        }

        /// FNV-1a (64 bits) of `kind`, a space and `slug`'s UTF-8 bytes: stable across runs and builds.
        static func key(_ kind: StaticString, _ slug: String) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            func mix(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            kind.withUTF8Buffer { for b in $0 { mix(b) } }
            mix(0x20)
            for b in slug.utf8 { mix(b) }
            return h
        }
    }
}
