extension OSCEReference {
    /// The 23 fields of work of osce.org's menu, in menu order.
    ///
    /// Source: osce.org navigation, "Our work" › "Fields of work"; German names
    /// from osce.org/de pages (`Arbeitsbereiche:`).
    public static let fieldsOfWork: [FieldOfWork] = [
        FieldOfWork(id: "arms-control", name: "Arms control", alternativeNames: ["Rüstungskontrolle", "Контроль над вооружениями"]),
        FieldOfWork(
            id: "border-management", name: "Border management",
            alternativeNames: ["Border security and management", "Grenzmanagement", "Grenzsicherheit und Grenzmanagement", "Управление границами"]),
        FieldOfWork(
            id: "combating-trafficking-in-human-beings", name: "Combating trafficking in human beings",
            alternativeNames: [
                "Trafficking in human beings", "Combating human trafficking", "Human trafficking",
                "Bekämpfung des Menschenhandels", "Борьба с торговлей людьми",
            ]),
        FieldOfWork(
            id: "conflict-prevention-and-resolution", name: "Conflict prevention and resolution",
            alternativeNames: ["Conflict prevention", "Konfliktverhütung und Konfliktbeilegung", "Konfliktverhütung und -beilegung", "Предотвращение и урегулирование конфликтов"]),
        FieldOfWork(
            id: "countering-terrorism", name: "Countering terrorism",
            alternativeNames: ["Counter-terrorism", "Terrorismusbekämpfung", "Противодействие терроризму"]),
        FieldOfWork(
            id: "cyber-ict-security", name: "Cyber/ICT Security",
            alternativeNames: ["Cyber/ICT security", "Cyber security", "Cyber-/IKT-Sicherheit", "Кибер/ИКТ безопасность"]),
        FieldOfWork(id: "democratization", name: "Democratization", alternativeNames: ["Democratisation", "Demokratisierung", "Демократизация"]),
        FieldOfWork(id: "economic-activities", name: "Economic activities", alternativeNames: ["Wirtschaftliche Aktivitäten", "Экономическая деятельность"]),
        FieldOfWork(id: "education", name: "Education", alternativeNames: ["Bildung", "Образование"]),
        FieldOfWork(id: "elections", name: "Elections", alternativeNames: ["Wahlen", "Выборы"]),
        FieldOfWork(
            id: "environmental-activities", name: "Environmental activities",
            alternativeNames: ["Umweltaktivitäten", "Природоохранная деятельность"]),
        FieldOfWork(
            id: "gender-equality", name: "Gender equality",
            alternativeNames: ["Gleichstellung der Geschlechter", "Geschlechtergleichstellung", "Гендерное равенство"]),
        FieldOfWork(id: "good-governance", name: "Good governance", alternativeNames: ["Gute Regierungsführung", "Надлежащее управление"]),
        FieldOfWork(id: "human-rights", name: "Human rights", alternativeNames: ["Menschenrechte", "Права человека"]),
        FieldOfWork(
            id: "media-freedom-and-development", name: "Media freedom and development",
            alternativeNames: ["Media freedom", "Medienfreiheit und Medienentwicklung", "Medienfreiheit", "Свобода и развитие СМИ"]),
        FieldOfWork(id: "migration", name: "Migration", alternativeNames: ["Миграция"]),
        FieldOfWork(
            id: "national-minority-issues", name: "National minority issues",
            alternativeNames: ["National minorities", "Nationale Minderheiten", "Angelegenheiten nationaler Minderheiten", "Вопросы национальных меньшинств"]),
        FieldOfWork(id: "policing", name: "Policing", alternativeNames: ["Polizeiarbeit", "Деятельность полиции"]),
        FieldOfWork(
            id: "reform-and-co-operation-in-the-security-sector", name: "Reform and co-operation in the security sector",
            alternativeNames: ["Security sector governance and reform", "Reform und Zusammenarbeit im Sicherheitssektor"]),
        FieldOfWork(id: "roma-and-sinti", name: "Roma and Sinti", alternativeNames: ["Roma und Sinti", "Рома и синти"]),
        FieldOfWork(id: "rule-of-law", name: "Rule of law", alternativeNames: ["Rechtsstaatlichkeit", "Верховенство права"]),
        FieldOfWork(
            id: "tolerance-and-non-discrimination", name: "Tolerance and non-discrimination",
            alternativeNames: ["Toleranz und Nichtdiskriminierung", "Толерантность и недискриминация"]),
        FieldOfWork(id: "youth", name: "Youth", alternativeNames: ["Jugend", "Молодежь", "Молодёжь"]),
    ]
}
