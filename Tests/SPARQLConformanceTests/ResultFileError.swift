/// A result file could not be read.
struct ResultFileError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
