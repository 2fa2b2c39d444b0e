import Testing
@testable import PageIngest

/// Cross-page coreference by honorific (issue 6, a new user): `Ambassador Lindqvist-Oro` on one page and
/// `Ambassador Maria Lindqvist-Oro` on another are one person when the full name is the only one
/// ending so and both are given the same honorific; a different honorific or two full names
/// sharing the surname leave the short name alone (invented names).
@Suite struct PersonAliasHonorificTests {
    @Test func aSurnameWithTheSameHonorificIsTheOnlyFullName() {
        var names = PersonAliases.Names(reference: [])
        names.add("Lindqvist-Oro", roles: [], honorific: "Ambassador")
        names.add("Maria Lindqvist-Oro", roles: ["Head of the OSCE Mission to Skopje"], honorific: "Ambassador")
        #expect(PersonAliases(names).resolve("Lindqvist-Oro") == "Maria Lindqvist-Oro")
    }

    @Test func aDifferentHonorificTiesNothing() {
        var names = PersonAliases.Names(reference: [])
        names.add("Lindqvist-Oro", roles: [], honorific: "Dr.")
        names.add("Maria Lindqvist-Oro", roles: [], honorific: "Ambassador")
        #expect(PersonAliases(names).resolve("Lindqvist-Oro") == "Lindqvist-Oro")
    }

    @Test func twoFullNamesWithTheSurnameLeaveItAlone() {
        var names = PersonAliases.Names(reference: [])
        names.add("Lindqvist-Oro", roles: [], honorific: "Ambassador")
        names.add("Maria Lindqvist-Oro", roles: [], honorific: "Ambassador")
        names.add("Erik Lindqvist-Oro", roles: [], honorific: "Ambassador")
        #expect(PersonAliases(names).resolve("Lindqvist-Oro") == "Lindqvist-Oro")
    }
}
