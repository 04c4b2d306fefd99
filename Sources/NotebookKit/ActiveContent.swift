/// What a page needs beyond its own bytes: whether author HTML brings scripts, and
/// whether anything loads from the network. A footer may say "no scripts" or
/// "no network" only when these are false.
public struct ActiveContent: Sendable, Equatable {
    /// A `<script>` element, an event-handler attribute (`onclick=`...) or a `javascript:` URL.
    public var hasScripts: Bool
    /// An external resource: `src`/`srcset`/`poster`/`data` or a `<link href>` with an
    /// `http:`, `https:` or `//` URL, a CSS `url(http…)`, or a remote image.
    public var needsNetwork: Bool

    public init(hasScripts: Bool = false, needsNetwork: Bool = false) {
        self.hasScripts = hasScripts
        self.needsNetwork = needsNetwork
    }
}
