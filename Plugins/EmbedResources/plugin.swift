import Foundation
import PackagePlugin

/// Embeds a target's data files (`Resources/*.tsv`) in its code at build time.
///
/// For each `Resources/NAME.tsv` of the target it runs `embed-resource`, which writes
/// `NAME.embedded.swift` holding the file's text as a string constant. The data file stays the
/// only source (edit it, rebuild); the binary needs no resource bundle beside it, so it runs
/// from any directory and when copied alone.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // `Target.directoryURL` needs tools version 6.1 (the package declares 6.0): the target's
        // folder is found from the package's.
        let resources = context.package.directoryURL.appendingPathComponent("Sources")
            .appendingPathComponent(target.name).appendingPathComponent("Resources")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: resources.path)) ?? []
        let tool = try context.tool(named: "embed-resource")
        return files.filter { $0.hasSuffix(".tsv") }.sorted().map { name in
            let input = resources.appendingPathComponent(name)
            let output = context.pluginWorkDirectoryURL.appendingPathComponent(name.replacingOccurrences(of: ".tsv", with: ".embedded.swift"))
            return .buildCommand(displayName: "Embedding \(name)", executable: tool.url,
                                 arguments: [input.path, output.path], inputFiles: [input], outputFiles: [output])
        }
    }
}
