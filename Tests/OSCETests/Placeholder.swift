import Testing

@Test func placeholderOSCE() {}
