import Foundation
import Markup
import Testing
@testable import HTMLReport

@Suite struct ReportPageTests {
    static let page = ReportPage(
        title: "XOR", subtitle: "A first network", author: "A. Teacher", date: "2024-05-01",
        body: [.element("h2", ["id": "data"], text: "Data"), .element("p", [:], text: "Four points.")],
        tableOfContents: [TableOfContentsEntry(level: 2, text: "Data", anchor: "data")],
        extraCSS: [".nbrun .math-error{color:red}"], footer: [.text("Made with nbrun")]
    )

    @Test func documentIsAWholeSelfContainedPage() {
        let html = Self.page.html(.document)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>XOR</title>"))
        #expect(html.components(separatedBy: "<style>").count == 2)
        #expect(html.contains(".nbrun .math-error{color:red}"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http"))
        #expect(!html.contains("<link"))
        #expect(html.contains("<main class=\"nb-body\">"))
        #expect(html.contains("<p class=\"nb-byline\">A. Teacher · 2024-05-01</p>"))
        // The style element sits in the head, before the body.
        #expect(html.range(of: "<style>")!.lowerBound < html.range(of: "<body>")!.lowerBound)
    }

    @Test func fragmentHasNoPageElementsAndScopedStyles() {
        let html = Self.page.html(.fragment)
        #expect(html.hasPrefix("<div class=\"nbrun\" lang=\"en\">\n<style>"))
        #expect(html.hasSuffix("</div>\n"))
        for tag in ["<html", "<head>", "<body", "<main", "<script", "<!DOCTYPE", "<meta", "<title"] {
            #expect(!html.contains(tag), "fragment contains \(tag)")
        }
        #expect(!html.contains("http"))
        #expect(html.contains(".nbrun *:not(svg,svg *,math,math *){all:revert}"))
    }

    /// Every rule of the fragment's stylesheet starts with `.nbrun` (or is an at-rule
    /// whose inner rules do), so nothing styles the host page.
    @Test func everyFragmentSelectorIsScoped() {
        let css = Stylesheet.fragmentReset + Stylesheet.report
        var depth = 0
        var selector = ""
        var atRuleDepths: [Int] = []
        for character in css {
            switch character {
            case "{":
                let trimmed = selector.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.hasPrefix("@") {
                    atRuleDepths.append(depth)
                } else {
                    for piece in Self.topLevelSelectors(trimmed) {
                        #expect(piece.hasPrefix(".nbrun"), "unscoped selector: \(piece)")
                    }
                }
                depth += 1
                selector = ""
            case "}":
                depth -= 1
                if atRuleDepths.last == depth { atRuleDepths.removeLast() }
                selector = ""
            case ";":
                selector = ""
            default:
                selector.append(character)
            }
        }
        #expect(depth == 0)
    }

    /// A selector list split at commas outside parentheses (`:not(a, b)` stays whole).
    static func topLevelSelectors(_ list: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for character in list {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == "," && depth == 0 {
                pieces.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
        return pieces
    }

    @Test func renderingIsDeterministic() {
        #expect(Self.page.html(.document) == Self.page.html(.document))
        #expect(Self.page.html(.fragment) == Self.page.html(.fragment))
    }

    @Test func stylesheetHasDarkAndPrintSchemes() {
        #expect(Stylesheet.report.contains("@media (prefers-color-scheme:dark){.nbrun{"))
        #expect(Stylesheet.report.contains("@media print{.nbrun{"))
        #expect(Stylesheet.report.contains("break-inside:avoid"))
    }

    /// Issue 14 item 7: under a dark system theme a fragment must not turn into a dark slab
    /// inside a light host page, so its stylesheet has the print rules but no dark scheme.
    @Test func fragmentStaysLight() {
        let fragment = Self.page.html(.fragment)
        #expect(!fragment.contains("prefers-color-scheme:dark"))
        #expect(fragment.contains("@media print{.nbrun{"))
        #expect(Self.page.html(.document).contains("@media (prefers-color-scheme:dark){.nbrun{"))
    }

    @Test func indexLinksEveryLesson() {
        let html = IndexPage(title: "Lessons", entries: [
            .init(title: "XOR", href: "xor.html", description: "Two inputs, <one> output"),
            .init(title: "Spiral", href: "spiral.html"),
        ]).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<li>\n<a href=\"xor.html\">XOR</a><p>Two inputs, &lt;one&gt; output</p>\n</li>"))
        #expect(html.contains("<a href=\"spiral.html\">Spiral</a>"))
        #expect(!html.contains("<script") && !html.contains("http"))
    }
}
