import NotebookKit

/// What a written page needs besides itself, said in its footer so the sentence is true:
/// "everything it shows is in this file", or "this page plus these files".
struct OutputNeeds {
    /// Files the page cannot show itself without (images the prose shows, figures an LMS
    /// page shows as `<img>`), relative to the output directory.
    var needed: [String]
    /// Files written beside the page that it does not need to show itself (copies of
    /// inline figures, training exports).
    var extras: [String]

    enum Kind {
        case standalonePage, fragment, lmsPage
    }

    /// Sorts a page's files into needed and extra: on a standalone page or fragment only
    /// referenced files are needed (figures are inline); on an LMS page every file is.
    init(files: [OutputFile], references: Set<String>, kind: Kind) {
        let paths = files.map(\.relativePath)
        switch kind {
        case .lmsPage:
            needed = paths
            extras = []
        case .standalonePage, .fragment:
            needed = paths.filter { references.contains($0) }
            extras = paths.filter { !references.contains($0) }
        }
    }

    /// The footer's sentence; `active` says whether the notebook's raw HTML brings scripts
    /// or network resources, so "no scripts, no network" is only claimed when true.
    func sentence(for kind: Kind, active: ActiveContent = ActiveContent()) -> String {
        let what = kind == .fragment ? "this fragment" : "this file"
        var sentence: String
        switch kind {
        case .lmsPage:
            return needed.isEmpty ? "This page needs no other file."
                : "This page needs these files uploaded with it, in the same folders relative to it: \(needed.joined(separator: ", "))."
        case .standalonePage, .fragment:
            guard !active.hasScripts && !active.needsNetwork else {
                sentence = HTMLPageRenderer.selfContainment(active)
                if !needed.isEmpty { sentence += " Besides \(what) it needs these files beside it: \(needed.joined(separator: ", "))." }
                break
            }
            sentence = needed.isEmpty ? "No scripts and no network: everything it shows is in \(what)."
                : "No scripts and no network; besides \(what) it needs these files beside it: \(needed.joined(separator: ", "))."
        }
        if !extras.isEmpty {
            sentence += " Written beside it too, not needed to read it: \(extras.joined(separator: ", "))."
        }
        return sentence
    }
}
