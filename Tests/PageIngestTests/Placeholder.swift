import Testing

@Test func placeholderPageIngest() {}
