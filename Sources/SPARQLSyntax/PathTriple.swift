/// A triple of a triples block before translation: the predicate is a
/// variable or a property path (an IRI is a path of length one) (§18.2.2.4).
struct PathTriple: Sendable {
    enum Verb: Sendable {
        case variable(Variable)
        case path(PropertyPath)
    }

    var subject: TermPattern
    var verb: Verb
    var object: TermPattern
}
