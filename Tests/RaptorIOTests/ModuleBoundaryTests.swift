import Foundation
import Testing

/// The thin-C-layer rule: only Sources/RaptorIO may import CRaptor2, and no
/// public declaration there mentions a C type or OpaquePointer.
@Suite struct ModuleBoundaryTests {
    static func swiftFiles(under dir: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    @Test func onlyRaptorIOImportsCRaptor2() throws {
        let root = TestSupport.packageRoot
        let sources = root.appendingPathComponent("Sources")
        var offenders: [String] = []
        for dir in ["Sources", "Tests", "Examples"] {
            for file in Self.swiftFiles(under: root.appendingPathComponent(dir)) {
                let text = try String(contentsOf: file, encoding: .utf8)
                let imports = text.split(separator: "\n").contains { line in
                    let l = line.trimmingCharacters(in: .whitespaces)
                    return l.range(of: #"^(@\w+\s+)*import\s+(\w+\s+)?CRaptor2\b"#, options: .regularExpression) != nil
                }
                if imports && !file.path.hasPrefix(sources.appendingPathComponent("RaptorIO").path + "/") {
                    offenders.append(file.path)
                }
            }
        }
        #expect(offenders.isEmpty, "CRaptor2 imported outside Sources/RaptorIO: \(offenders)")
        #expect(!Self.swiftFiles(under: sources.appendingPathComponent("RaptorIO")).isEmpty)
    }

    @Test func noCTypesInPublicSignatures() throws {
        let dir = TestSupport.packageRoot.appendingPathComponent("Sources/RaptorIO")
        var offenders: [String] = []
        for file in Self.swiftFiles(under: dir) {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where line.contains("public ") {
                if line.range(of: #"OpaquePointer|Unsafe\w*Pointer|raptor_"#, options: .regularExpression) != nil {
                    offenders.append("\(file.lastPathComponent): \(line)")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
