/// The dictionary-encoded identifier of an RDF term in a `QueryableDataset`.
///
/// `0` is never a term: the evaluator uses it for "unbound". Ids handed out
/// by a dataset are dense from 1; ids with the top bit set
/// (`TermID.queryLocalFlag`) are terms created while evaluating one query
/// (BIND results, VALUES constants absent from the data) and never match a
/// stored triple.
public typealias TermID = UInt32

extension TermID {
    /// The id meaning "no term" (an unbound variable).
    public static let unbound: TermID = 0
    /// Ids with this bit belong to the query-local term table.
    public static let queryLocalFlag: TermID = 0x8000_0000
}
