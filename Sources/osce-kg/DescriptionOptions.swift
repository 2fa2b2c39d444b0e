import ArgumentParser
import DatasetDescription
import Foundation
import OSCE
import RDF
import RaptorIO

/// The options that feed the dataset description (`export` and `describe`).
struct DescriptionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Licence of the dataset (dct:license), e.g. https://creativecommons.org/licenses/by/4.0/. No default: you choose it.", valueName: "IRI"))
    var license: String?

    @Option(name: .long, help: ArgumentHelp("Name of the publisher of the dataset (dct:publisher).", valueName: "NAME"))
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp("SPARQL endpoint serving the dataset (dcat:DataService).", valueName: "URL"))
    var endpoint: String?

    @Option(name: .long, help: ArgumentHelp("URL where the export file is published (dcat:downloadURL, void:dataDump).", valueName: "URL"))
    var dumpURL: String?

    @Option(name: .long, help: ArgumentHelp("Time of the export: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (default: SOURCE_DATE_EPOCH, else now).", valueName: "DATE"))
    var date: String?

    func validate() throws {
        for (name, value) in [("--license", license), ("--endpoint", endpoint), ("--dump-url", dumpURL)] {
            if let value, (try? IRI(value)) == nil || !value.contains(":") {
                throw ValidationError("\(name): '\(value)' is not an absolute IRI")
            }
        }
        if let date { do { _ = try ExportTime(argument: date) } catch { throw ValidationError("--date: \(error)") } }
    }

    /// The settings, with the time from `--date`, else `SOURCE_DATE_EPOCH`, else now.
    func settings() throws -> DescriptionSettings {
        let time: ExportTime
        if let date {
            time = try ExportTime(argument: date)
        } else if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            time = try ExportTime(sourceDateEpoch: epoch)
        } else {
            time = ExportTime(secondsSince1970: Int64(Date().timeIntervalSince1970))
        }
        var s = DescriptionSettings(time: time, toolVersion: OSCEKG.configuration.version)
        s.license = try license.map { try IRI($0) }
        s.publisherName = publisher
        s.endpoint = try endpoint.map { try IRI($0) }
        s.dataDump = try dumpURL.map { try IRI($0) }
        return s
    }

    /// One warning for what portals need and the description lacks (a
    /// licence, a publisher), or `nil`.
    var warning: String? {
        switch (license, publisher) {
        case (nil, nil):
            return "no --license and no --publisher: the dataset description has neither, and data portals need both (the licence is yours to choose; the pages' own terms of use still apply to their text)"
        case (nil, _):
            return "no --license: the dataset description has no licence, and data portals need one (yours to choose; the pages' own terms of use still apply to their text)"
        case (_, nil):
            return "no --publisher: the dataset description has no publisher, which DCAT-AP requires of a catalogue"
        default:
            return nil
        }
    }

    /// The distribution of `file` (measured), published at `--dump-url` or, without it, at its `file://` URL.
    func distribution(of file: String, mediaType: String) throws -> DistributionFile {
        guard let url = try dumpURL.map({ try IRI($0) }) ?? DistributionFile.fileURL(file) else {
            throw Failure("\(file): no URL for the file; give --dump-url")
        }
        return try DistributionFile.measuring(path: file, mediaType: mediaType, url: url)
    }
}
