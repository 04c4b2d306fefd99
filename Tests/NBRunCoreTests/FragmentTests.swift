import Foundation
import Testing
@testable import NBRunCore
import HTMLReport

/// `--fragment` for static sites: light unless asked, figures inside the column, relative
/// links made absolute or listed, and a footer that says what the fragment needs.
@Suite struct FragmentTests {
    func fragment(_ configure: (inout RunConfiguration) -> Void = { _ in }) -> String {
        let output = temporaryDirectory()
        let result = runNotebooks(["notebooks/xor.md"], output: output) {
            $0.fragment = true
            configure(&$0)
        }
        #expect(result.status == 0, "\(result.diagnostics)")
        return contents("\(output)/xor.html")
    }

    @Test func fragmentIsLightUnlessAskedToFollowTheHost() {
        let light = fragment()
        #expect(!light.contains("prefers-color-scheme"))
        #expect(light.contains("--nb-bg:"), "the light palette stays")
        let following = fragment { $0.followHostTheme = true }
        #expect(following.contains("@media (prefers-color-scheme:dark){.nbrun{"))
    }

    @Test func figuresAreCappedAtTheColumnWidth() {
        #expect(fragment().contains(".nbrun figure svg{display:block;box-sizing:border-box;width:100%;height:auto;max-width:min(100%,34rem)"))
    }

    @Test func relativeLinksAreListedOrMadeAbsolute() {
        let listed = fragment()
        #expect(listed.contains("Its links are relative to the page it is placed in (give --base-url to make them absolute): xor/figure-1-network.svg, xor/training-1.json"))
        let absolute = fragment { $0.baseURL = "https://example.org/nn" }
        #expect(absolute.contains(#"href="https://example.org/nn/xor/training-1.json""#))
        #expect(!absolute.contains(#"href="xor/"#))
        #expect(absolute.contains("Its links to files point to https://example.org/nn."))
    }

    @Test func darkRulesAreRemovedWithMatchedBraces() {
        let css = "a{b:c}@media (prefers-color-scheme:dark){.x{y:z}.w{v:u}}d{e:f}"
        #expect(FragmentColorScheme.removingDarkRules(css) == "a{b:c}d{e:f}")
    }

    @Test func relativeLinkTest() {
        #expect(RelativeLinks.isRelative("xor/figure-1.svg"))
        #expect(!RelativeLinks.isRelative("#fig1"))
        #expect(!RelativeLinks.isRelative("https://x.org/a"))
        #expect(!RelativeLinks.isRelative("/abs"))
    }
}
