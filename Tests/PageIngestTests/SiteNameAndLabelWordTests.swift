import Testing
@testable import PageIngest

/// Label names and the OSCE's own name above the content, in French and Russian (defects a new
/// user found: `Type de contenu :` and `Дата публикации:` were read as titles, and the site's name
/// `Организация по безопасности и сотрудничеству в Европе` over the section header was taken as
/// the headline). Both are lines of `layout-lexicon.tsv`; the pages below are invented.
@Suite struct SiteNameAndLabelWordTests {
    @Test func frenchBrowserCopyWithContentTypeLabel() throws {
        let facts = try PageIngester().ingest(text: """
            Aller au contenu principal
            Organisation pour la sécurité et la coopération en Europe
            Salle de presse
            Le Bureau de l’OSCE à Erevan forme des médiateurs communautaires
            Date de publication : 4 mars 2022
            Type de contenu : Communiqué de presse
            Lieu : Erevan
            EREVAN, 4 mars 2022 – Quinze médiateurs venus de trois régions de l’Arménie ont suivi cette semaine une formation organisée par l’OSCE.
            « La médiation rapproche les voisins », a déclaré Mme Lucie Arnaud, formatrice.
            """, source: "fr.txt")
        #expect(facts.items.count == 1)
        let item = try #require(facts.items.first)
        #expect(item.title == "Le Bureau de l’OSCE à Erevan forme des médiateurs communautaires")
        #expect(item.contentType == "Communiqué de presse")
        #expect(item.date == "2022-03-04")
    }

    @Test func russianSiteNameOverTheSectionHeaderAndPublishingDateLabel() throws {
        let facts = try PageIngester().ingest(text: """
            Перейти к основному содержанию
            Организация по безопасности и сотрудничеству в Европе
            Новости
            Центр ОБСЕ в Бишкеке провел тренинг для молодых журналистов
            Дата публикации: 12 октября 2021
            Тип материала: Новость
            БИШКЕК, 12 октября 2021 – Двадцать молодых журналистов из Кыргызстана приняли участие в тренинге по проверке фактов.
            """, source: "ru.txt")
        #expect(facts.items.count == 1)
        let item = try #require(facts.items.first)
        #expect(item.title == "Центр ОБСЕ в Бишкеке провел тренинг для молодых журналистов")
        #expect(item.date == "2021-10-12")
        #expect(item.statesMentioned == ["Kyrgyzstan"])
    }
}
