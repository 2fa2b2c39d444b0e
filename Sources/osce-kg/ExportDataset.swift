import DatasetDescription
import OSCE
import RDF

extension ExportWriter {
    /// The dataset description of an export whose content is `content`, and
    /// the settings it was made with (`--license`, `--date`, …, and the
    /// export key from the time and `inputDigest`). `export` and `push` both
    /// describe their export through this.
    static func describe(_ content: Graph, policy: IRIPolicy, options: DescriptionOptions,
                         inputDigest: String) throws -> (description: Graph, settings: DescriptionSettings) {
        let settings = try descriptionSettings(options: options, inputDigest: inputDigest)
        return (DatasetDescriber.describe(content, policy: policy, settings: settings), settings)
    }

    /// The description settings of an export: the options' (`--license`,
    /// `--date`, …) and the export key from the time and `inputDigest`.
    static func descriptionSettings(options: DescriptionOptions, inputDigest: String) throws -> DescriptionSettings {
        keyedSettings(try options.settings(), inputDigest: inputDigest)
    }

    /// `settings` with the export key from their time and `inputDigest`.
    static func keyedSettings(_ settings: DescriptionSettings, inputDigest: String) -> DescriptionSettings {
        var settings = settings
        settings.exportKey = DescriptionSettings.exportKey(time: settings.time, inputDigest: inputDigest)
        return settings
    }

    /// The export as named graphs, as `--format nquads` writes it: each
    /// page's graph, `{base}graph/reference`, `{base}graph/entities`
    /// (`KnowledgeGraphBuilder.buildDataset()`), and `description` in
    /// `{base}graph/description`.
    static func namedGraphs(_ builder: KnowledgeGraphBuilder, description: Graph) -> Dataset {
        var dataset = builder.buildDataset()
        dataset.setNamedGraph(.iri(builder.policy.descriptionGraph), description)
        return dataset
    }
}
