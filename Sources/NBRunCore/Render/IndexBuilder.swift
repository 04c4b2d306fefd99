import HTMLReport

/// `index.html`: every report rendered in this run, in course order, linked with its title and description.
struct IndexBuilder {
    let layout: OutputLayout
    /// The site's title (`--title`).
    var title = "Lessons"

    func build(_ notebooks: [RenderedNotebook]) -> OutputFile {
        let page = IndexPage(
            title: title,
            introduction: "Each lesson is one self-contained page: prose, mathematics, tables and figures, with no scripts and no network.",
            entries: notebooks.map { IndexPage.Entry(title: $0.title, href: $0.reportPath, description: $0.description ?? "") })
        return OutputFile(relativePath: layout.indexPath, bytes: Array(page.html().utf8))
    }
}
