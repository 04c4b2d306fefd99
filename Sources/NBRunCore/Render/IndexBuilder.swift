import HTMLReport

/// `index.html`: every report rendered in this run, in course order, linked with its title and description.
struct IndexBuilder {
    let layout: OutputLayout
    /// The site's title (`--title`).
    var title = "Lessons"

    func build(_ notebooks: [RenderedNotebook]) -> OutputFile {
        let page = IndexPage(
            title: title,
            introduction: "\(notebooks.count) lessons in course order, each a page in this folder with its prose, mathematics, "
                + "tables and figures inside it, no scripts and no network. This index needs those pages beside it.",
            entries: notebooks.map { IndexPage.Entry(title: $0.title, href: $0.reportPath, description: $0.description ?? "") })
        return OutputFile(relativePath: layout.indexPath, bytes: Array(page.html().utf8))
    }
}
