import Testing

@Test func placeholderSPARQLConformance() {}
