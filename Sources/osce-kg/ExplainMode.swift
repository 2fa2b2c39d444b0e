import ArgumentParser

/// What `osce-kg query --explain` prints: the plan with estimates
/// (`--explain`, `--explain=plan`) or also the actual row counts
/// (`--explain=analyze`).
enum ExplainMode: String, ExpressibleByArgument, CaseIterable {
    case plan
    case analyze

    /// `arguments` with a bare `--explain` (not followed by a mode) written
    /// `--explain=plan`; everything after `--` is left alone.
    static func normalising(_ arguments: [String]) -> [String] {
        var out = [String]()
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { out += arguments[i...]; break }
            if a == "--explain", i + 1 >= arguments.count || ExplainMode(rawValue: arguments[i + 1]) == nil {
                out.append("--explain=plan")
            } else {
                out.append(a)
            }
            i += 1
        }
        return out
    }
}
