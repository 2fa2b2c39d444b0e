/// The metadata labels of release pages and listings, in English, German, French and Russian.
enum LabelName: Hashable {
    case date, place, source, fieldsOfWork, whereWeAre, location, contentType

    static let table: [String: LabelName] = [
        "date": .date, "datum": .date, "issued on": .date, "publishing date": .date, "published": .date,
        "publication date": .date, "veröffentlicht am": .date, "дата": .date, "date de publication": .date,
        "place": .place, "ort": .place, "место": .place, "lieu": .place,
        "source": .source, "issued by": .source, "quelle": .source, "herausgegeben von": .source,
        "источник": .source,
        "fields of work": .fieldsOfWork, "field of work": .fieldsOfWork, "what we do": .fieldsOfWork,
        "arbeitsbereiche": .fieldsOfWork, "arbeitsbereich": .fieldsOfWork, "направления деятельности": .fieldsOfWork,
        "domaines d'activité": .fieldsOfWork,
        "where we are": .whereWeAre, "wo wir tätig sind": .whereWeAre,
        "location": .location, "locations": .location, "standort": .location, "standorte": .location,
        "content type": .contentType, "inhaltstyp": .contentType, "тип материала": .contentType,
    ]

    /// The label named `name` (case-insensitive, without the colon), or nil.
    static func kind(of name: String) -> LabelName? {
        table[TextNormalization.collapse(name).lowercased()]
    }
}
