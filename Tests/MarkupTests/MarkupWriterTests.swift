import Testing
@testable import Markup

@Suite struct MarkupWriterTests {
    @Test func textAndAttributesAreEscaped() {
        let node = Node.element("a", ["title": "say \"<hi>\" & go"], [.text("<b>bold</b> & more")])
        #expect(MarkupWriter().render(node)
            == "<a title=\"say &quot;&lt;hi&gt;&quot; &amp; go\">&lt;b&gt;bold&lt;/b&gt; &amp; more</a>")
    }

    @Test func rawIsWrittenVerbatim() {
        #expect(MarkupWriter().render(.element("span", [:], [.raw("<em>x</em>")])) == "<span><em>x</em></span>")
    }

    @Test func forbiddenControlCharactersBecomeReplacementCharacters() {
        #expect(Escaping.text("a\u{0}b\u{8}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
        // Issue 16 point 5: DEL and C1 controls are not allowed in HTML either.
        #expect(Escaping.attribute("x\u{7F}y\u{85}z\u{A0}") == "x\u{FFFD}y\u{FFFD}z\u{A0}")
    }

    @Test func voidAndForeignElementsFollowHTML5() {
        let html = MarkupWriter(dialect: .html)
        #expect(html.render(.element("br")) == "<br>")
        #expect(html.render(.element("span")) == "<span></span>")
        #expect(html.render(.element("svg", [:], [.element("circle", ["r": "1"])]))
            == "<svg>\n<circle r=\"1\"/>\n</svg>\n")
        #expect(html.render(.element("math", [:], [.element("mspace")])) == "<math><mspace/></math>")
    }

    @Test func xmlDialectSelfClosesEveryEmptyElement() {
        #expect(MarkupWriter(dialect: .xml).render(.element("span")) == "<span/>")
    }

    @Test func commentsCannotBeClosedEarly() {
        #expect(MarkupWriter().render(.comment("a -- b --> c")) == "<!-- a - - b - -&gt; c -->")
    }

    @Test func attributeOrderIsKept() {
        let node = Node.element("rect", ["y": "2", "x": "1", "width": "3"])
        #expect(MarkupWriter(dialect: .xml).render(node) == "<rect y=\"2\" x=\"1\" width=\"3\"/>\n")
    }
}
