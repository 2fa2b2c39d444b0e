/// A set of variable slots: some slots, every slot, or every slot but some.
enum SlotSet {
    case all
    case some(Set<Int>)
    case allExcept(Set<Int>)

    static let none = SlotSet.some([])

    func contains(_ s: Int) -> Bool {
        switch self {
        case .all: return true
        case .some(let set): return set.contains(s)
        case .allExcept(let set): return !set.contains(s)
        }
    }
}
