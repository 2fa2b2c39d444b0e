/// The generated constants of the target's data files (`Resources/*.tsv`, compiled in by the
/// `EmbedResources` build plugin: `post-lexicon.tsv` becomes `EmbeddedResource.postLexicon`).
enum EmbeddedResource {}

extension OSCEReference {
    /// The words that decide a post's and an organisation's identity (temporal qualifiers,
    /// post head words, kinds of body, generic organisation words, linking words), per language:
    /// `Sources/OSCE/Resources/post-lexicon.tsv`, read by `LexiconTable`. Identity is
    /// language-blind, so each list is read in every language at once.
    ///
    /// Source: the file itself (its header names every list).
    public static let postLexicon = LexiconTable(tsv: EmbeddedResource.postLexicon)

    /// Words left at either end of a post phrase once its organisation's name is taken out
    /// (`Post.roleName`: "Head of the Permanent Delegation of Sweden to the OSCE" → "Head"): the
    /// list `role-linking-words` of `postLexicon`, lower-cased.
    static let roleLinkingWords: Set<String> = Set(postLexicon.entries("role-linking-words").map { $0.lowercased() })
}
