/// Which elements hold a photo's caption: their rendered lines are marked `RenderedLine.isCaption`,
/// so the reader keeps the people a caption names apart from the article's (a caption names
/// who is in the picture, not who acts in the story).
///
/// An element is a caption when it is a `figcaption` of a figure that holds no quotation (the
/// `figcaption` after a `blockquote` is the quotation's attribution: `TextRenderer`), or when
/// one of its `class` or `id` words (`HTMLBoilerplate.words`) is `caption` (WordPress's
/// `wp-caption-text`, Joomla K2's `itemImageCaption`, Drupal's `field--name-field-caption`) or
/// names the photo's credit (`credit`, `credits`: K2's `itemImageCredits`, `photo-credit`).
///
/// Source: HTML Living Standard §4.4.13 (`figcaption`: the caption or legend of its figure).
enum HTMLCaption {
    /// `class`/`id` words of a caption or a photo credit.
    static let captionWords: Set<String> = ["caption", "credit", "credits"]

    /// Whether `element` starts a caption; `inQuotationFigure`: the innermost open `figure` has
    /// held a `blockquote`.
    static func isCaption(_ element: HTMLElement, inQuotationFigure: Bool) -> Bool {
        if element.name == "figcaption" { return !inQuotationFigure }
        for attribute in ["class", "id"] {
            if let value = element[attribute], HTMLBoilerplate.words(value).contains(where: captionWords.contains) { return true }
        }
        return false
    }
}
