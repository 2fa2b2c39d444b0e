import Testing

@Test func placeholderSPARQLSyntax() {}
