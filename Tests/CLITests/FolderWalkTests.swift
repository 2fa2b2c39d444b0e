import Foundation
import Testing

/// How a folder argument is walked (`InputFiles.listPages`): page extensions in any case, nested
/// folders, hidden names skipped, a link to a file read as that file, a linked folder not
/// entered, a file named twice read once, and the order by path.
@Suite struct FolderWalkTests {
    /// One file is one page however it is named (`a.txt`, `./a.txt`, `dir/../a.txt`, a hard
    /// link): files are told apart by device and inode. Before, "pages read" said 3 for three
    /// names of one file; now 1, with one warning for the run naming the file and its other names.
    @Test func oneFileNamedThreeWaysIsReadOnceWithOneWarning() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("dir"), withIntermediateDirectories: true)
        try Data(contentsOf: CLIRunner.seed).write(to: dir.appendingPathComponent("a.txt"))
        let out = try CLIRunner.run(["export", "a.txt", "./a.txt", "dir/../a.txt", "--format", "ntriples"], cwd: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("pages read: 1, pages failed: 0,"), "\(out.stderr)")
        let warnings = out.stderr.split(separator: "\n").filter { $0.contains("given") }
        #expect(warnings == ["osce-kg: warning: a.txt was given 3 times (also as ./a.txt, dir/../a.txt): each file is read once"])
        // A hard link is the same file; a second repeated file is counted in the one warning.
        try FileManager.default.linkItem(at: dir.appendingPathComponent("a.txt"), to: dir.appendingPathComponent("dir/b.txt"))
        try Data(contentsOf: CLIRunner.seed).write(to: dir.appendingPathComponent("c.txt"))
        let linked = try CLIRunner.run(["export", "a.txt", "c.txt", "dir", "./c.txt", "--format", "ntriples"], cwd: dir)
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(linked.stderr.contains("pages read: 2, pages failed: 0,"), "\(linked.stderr)")
        #expect(linked.stderr.split(separator: "\n").filter { $0.contains("given") }
            == ["osce-kg: warning: a.txt was given 2 times (also as dir/b.txt), and 1 other file was given more than once: each file is read once"])
        // Two different files are two pages, with no warning.
        let two = try CLIRunner.run(["export", "a.txt", "c.txt", "--format", "ntriples"], cwd: dir)
        #expect(two.stderr.contains("pages read: 2,"), "\(two.stderr)")
        #expect(!two.stderr.contains("given"))
    }

    @Test func aFolderGivesItsPagesOnceInPathOrder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        let site = dir.appendingPathComponent("site")
        let seed = try Data(contentsOf: CLIRunner.seed)
        for folder in ["site/news/2020", "site/.drafts", "outside"] {
            try fm.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        // Pages: two nested, one upper-case extension; not pages: a hidden file, a file in a
        // hidden folder, a non-page extension, a file with no extension.
        try seed.write(to: site.appendingPathComponent("news/2020/b.txt"))
        try seed.write(to: site.appendingPathComponent("news/A.TXT"))
        try seed.write(to: site.appendingPathComponent(".hidden.txt"))
        try seed.write(to: site.appendingPathComponent(".drafts/c.txt"))
        try Data("notes".utf8).write(to: site.appendingPathComponent("notes.md"))
        try Data("notes".utf8).write(to: site.appendingPathComponent("txt"))
        // A link to a page outside is read as a page; a link to a folder is not entered.
        try seed.write(to: dir.appendingPathComponent("outside/d.txt"))
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("linked.txt").path,
                                  withDestinationPath: dir.appendingPathComponent("outside/d.txt").path)
        try fm.createSymbolicLink(atPath: site.appendingPathComponent("folder-link").path,
                                  withDestinationPath: dir.appendingPathComponent("outside").path)

        let out = try CLIRunner.run(["export", site.path, site.path + "/news/A.TXT", site.path + "/", "--format", "ntriples"])
        #expect(out.status == 0, "\(out.stderr)")
        // linked.txt, news/2020/b.txt, news/A.TXT: three pages, each once.
        #expect(out.stderr.contains("pages read: 3,"), "\(out.stderr)")
        let pages = Set(out.stdout.split(separator: "\n").compactMap { line -> Substring? in
            guard let r = line.range(of: "<https://w3id.org/osce-kg/resource/page/") else { return nil }
            return line[r.upperBound...].prefix(while: { $0 != ">" })
        })
        #expect(pages == ["linked", "news--2020--b", "news--a"], "\(pages.sorted())")
    }
}
