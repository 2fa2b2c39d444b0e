/// The result of running one manifest entry.
enum TestOutcome: Equatable {
    case passed
    case failed(String)
    case skipped(String)
}
