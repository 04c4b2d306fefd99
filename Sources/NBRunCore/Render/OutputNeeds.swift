/// What a written page needs besides itself, said in its footer so the sentence is true:
/// either "everything is in this file" or "this page plus these files".
struct OutputNeeds {
    /// The page, relative to the output directory.
    var page: String
    /// Files the page links to or that belong with it (figures, exports), relative to the
    /// output directory, in the order they were produced.
    var files: [String]

    enum Kind {
        /// A standalone page: figures are inline, the files beside it are copies and exports.
        case standalonePage
        /// A fragment whose figures are inline; exports are linked.
        case fragment
        /// A page for a course platform: its images and data files must be uploaded with it.
        case lmsPage
    }

    func sentence(for kind: Kind) -> String {
        let list = files.joined(separator: ", ")
        switch kind {
        case .standalonePage, .fragment:
            let start = kind == .fragment ? "No scripts and no network: this fragment needs nothing else to show its content" :
                "No scripts and no network: everything is in this file"
            return files.isEmpty ? start + "." : start + "; the figures are also saved as files, with the run's exports, beside it (\(list))."
        case .lmsPage:
            return files.isEmpty ? "This page needs no other file."
                : "This page needs these files uploaded with it, in the same folders relative to it: \(list)."
        }
    }
}
