import ArgumentParser

/// The `osce-kg` command: OSCE public pages as a linked-data knowledge graph.
///
///     $ osce-kg export Examples/pages --format turtle --output osce.ttl
///     $ osce-kg query --data osce.ttl --query Examples/queries/who-said-what.rq
///
/// The command only parses arguments, wires the library modules together,
/// prints, and maps failures to exit codes (0 success, 1 failure, 64 usage:
/// sysexits' EX_USAGE, which swift-argument-parser gives a `ValidationError`);
/// it holds no domain logic.
@main
struct OSCEKG: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "osce-kg",
        abstract: "Turn OSCE public pages into a linked-data knowledge graph, and query it with SPARQL.",
        discussion: """
            Exit status (every subcommand): 0 on success; 1 when the work failed (a page or data file that \
            could not be read, a bad query, a timeout, a failed write, a store that refused, a port in use), \
            after one `osce-kg: error:` line per fault; 64 on a usage error found in the arguments (an \
            unknown option, a bad option value, options that exclude each other), after an `Error:` line \
            and the usage.
            """,
        version: "0.1.0",
        subcommands: [ExportCommand.self, DescribeCommand.self, QueryCommand.self, EvalCommand.self, ServeCommand.self, PushCommand.self]
    )

    /// Parses the command line after `ExplainMode.normalising` (so a bare
    /// `--explain` works, which swift-argument-parser options cannot take).
    static func main() async {
        await main(ExplainMode.normalising(Array(CommandLine.arguments.dropFirst())))
    }
}
