import Testing

@Test func placeholderRaptorIO() {}
