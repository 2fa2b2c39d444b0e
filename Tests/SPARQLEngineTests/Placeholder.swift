import Testing

@Test func placeholderSPARQLEngine() {}
