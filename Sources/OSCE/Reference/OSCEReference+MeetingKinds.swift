extension OSCEReference {
    /// The kinds of meetings and conferences of osce.org's menu, in menu order
    /// ("Partnerships", the menu's next sibling entry, is not a meeting kind).
    ///
    /// Source: osce.org navigation, "Our work" › "Meetings and conferences".
    public static let meetingKinds: [MeetingKindRecord] = [
        MeetingKindRecord(id: "summit-meetings", name: "Summit meetings", alternativeNames: ["Summit", "OSCE Summit"], body: "summit"),
        MeetingKindRecord(id: "review-conferences", name: "Review Conferences", alternativeNames: ["Review Conference"]),
        MeetingKindRecord(
            id: "ministerial-council-meetings", name: "Ministerial Council meetings",
            alternativeNames: ["Ministerial Council meeting", "Ministerial Council"], body: "ministerial-council"),
        MeetingKindRecord(
            id: "plenary-meetings-of-the-permanent-council", name: "Plenary meetings of the Permanent Council",
            alternativeNames: ["Permanent Council meeting", "Plenary meeting of the Permanent Council"], body: "permanent-council"),
        MeetingKindRecord(
            id: "plenary-meetings-of-the-forum-for-security-co-operation", name: "Plenary Meetings of the Forum for Security Co-operation",
            alternativeNames: ["Forum for Security Co-operation meeting", "FSC plenary meeting"], body: "forum-for-security-co-operation"),
        MeetingKindRecord(id: "security-review-conferences", name: "Security Review Conferences", alternativeNames: ["Annual Security Review Conference"]),
        MeetingKindRecord(
            id: "annual-implementation-assessment-meetings", name: "Annual Implementation Assessment Meetings",
            alternativeNames: ["Annual Implementation Assessment Meeting"], body: "forum-for-security-co-operation"),
        MeetingKindRecord(id: "economic-and-environmental-forum", name: "Economic and Environmental Forum", alternativeNames: ["OSCE Economic and Environmental Forum"]),
        MeetingKindRecord(
            id: "economic-and-environmental-dimension-implementation-meetings", name: "Economic and Environmental Dimension Implementation Meetings",
            alternativeNames: ["Economic and Environmental Dimension Implementation Meeting"]),
        MeetingKindRecord(
            id: "human-rights-meetings", name: "Human rights meetings",
            alternativeNames: ["Human Dimension Implementation Meeting", "Warsaw Human Dimension Conference"]),
        MeetingKindRecord(id: "media-conferences", name: "Media conferences"),
        MeetingKindRecord(id: "cyber-ict-security-conferences", name: "Cyber/ICT security conferences"),
        MeetingKindRecord(
            id: "conference-of-the-alliance-against-trafficking-in-persons", name: "Conference of the Alliance against Trafficking in Persons",
            alternativeNames: ["Alliance against Trafficking in Persons conference"]),
        MeetingKindRecord(
            id: "gender-equality-conferences", name: "Gender equality conferences",
            alternativeNames: ["Gender Equality Review Conferences", "Gender Equality Review Conference"]),
        MeetingKindRecord(
            id: "annual-osce-mediterranean-conferences", name: "Annual OSCE Mediterranean conferences",
            alternativeNames: ["OSCE Mediterranean Conference", "Mediterranean Conference"], body: "mediterranean-partners-for-co-operation"),
        MeetingKindRecord(
            id: "annual-osce-asian-conferences", name: "Annual OSCE Asian conferences",
            alternativeNames: ["OSCE Asian Conference", "Asian Conference"], body: "asian-partners-for-co-operation"),
    ]
}
