extension Variable {
    /// Whether the parser made this variable (for a blank node of the WHERE
    /// clause, the middle of a sequence path, an aggregate, a collection
    /// node): such names start with `.`, which no query variable can
    /// (VARNAME, §19.8 [166]), so they never clash and `SELECT *` omits them.
    var isGenerated: Bool { name.hasPrefix(".") }
}
