import Testing
@testable import PageIngest

/// `PageFileList`: the page files of an export and their page paths packed in one arena,
/// given back as they were put in (a page path that ends its file's path shares its bytes).
@Suite struct PageFileListTests {
    @Test func filesAndPagePathsComeBackAsGiven() {
        // Folders' prefixes shared by the files that follow (site/ twice, then a/b/, then site/ again).
        let files = ["site/news/index.txt", "site/a.txt", "<stdin>", "a/b/é-page.html", "site/b.txt", "x.txt", "deep/x.txt", "",
                     "y.txt", "/abs/ü/z.txt"]
        let pagePaths = ["news/index.txt", "a.txt", "stdin.txt", "é-page.html", "b.txt", "x.txt", "other/name.txt", "", "y.txt",
                         "z.txt"]
        let list = PageFileList(files: files, pagePaths: pagePaths)
        #expect(list.count == files.count)
        #expect((0..<list.count).map(list.file) == files)
        #expect((0..<list.count).map(list.pagePath) == pagePaths)
        #expect(Array(list.files) == files)
    }

    @Test func withoutPagePathsEachHasNone() {
        let list = PageFileList(files: ["a.txt", "b/c.txt"], pagePaths: nil)
        #expect(list.pagePath(0) == nil)
        #expect(list.pagePath(1) == nil)
        #expect(list.file(1) == "b/c.txt")
        var more = list
        more.append("d.txt", pagePath: nil)
        more.append("e/f.txt", pagePath: "f.txt")
        #expect(more.count == 4)
        #expect(more.pagePath(2) == nil)
        #expect(more.pagePath(3) == "f.txt")
        #expect(list.count == 2)  // a value: the copy grew alone
    }
}
