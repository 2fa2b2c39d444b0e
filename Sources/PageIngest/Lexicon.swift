import OSCE

/// Word lists the people and quote extractors rely on.
///
/// Built once from fixed lists and from the OSCE reference data (the words of
/// State names and adjectives, organisation names, posts, fields of work, meeting
/// kinds and cities are never parts of a person's name).
struct Lexicon: Sendable {
    static let shared = Lexicon()

    /// Honorifics written before a name (`Ambassador`, `Dr.`, `Botschafterin`, ...).
    let honorifics: Set<String> = [
        "Ambassador", "Dr.", "Dr", "Prof.", "Professor", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Sir", "Dame",
        "Botschafter", "Botschafterin", "Amb.", "Madam", "Madame", "Monsieur", "Herr", "Frau", "Mag.",
        "Посол", "посол", "Ambassadeur", "Ambassadrice",
    ]

    /// Honorifics reported in `PersonFacts.honorific` (the expected-facts convention: `Ambassador`,
    /// `Dr.`, `Botschafter`/`Botschafterin` as written); `Mr.`, `Ms.`, … only mark a name.
    let reportedHonorifics: Set<String> = ["Ambassador", "Dr.", "Dr", "Botschafter", "Botschafterin", "Prof.", "Professor", "Prof. Dr.", "Ambassadeur", "Ambassadrice", "Посол", "посол"]

    func reportedHonorific(_ h: String) -> String? { reportedHonorifics.contains(h) ? h : nil }

    /// Words that head a post phrase (`Minister`, `Head`, `adviser`, `Leiterin`, ...), lower-cased.
    let roleNouns: Set<String> = [
        "minister", "director", "president", "secretary", "general", "head", "chair", "chairperson", "chairman",
        "chairwoman", "representative", "envoy", "co-ordinator", "coordinator", "commissioner", "officer", "adviser",
        "advisor", "deputy", "spokesperson", "spokesman", "spokeswoman", "prosecutor", "judge", "mayor", "governor",
        "speaker", "member", "mp", "mep", "chief", "ambassador", "rapporteur", "expert", "trainer", "editor", "reporter",
        "journalist", "correspondent", "researcher", "professor", "lecturer", "analyst", "manager", "official",
        "consultant", "lawyer", "attorney", "ombudsman", "ombudsperson", "founder", "chairmanship", "leader", "monitor",
        "observer", "investigator", "inspector", "commander", "deputy-head", "vice-president", "vice-chair",
        "vice-chairperson", "coordinator", "facilitator", "moderator", "negotiator", "delegate", "mediator",
        "secretary-general", "director-general", "president-in-office", "chairperson-in-office", "chairman-in-office",
        "chairwoman-in-office", "specialist", "assistant", "associate", "fellow", "student", "activist", "teacher",
        "principal", "dean", "rector", "senator", "deputy-director", "counsellor", "counselor", "attaché", "attache",
        "consul", "prime", "president-elect", "treasurer", "clerk", "registrar", "auditor", "presenter", "host",
        "producer", "blogger", "photographer", "campaigner", "defender", "entrepreneur", "farmer", "doctor", "nurse",
        "engineer", "scientist", "economist", "historian", "sociologist", "psychologist", "officer-in-charge",
        // German
        "leiter", "leiterin", "vertreter", "vertreterin", "ministerin", "direktor", "direktorin", "präsident",
        "präsidentin", "sonderbeauftragter", "sonderbeauftragte", "beauftragter", "beauftragte", "vorsitzender",
        "vorsitzende", "generalsekretär", "generalsekretärin", "sprecher", "sprecherin", "botschafter", "botschafterin",
        "koordinator", "koordinatorin", "berater", "beraterin", "staatsanwalt", "staatsanwältin", "richter",
        "richterin", "abgeordneter", "abgeordnete", "stellvertreter", "stellvertreterin", "chef", "chefin",
        "expertin", "trainerin", "referent", "referentin", "hochkommissar", "hochkommissarin",
        // Russian
        "глава", "руководитель", "министр", "директор", "посол", "председатель", "представитель", "генсек",
        "секретарь", "координатор", "советник", "заместитель", "президент", "эксперт",
    ]

    /// Connectors allowed inside a post phrase (`Head of the …`, `Representative on …`).
    let connectors: Set<String> = [
        "of", "the", "on", "for", "in", "to", "at", "and", "de", "du", "des", "la", "le", "der", "die", "das", "für",
        "im", "am", "zur", "zum", "und", "von", "bei", "в", "по", "и", "при", "with",
    ]

    /// Prepositions that end the head of a post phrase (`Head` | `of the Border Police`).
    let prepositions: Set<String> = [
        "of", "on", "for", "in", "to", "at", "with", "from", "der", "des", "für", "im", "am", "zur", "zum", "von",
        "bei", "in", "в", "по", "при", "de", "du", "pour",
    ]

    /// Articles and possessive pronouns dropped at the start of a post phrase.
    let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "der", "die", "das", "den", "dem", "ein",
        "eine", "einer", "sein", "seine", "ihr", "ihre", "le", "la", "les", "un", "une", "this", "that",
    ]

    /// Personal pronouns that refer back to a person.
    let pronouns: Set<String> = ["he", "she", "He", "She", "er", "Er", "Sie", "он", "она", "Он", "Она", "il", "elle", "Il", "Elle"]

    /// Verbs of saying (past and present, English, German, Russian, French).
    let speechVerbs: Set<String> = [
        "said", "says", "added", "adds", "stated", "states", "noted", "notes", "stressed", "stresses", "explained",
        "explains", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines", "concluded",
        "concludes", "continued", "continues", "declared", "declares", "remarked", "observed", "commented",
        "highlighted", "highlights", "told", "tells", "urged", "urges", "warned", "warns", "asked", "asks", "replied",
        "recalled", "insisted", "affirmed", "announced", "acknowledged", "agreed", "argued", "wrote", "writes",
        "pointed", "underscored", "reiterated", "reaffirmed", "confirmed", "stated", "mentioned", "suggested",
        "welcomed", "praised", "thanked", "recommended", "called", "opened", "closed", "reminded", "summarized",
        "summarised", "answered", "responded", "admitted", "believes", "believed", "hoped", "hopes", "expressed",
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "fügte", "unterstrich", "meinte", "so",
        "hob", "mahnte", "forderte", "sagten",
        "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул", "подчеркнула", "добавил",
        "добавила", "сообщил", "сообщила",
    ]

    /// Capitalised words that are never part of a person's name.
    let nonNameWords: Set<String>

    /// Words that introduce a title rather than speech (`entitled “…”`).
    let titleCues: Set<String> = [
        "entitled", "titled", "called", "named", "dubbed", "headlined", "motto", "slogan", "theme", "betitelt",
        "titel", "названием", "intitulé", "intitulée", "campaign", "hashtag", "under",
    ]

    init() {
        var words: Set<String> = [
            "The", "A", "An", "In", "On", "At", "For", "With", "By", "From", "To", "Of", "And", "But", "Or", "This",
            "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "Our", "Their", "His", "Her", "Its",
            "As", "After", "Before", "During", "While", "When", "Since", "Today", "Yesterday", "Tomorrow", "Also",
            "However", "Meanwhile", "Following", "According", "Some", "Many", "Most", "All", "Both", "Each", "Every",
            "Several", "Over", "Under", "Between", "Among", "Around", "About", "Through", "Within", "Without", "Across",
            "Speaking", "Opening", "Closing", "Addressing", "Regarding", "Later", "Earlier", "Last", "Next", "First",
            "Second", "Third", "New", "Old", "Here", "There", "Where", "What", "Who", "Which", "Why", "How", "If",
            "Although", "Though", "Because", "Once", "Participants", "Members", "Representatives", "Officials",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mission", "Office", "Centre", "Center", "Council", "Committee", "Department", "Ministry", "Parliament",
            "Assembly", "Police", "Service", "Services", "Agency", "Academy", "University", "Institute", "Court",
            "Group", "Forum", "Conference", "Programme", "Program", "Project", "Unit", "Section", "Division",
            "Secretariat", "Organization", "Organisation", "Delegation", "Presence", "Partners", "Partnership",
            "Co-operation", "Cooperation", "Union", "Republic", "Federation", "Kingdom", "States", "State",
            "Government", "Commission", "Bureau", "Board", "Network", "Association", "Foundation", "Fund", "Bank",
            "Club", "School", "College", "Chamber", "Senate", "Congress", "Embassy", "Consulate", "Region", "Oblast",
            "Province", "District", "City", "Municipality", "Valley", "River", "Lake", "Sea", "Mountains", "Summit",
            "Meeting", "Session", "Review", "Dialogue", "Initiative", "Strategy", "Plan", "Law", "Act", "Code",
            "Constitution", "Declaration", "Charter", "Decision", "Report", "Spot", "Daily", "Central", "North",
            "South", "East", "West", "Eastern", "Western", "Northern", "Southern", "South-East", "South-Eastern",
            "Asia", "Europe", "Caucasus", "Balkans", "Mediterranean", "Black", "Baltic", "Africa", "America",
            "Human", "Rights", "Democratic", "Institutions", "National", "Minorities", "Freedom", "Media", "Security",
            "Economic", "Environmental", "Activities", "Border", "Management", "Trafficking", "Beings", "Combating",
            "Countering", "Terrorism", "Minister", "Director", "President", "Vice-President", "Secretary", "General",
            "Head", "Deputy", "Chair", "Chairperson", "Chairman", "Chairwoman", "Chairmanship", "Chairpersonship",
            "Chairperson-in-Office", "Chairman-in-Office", "Chairwoman-in-Office", "Representative", "Envoy",
            "Co-ordinator", "Coordinator", "Commissioner", "High", "Special", "Senior", "Chief", "Officer", "Adviser",
            "Advisor", "Spokesperson", "Ambassador", "Foreign", "Interior", "Justice", "Defence", "Defense", "Affairs",
            "Assistant", "Executive", "Permanent", "Prime", "Member", "Speaker", "Mayor", "Governor", "Judge",
            "Prosecutor", "Rapporteur", "Personal", "Office-in-Charge", "Joint", "Control", "Customs", "Revenue",
            "Youth", "Women", "Gender", "Equality", "Elections", "Rule", "Police", "Training", "Centre", "Hall",
            "Palace", "Hofburg", "Photo", "Details", "Summary", "Overview", "Figures", "Leadership", "Staff",
            "Budget", "History", "Mandate", "Internet", "Online", "Digital", "Cyber", "Annual", "Monitoring",
            "Observation", "Election", "Team", "Teams", "Decision", "No", "Chairmanship-in-Office", "Parliamentary",
            "Sciences", "Science", "Protection", "Environment", "Justice", "Prosecutor’s", "Prosecutors", "Public",
            "Supreme", "Constitutional", "Administrative", "Criminal", "Civil", "Military", "Armed", "Forces",
            "Army", "Navy", "Guard", "Border", "Customs", "Migration", "Refugees", "Health", "Education", "Culture",
            "Finance", "Trade", "Energy", "Water", "Agriculture", "Transport", "Labour", "Labor", "Social", "Welfare",
            "Internal", "External", "European", "International", "Regional", "Local", "Global", "World", "United",
            "Nations", "UN", "EU", "NATO", "Council’s", "Programme’s", "Mission’s", "Office’s", "OSZE", "ОБСЕ",
            "Vorsitz", "Vorsitzes", "Mission", "Botschafter", "Botschafterin", "Leiterin", "Leiter", "Vertreter",
            "Vertreterin", "Der", "Die", "Das", "Ein", "Eine", "Im", "Am", "Nach", "Bei", "Mit", "Von", "Für", "Zum",
            "Zur", "Auch", "Heute", "Gestern", "Teilnehmenden", "Fortbildung", "Justizakademie", "Staatsanwaltschaft",
            "Ministerium", "Gericht", "Parlament", "Regierung", "Kommission", "Zentrum", "Büro", "Amt",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Sir", "Dame", "Herr", "Frau", "Madam",
            "Mediterr", "Partners", "Asian", "Co-operation", "Transdniestrian", "Settlement", "Process",
            "Conference", "Workshop", "Seminar", "Round", "Table", "Roundtable", "Course", "Exercise", "Event",
        ]
        for s in OSCEReference.states {
            for n in [s.name] + s.alternativeNames + s.adjectives { for w in Lexicon.words(n) { words.insert(w) } }
        }
        for o in OSCEReference.organisations {
            for n in [o.name] + o.alternativeNames { for w in Lexicon.words(n) { words.insert(w) } }
        }
        for p in OSCEReference.posts {
            for n in [p.name] + p.alternativeNames { for w in Lexicon.words(n) { words.insert(w) } }
        }
        for f in OSCEReference.fieldsOfWork {
            for n in [f.name] + f.alternativeNames { for w in Lexicon.words(n) { words.insert(w) } }
        }
        for m in OSCEReference.meetingKinds {
            for n in [m.name] + m.alternativeNames { for w in Lexicon.words(n) { words.insert(w) } }
        }
        for c in OSCEReference.cities {
            for n in [c.name] + c.alternativeNames { for w in Lexicon.words(n) { words.insert(w) } }
        }
        nonNameWords = words
    }

    /// Capitalised words of a name, as the tokenizer splits them.
    static func words(_ s: String) -> [String] {
        Tokenizer.tokenize(s).tokens.filter { $0.isWord && ($0.text.first?.isUppercase ?? false) }.map(\.stem)
    }

    /// True when `word` heads a post phrase (`Minister`, `Chairperson-in-Office`, `adviser`, `glaciologist`).
    func isRoleNoun(_ word: String) -> Bool {
        var w = word.lowercased()
        for suffix in ["’s", "'s"] where w.hasSuffix(suffix) { w.removeLast(suffix.count) }
        if roleNouns.contains(w) { return true }
        for part in w.split(separator: "-") where roleNouns.contains(String(part)) && part != "in" { return true }
        // German compounds: `Projektkoordinator`, `Abteilungsleiterin`, `Sonderbeauftragte`.
        for suffix in ["koordinator", "koordinatorin", "direktor", "direktorin", "leiter", "leiterin", "sekretär", "sekretärin",
                       "beauftragte", "beauftragter", "minister", "ministerin", "vertreter", "vertreterin", "präsident",
                       "präsidentin", "berater", "beraterin", "sprecher", "sprecherin", "referent", "referentin"]
        where w.count > suffix.count + 2 && w.hasSuffix(suffix) { return true }
        // Occupations: glaciologist, economist, ...
        if word.first?.isLowercase == true, w.count >= 7, w.hasSuffix("ologist") || w.hasSuffix("ist") && !w.hasSuffix("exist") {
            return true
        }
        return false
    }
}
