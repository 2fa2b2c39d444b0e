import ArgumentParser

/// The `osce-kg` command: OSCE public pages as a linked-data knowledge graph.
///
///     $ osce-kg export Examples/pages --format turtle --output osce.ttl
///     $ osce-kg query --data osce.ttl --query Examples/queries/who-said-what.rq
///
/// The command only parses arguments, wires the library modules together,
/// prints, and maps failures to exit codes; it holds no domain logic.
@main
struct OSCEKG: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "osce-kg",
        abstract: "Turn OSCE public pages into a linked-data knowledge graph, and query it with SPARQL.",
        version: "0.1.0",
        subcommands: [ExportCommand.self, DescribeCommand.self, QueryCommand.self, EvalCommand.self, ServeCommand.self, PushCommand.self]
    )

    /// Parses the command line after `ExplainMode.normalising` (so a bare
    /// `--explain` works, which swift-argument-parser options cannot take).
    static func main() async {
        await main(ExplainMode.normalising(Array(CommandLine.arguments.dropFirst())))
    }
}
