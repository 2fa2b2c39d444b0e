import Testing
@testable import OSCE

/// The post lexicon (`Sources/OSCE/Resources/post-lexicon.tsv`) and the OSCE Parliamentary
/// Assembly's posts of the reference data.
@Suite struct PostLexiconTests {
    @Test func qualifierListsAreData() {
        // Every list the identity rules read is in the file, in more than one language where it can be.
        for list in ["temporal-qualifiers", "temporal-participles", "post-head-words", "body-kind-words", "identity-articles", "initialism-linking-words",
                     "generic-organisation-words", "role-linking-words"] {
            #expect(!OSCEReference.postLexicon.entries(list).isEmpty, "\(list)")
        }
        #expect(OSCEReference.temporalQualifiers.contains("incoming"))
        #expect(OSCEReference.temporalQualifiers.contains("neue"))
        #expect(!OSCEReference.temporalQualifiers.contains("acting"))
        #expect(!OSCEReference.temporalQualifiers.contains("former"))
        #expect(OSCEReference.postLexicon.entries("temporal-qualifiers", language: "fr").contains("nouvelle"))
    }

    @Test func qualifiersOfOtherLanguagesLeaveThePost() {
        #expect(OSCEReference.identityPhrase("neue Leiterin der OSZE-Mission in Serbien") == "Leiterin der OSZE-Mission in Serbien")
        #expect(OSCEReference.identityPhrase("nouvelle cheffe de la Présence de l’OSCE en Albanie")
            == "cheffe de la Présence de l’OSCE en Albanie")
        // A participle after a qualifier of any list (`recently elected`).
        #expect(OSCEReference.identityPhrase("recently elected OSCE PA President") == "OSCE PA President")
        // A capitalised qualifier before a name that is no post stays (`Current Affairs Editor`).
        #expect(OSCEReference.identityPhrase("Current Affairs Editor") == "Current Affairs Editor")
    }

    @Test func parliamentaryAssemblyPostsAreReferencePosts() {
        #expect(OSCEReference.post(named: "Assembly President")?.id == "president-of-the-parliamentary-assembly")
        #expect(OSCEReference.post(named: "PA President")?.id == "president-of-the-parliamentary-assembly")
        #expect(OSCEReference.post(named: "OSCE PA Vice-President")?.id == "vice-president-of-the-parliamentary-assembly")
        #expect(OSCEReference.post(named: "Vice-President of the OSCE Parliamentary Assembly")?.id
            == "vice-president-of-the-parliamentary-assembly")
        #expect(OSCEReference.post(named: "OSCE PA Treasurer")?.organisation == "parliamentary-assembly")
        // Exact names only: another assembly's president is no PA post.
        #expect(OSCEReference.post(named: "National Assembly President") == nil)
    }
}
