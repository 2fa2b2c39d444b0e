import Digests
import Foundation

/// Keeps two different files without a URL from becoming one page.
///
/// A page without a URL is identified by its path under its input root
/// (`PageCorpus.ingest`), so two files from two roots can share that path
/// (`osce-kg export a/index.txt b/index.txt`, or `export a b` with an
/// `index.txt` in each). Such files are different pages, never captures of
/// one page: each group of different files (by standardised absolute path)
/// whose path-identified slugs collide is renamed, deterministically:
///
/// 1. each file's path relative to the deepest folder holding all the files
///    of the group (`a/index.txt`, `b/index.txt` → `page/a--index`, `page/b--index`);
/// 2. if slugs still collide (`x.txt` and `x.html` in one folder, names that
///    differ only in case), that path with its extension kept (`x-txt`, `x-html`);
/// 3. if they still collide (names that differ only in case, or in characters the slug
///    folds: `A.txt` and `a.txt`, `a b.txt` and `a-b.txt`), that path with the first 8 hex
///    digits of the SHA-256 of the path of step 1 (its UTF-8 bytes) after it, for every file of
///    the group (`a-txt-1f3870be`, `a-txt-0cc175b9`).
///
/// Every name depends on the set of colliding files only, never on the order in which they
/// were given or listed: the same files give the same page IRIs in every run.
/// Files with a URL keep their URL identity (one URL in two files is one page
/// captured twice), and the same file given twice stays one page.
enum PageIdentity {
    /// Renames the colliding path identities of `captures` (see the type); the order is kept.
    /// `source(i)` is the file of capture `i`.
    static func disambiguate(_ captures: inout [PageCorpus.CaptureSummary], source: (Int) -> String) {
        // Standardised absolute paths, made only for the captures whose slugs collide.
        var paths: [Int: String] = [:]
        func absolute(_ i: Int) -> String {
            if let p = paths[i] { return p }
            let p = URL(fileURLWithPath: source(i)).standardizedFileURL.path
            paths[i] = p
            return p
        }
        for group in collisions(captures, absolute) {
            let ancestor = commonFolder(group.map(absolute))
            for i in group {
                var relative = absolute(i).dropFirst(ancestor.count)
                while relative.hasPrefix("/") { relative.removeFirst() }
                captures[i].setPagePath(String(relative), source: source(i))
            }
        }
        for group in collisions(captures, absolute) {
            for i in group {
                captures[i].setPagePath(captures[i].pagePath.map(keepingExtension), source: source(i))
            }
        }
        for group in collisions(captures, absolute) {
            let ancestor = commonFolder(group.map(absolute))
            for i in group {
                var relative = absolute(i).dropFirst(ancestor.count)
                while relative.hasPrefix("/") { relative.removeFirst() }
                let digest = SHA256.digest(Array(relative.utf8)).prefix(4).map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
                captures[i].setPagePath(captures[i].pagePath.map { keepingExtension($0) + "-" + digest }, source: source(i))
            }
        }
    }

    /// Groups (indices in input order) of path-identified captures of
    /// different files that share a slug; each group lists one index per file.
    static func collisions(_ captures: [PageCorpus.CaptureSummary], _ absolute: (Int) -> String) -> [[Int]] {
        var bySlug: [String: [Int]] = [:]
        var slugs: [String] = []
        for (i, c) in captures.enumerated() where c.isIdentifiedByPath {
            if bySlug[c.slug] == nil { slugs.append(c.slug) }
            bySlug[c.slug, default: []].append(i)
        }
        return slugs.compactMap { slug in
            guard bySlug[slug]!.count > 1 else { return nil }
            var seen = Set<String>()
            let files = bySlug[slug]!.filter { seen.insert(absolute($0)).inserted }
            return files.count > 1 ? files : nil
        }
    }

    /// The deepest folder that holds every path of `paths` (absolute, standardised), without a trailing `/`.
    static func commonFolder(_ paths: [String]) -> String {
        var common = paths[0].split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for path in paths.dropFirst() {
            let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            common = common.prefix(zip(common, folder).prefix { $0 == $1 }.count)
        }
        return common.joined(separator: "/")
    }

    /// `path` with the dot of its extension made a `-`, so the slug keeps it (`a/x.txt` → `a/x-txt`).
    static func keepingExtension(_ path: String) -> String {
        let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[name...].lastIndex(of: "."), dot != name else { return path }
        var out = path
        out.replaceSubrange(dot...dot, with: "-")
        return out
    }
}
