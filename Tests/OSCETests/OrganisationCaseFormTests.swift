import RDF
import Testing
@testable import OSCE

/// Organisation names in an oblique case (`organisation-word-forms` of the post lexicon) and the
/// head posts of field operations named in the region's languages (`field-operation-heads`): the
/// posts a new user's Russian and Romanian pages gave resolved to no organisation.
@Suite struct OrganisationCaseFormTests {
    @Test func caseFormsAreData() {
        for list in ["organisation-word-forms", "field-operation-heads"] {
            #expect(!OSCEReference.postLexicon.entries(list).isEmpty, "\(list)")
        }
        for language in ["ru", "uk", "sr", "mk", "ro", "bs", "sq"] {
            #expect(!OSCEReference.postLexicon.entries("organisation-word-forms", language: language).isEmpty, "\(language)")
            #expect(!OSCEReference.postLexicon.entries("field-operation-heads", language: language).isEmpty, "\(language)")
        }
        #expect(OSCEReference.caseFormKey("миссии обсе в сербии") == "миссия обсе в сербии")
        #expect(OSCEReference.caseFormKey("mission to serbia") == "mission to serbia")
    }

    /// A field operation, the Secretariat and the Parliamentary Assembly named in an oblique case.
    @Test func organisationsInObliqueCases() {
        #expect(OSCEReference.organisation(named: "Миссии ОБСЕ в Сербии")?.id == "mission-to-serbia")
        #expect(OSCEReference.organisation(named: "Миссию ОБСЕ в Молдове")?.id == "mission-to-moldova")
        #expect(OSCEReference.organisation(named: "Misiunii OSCE în Moldova")?.id == "mission-to-moldova")
        #expect(OSCEReference.organisation(named: "Мисије ОЕБС-а у Србији")?.id == "mission-to-serbia")
        #expect(OSCEReference.organisation(named: "Misije OSCE-a u Bosni i Hercegovini")?.id == "mission-to-bosnia-and-herzegovina")
        #expect(OSCEReference.organisation(named: "Misionit të OSBE-së në Kosovë")?.id == "mission-in-kosovo")
        #expect(OSCEReference.organisation(named: "Мисијата на ОБСЕ во Скопје")?.id == "mission-to-skopje")
        #expect(OSCEReference.organisation(named: "Місії ОБСЄ в Молдові")?.id == "mission-to-moldova")
        #expect(OSCEReference.organisation(named: "Офиса программ ОБСЕ в Бишкеке")?.id == "programme-office-in-bishkek")
        #expect(OSCEReference.organisation(named: "Секретариата ОБСЕ")?.id == "secretariat")
        #expect(OSCEReference.organisation(named: "Парламентской ассамблеи ОБСЕ")?.id == "parliamentary-assembly")
        #expect(OSCEReference.organisation(named: "Prezencës së OSBE-së në Shqipëri")?.id == "presence-in-albania")
        // A case form of no organisation's word leaves an unknown name unknown.
        #expect(OSCEReference.organisation(named: "Миссии ООН в Сербии") == nil)
    }

    /// The head of a field operation in any language and case is the post the English form names.
    @Test func headPostsInTheRegionsLanguages() {
        let english = OSCEReference.post(named: "Head of the OSCE Mission to Serbia")?.id
        #expect(english == "head-of-mission-to-serbia")
        #expect(OSCEReference.post(named: "глава Миссии ОБСЕ в Сербии")?.id == english)
        #expect(OSCEReference.post(named: "шеф Мисије ОЕБС-а у Србији")?.id == english)
        #expect(OSCEReference.post(named: "šefica Misije OEBS-a u Srbiji")?.id == english)
        #expect(OSCEReference.post(named: "șeful Misiunii OSCE în Moldova")?.id == "head-of-mission-to-moldova")
        #expect(OSCEReference.post(named: "Șefa Misiunii OSCE în Moldova")?.id == "head-of-mission-to-moldova")
        #expect(OSCEReference.post(named: "руководитель Офиса программ ОБСЕ в Душанбе")?.id == "head-of-programme-office-in-dushanbe")
        #expect(OSCEReference.post(named: "Kreu i Misionit të OSBE-së në Kosovë")?.id == "head-of-mission-in-kosovo")
        #expect(OSCEReference.post(named: "шеф на Мисијата на ОБСЕ во Скопје")?.id == "head-of-mission-to-skopje")
        #expect(OSCEReference.post(named: "šef Misije OSCE-a u Bosni i Hercegovini")?.id == "head-of-mission-to-bosnia-and-herzegovina")
        // Another post of the operation is no head post, but names the operation.
        #expect(OSCEReference.post(named: "заместитель главы Миссии ОБСЕ в Сербии") == nil)
        #expect(OSCEReference.organisation(inRole: "заместитель главы Миссии ОБСЕ в Сербии")?.id == "mission-to-serbia")
        #expect(OSCEReference.organisation(inRole: "Генеральный секретарь ПА ОБСЕ")?.id == "parliamentary-assembly")
        // The head word before a body that is no field operation makes no head post.
        #expect(OSCEReference.post(named: "глава Секретариата ОБСЕ") == nil)
    }

    /// The post IRI: a Russian head-of-mission post is the English form's post.
    @Test func headPostSlugIsShared() {
        #expect(IRIPolicy.postSlug(role: "глава Миссии ОБСЕ в Сербии", organisationID: nil) == "head-of-mission-to-serbia")
        #expect(IRIPolicy.postSlug(role: "șeful Misiunii OSCE în Moldova", organisationID: nil)
            == IRIPolicy.postSlug(role: "Head of the OSCE Mission to Moldova", organisationID: nil))
    }

    /// In the graph: the Russian and the English head of one mission hold one post, in the mission.
    @Test func headPostsShareOneNodeInTheGraph() {
        var r = SeedRelease.release
        r.posts = [
            Post(role: "глава Миссии ОБСЕ в Сербии", holder: Person(name: "Анна Линдгрен")),
            Post(role: "Head of the OSCE Mission to Serbia", holder: Person(name: "Jan Berg")),
        ]
        var b = KnowledgeGraphBuilder(policy: IRIPolicy(), includeReferenceData: true)
        b.add(r)
        let g = b.build()
        let policy = IRIPolicy()
        let post = policy.post(id: "head-of-mission-to-serbia")
        #expect(Set(g.objects(post, org["heldBy"])) == [policy.person(named: "Анна Линдгрен").term, policy.person(named: "Jan Berg").term])
        #expect(g.objects(post, org["postIn"]) == [policy.organisation(id: "mission-to-serbia").term])
    }

    /// An office named by its head's title: `OSCE Project Co-ordinator in Uzbekistan` after a
    /// name is the head post of that office (a new user's page gave only a role name, no post).
    @Test func anOfficeNamedByItsHeadsTitleNamesTheHeadPost() {
        #expect(OSCEReference.post(named: "OSCE Project Co-ordinator in Uzbekistan")?.id == "head-of-project-co-ordinator-in-uzbekistan")
        #expect(OSCEReference.post(named: "Project Co-ordinator in Ukraine")?.id == "head-of-project-co-ordinator-in-ukraine")
        #expect(OSCEReference.namesItsHead("OSCE Project Co-ordinator in Uzbekistan"))
        #expect(!OSCEReference.namesItsHead("OSCE Mission to Serbia"))
        #expect(!OSCEReference.namesItsHead("Office of the Co-ordinator of OSCE Economic and Environmental Activities"))
        #expect(OSCEReference.post(named: "OSCE Mission to Serbia") == nil)
    }

    /// French: the field operations' French names, and the head of one named by the French head
    /// word (`Chef de la Présence …`, `Cheffe de la Mission …`), are the English form's post; an
    /// office named by its head's title, in Russian or French, is its head's post (a new user's
    /// French and Russian pages gave only role names).
    @Test func frenchHeadPostsAndOfficesNamedByTheirHeadsTitle() {
        #expect(OSCEReference.organisation(named: "Présence de l’OSCE en Albanie")?.id == "presence-in-albania")
        #expect(OSCEReference.organisation(named: "Mission de l'OSCE en Serbie")?.id == "mission-to-serbia")
        #expect(OSCEReference.post(named: "Chef de la Présence de l’OSCE en Albanie")?.id == "head-of-presence-in-albania")
        #expect(OSCEReference.post(named: "Cheffe de la Mission de l’OSCE en Serbie")?.id == "head-of-mission-to-serbia")
        #expect(OSCEReference.post(named: "chef du Bureau de programme de l’OSCE à Douchanbé")?.id == "head-of-programme-office-in-dushanbe")
        #expect(OSCEReference.post(named: "Координатор проектов ОБСЕ в Узбекистане")?.id == "head-of-project-co-ordinator-in-uzbekistan")
        #expect(OSCEReference.post(named: "Coordonnateur des projets de l’OSCE en Ouzbékistan")?.id == "head-of-project-co-ordinator-in-uzbekistan")
        #expect(IRIPolicy.postSlug(role: "Chef de la Présence de l’OSCE en Albanie", organisationID: nil)
            == IRIPolicy.postSlug(role: "Head of the OSCE Presence in Albania", organisationID: nil))
        // An office that is not named by its head's title is no post.
        #expect(OSCEReference.post(named: "Mission de l’OSCE en Serbie") == nil)
        #expect(OSCEReference.post(named: "Миссия ОБСЕ в Сербии") == nil)
        // The head word before a body that is no field operation makes no head post.
        #expect(OSCEReference.post(named: "Chef du Secrétariat de l’OSCE") == nil)
    }

    /// German head posts are written with the genitive the noun takes (`german-genitives`: `des
    /// OSZE-Programmbüros`, `der OSZE-Mission`), not `Leiter der OSZE-Programmbüro`; the Russian
    /// `Программный офис` and the French and Russian names of the anti-trafficking post resolve to
    /// the shared posts.
    @Test func genitiveAndTranslatedPostNames() {
        #expect(OSCEReference.germanGenitive("OSZE-Programmbüro in Bischkek") == "des OSZE-Programmbüros in Bischkek")
        #expect(OSCEReference.germanGenitive("OSZE-Mission in Serbien") == "der OSZE-Mission in Serbien")
        #expect(OSCEReference.post(named: "Leiter des OSZE-Programmbüros in Bischkek")?.id == "head-of-programme-office-in-bishkek")
        #expect(OSCEReference.post(named: "Leiterin der OSZE-Mission in Serbien")?.id == "head-of-mission-to-serbia")
        let bishkek = OSCEReference.posts.first { $0.id == "head-of-programme-office-in-bishkek" }
        #expect(bishkek?.alternativeNames.contains("Leiterin des OSZE-Programmbüros in Bischkek") == true)
        #expect(bishkek?.alternativeNames.contains { $0.hasPrefix("Leiter der") || $0.hasPrefix("Leiterin der") } == false)
        #expect(OSCEReference.post(named: "руководитель Программного офиса ОБСЕ в Душанбе")?.id == "head-of-programme-office-in-dushanbe")
        #expect(OSCEReference.post(named: "Représentant spécial et coordonnateur de l’OSCE pour la lutte contre la traite des êtres humains")?.id
                == "special-representative-for-combating-trafficking-in-human-beings")
        #expect(OSCEReference.post(named: "Специальный представитель и координатор ОБСЕ по борьбе с торговлей людьми")?.id
                == "special-representative-for-combating-trafficking-in-human-beings")
    }

    /// One post, one IRI across languages (a new user's Spanish, French and German pages gave only
    /// role names or a post of their own): the Spanish names of the field operations, the standing
    /// posts' French, Spanish and Russian names, and a role written in another language before a
    /// reference organisation's name (`role-translations`) read as the English form.
    @Test func postsNamedInOtherLanguagesAreTheEnglishPosts() {
        #expect(OSCEReference.organisation(named: "Misión de la OSCE en Moldavia")?.id == "mission-to-moldova")
        #expect(OSCEReference.organisation(named: "Oficina de la OSCE en Minsk")?.id == "office-in-minsk")
        // A Spanish name written in ASCII makes no English head-post name (`Head of the Oficina …`).
        #expect(!OSCEReference.posts.contains { $0.alternativeNames.contains { $0.hasPrefix("Head of the Oficina") || $0.hasPrefix("Head of the Presencia") } })
        #expect(OSCEReference.posts.first { $0.id == "head-of-office-in-minsk" }?.alternativeNames.contains("Head of the OSCE Office in Minsk") == true)
        #expect(OSCEReference.post(named: "Representante de la OSCE para la Libertad de los Medios de Comunicación")?.id
                == "representative-on-freedom-of-the-media")
        #expect(OSCEReference.post(named: "Représentante de l’OSCE pour la liberté des médias")?.id == "representative-on-freedom-of-the-media")
        #expect(OSCEReference.post(named: "Haut-Commissaire de l’OSCE pour les minorités nationales")?.id
                == "high-commissioner-on-national-minorities")
        #expect(OSCEReference.post(named: "Representante Especial y Coordinadora de la OSCE para la Lucha contra la Trata de Personas")?.id
                == "special-representative-for-combating-trafficking-in-human-beings")
        #expect(OSCEReference.identityPhrase("stellvertretende Leiterin der OSZE-Mission in Serbien") == "Deputy Head of the OSCE Mission to Serbia")
        #expect(OSCEReference.identityPhrase("Stellvertretender Leiter der OSZE-Mission in Serbien") == "Deputy Head of the OSCE Mission to Serbia")
        #expect(OSCEReference.identityPhrase("Jefe de la Misión de la OSCE en Moldavia") == "Head of the OSCE Mission to Moldova")
        #expect(OSCEReference.identityPhrase("jefa adjunta de la Misión de la OSCE en Serbia") == "Deputy Head of the OSCE Mission to Serbia")
        #expect(OSCEReference.identityPhrase("заместитель главы Миссии ОБСЕ в Сербии") == "Deputy Head of the OSCE Mission to Serbia")
        #expect(OSCEReference.identityPhrase("Cheffe adjointe de la Mission de l’OSCE en Serbie") == "Deputy Head of the OSCE Mission to Serbia")
        // A listed role before no reference organisation, or an English phrase, stays as written.
        #expect(OSCEReference.identityPhrase("stellvertretende Leiterin der Schule") == "stellvertretende Leiterin der Schule")
        #expect(OSCEReference.identityPhrase("Jefe de Gabinete") == "Jefe de Gabinete")
        #expect(OSCEReference.identityPhrase("Deputy Head of the OSCE Mission to Serbia") == "Deputy Head of the OSCE Mission to Serbia")
    }

    /// In the graph: the German, Spanish and English deputy heads of one mission hold one post
    /// with one role; the Spanish head of mission holds the reference head post.
    @Test func deputyHeadPostsShareOneNodeAcrossLanguages() {
        var r = SeedRelease.release
        r.posts = [
            Post(role: "stellvertretende Leiterin der OSZE-Mission in Serbien", holder: Person(name: "Anna Berger")),
            Post(role: "Deputy Head of the OSCE Mission to Serbia", holder: Person(name: "Jan Berg")),
            Post(role: "Jefe adjunto de la Misión de la OSCE en Serbia", holder: Person(name: "Luis Prado")),
            Post(role: "Jefe de la Misión de la OSCE en Moldavia", holder: Person(name: "Lars Holm")),
        ]
        var b = KnowledgeGraphBuilder(policy: IRIPolicy(), includeReferenceData: true)
        b.add(r)
        let g = b.build()
        let policy = IRIPolicy()
        let slug = IRIPolicy.postSlug(role: "Deputy Head of the OSCE Mission to Serbia", organisationID: "mission-to-serbia")
        let deputy = policy.post(id: slug)
        #expect(Set(g.objects(deputy, org["heldBy"]))
                == Set(["Anna Berger", "Jan Berg", "Luis Prado"].map { policy.person(named: $0).term }))
        #expect(g.objects(deputy, org["postIn"]) == [policy.organisation(id: "mission-to-serbia").term])
        #expect(g.objects(deputy, org["role"]).count == 1)
        #expect(g.objects(policy.post(id: "head-of-mission-to-moldova"), org["heldBy"]) == [policy.person(named: "Lars Holm").term])
    }
}
