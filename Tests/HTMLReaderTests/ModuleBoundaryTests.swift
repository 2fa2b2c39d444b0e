import Foundation
import Testing

/// The thin-C-layer rule for libxml2: only Sources/HTMLReader imports CLibXML2, and no public
/// declaration there mentions a C type or pointer.
@Suite struct ModuleBoundaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func swiftFiles(under dir: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    @Test func onlyHTMLReaderImportsCLibXML2() throws {
        let reader = Self.root.appendingPathComponent("Sources/HTMLReader").path + "/"
        var offenders: [String] = []
        var importers = 0
        for dir in ["Sources", "Tests", "Examples"] {
            for file in Self.swiftFiles(under: Self.root.appendingPathComponent(dir)) {
                let text = try String(contentsOf: file, encoding: .utf8)
                let imports = text.split(separator: "\n").contains { line in
                    line.trimmingCharacters(in: .whitespaces)
                        .range(of: #"^(@\w+\s+)*((public|internal|private|fileprivate|package)\s+)?import\s+(\w+\s+)?CLibXML2\b"#,
                               options: .regularExpression) != nil
                }
                if imports {
                    if file.path.hasPrefix(reader) { importers += 1 } else { offenders.append(file.path) }
                }
            }
        }
        #expect(offenders.isEmpty, "CLibXML2 imported outside Sources/HTMLReader: \(offenders)")
        #expect(importers == 2)
    }

    @Test func noCTypesInPublicSignatures() throws {
        var offenders: [String] = []
        for file in Self.swiftFiles(under: Self.root.appendingPathComponent("Sources/HTMLReader")) {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where line.contains("public ") {
                if line.range(of: #"OpaquePointer|Unsafe\w*Pointer|xml[A-Z]\w*|html[A-Z]\w*Ptr|xmlChar"#, options: .regularExpression) != nil {
                    offenders.append("\(file.lastPathComponent): \(line)")
                }
            }
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("public import CLibXML2"), "\(file.lastPathComponent)")
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
