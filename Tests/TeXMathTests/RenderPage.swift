import Foundation
import Markup
import Testing
@testable import TeXMath

/// Writes the pages scripts/check-math-render.sh screenshots with headless Chromium.
///
/// Runs only when NBRUN_MATH_PAGE_DIR names a directory; it then writes
/// - probes.html: layout probes, each alone in a 600×200 px box at top = 200 × index,
///   and probes.txt listing `name top height` for the pixel checks;
/// - corpus.html: every corpus formula, for looking at;
/// - probes-embedded.html when NBRUN_MATH_FONT names a math font file: the probes
///   with that font embedded by ``MathStylesheet/fontFace(embedding:format:)`` as the only math font.
@Suite struct RenderPage {
    static let directory = ProcessInfo.processInfo.environment["NBRUN_MATH_PAGE_DIR"]

    /// name, TeX, display. The script compares their ink heights (see the script for the rules).
    static let probes: [(String, String, Bool)] = [
        ("line", "(x)", false),
        ("fraction", #"\frac{a}{b}"#, true),
        ("matrix", #"\begin{bmatrix} a \\ b \\ c \\ d \end{bmatrix}"#, true),
        ("stretch", #"\left( \vphantom{\begin{matrix} a \\ b \\ c \\ d \end{matrix}} \right)"#, true),
        ("sum-inline", #"\sum_{i=1}^{n}"#, false),
        ("sum-display", #"\sum_{i=1}^{n}"#, true),
        ("sqrt", #"\sqrt{\frac{a}{b}}"#, true),
        ("radical", #"\sqrt{\vphantom{\begin{matrix} a \\ b \\ c \\ d \end{matrix}}}"#, true),
        ("operator-inline", #"\sum"#, false),
        ("operator-display", #"\sum"#, true),
        ("big", #"\bigl( x \bigr)"#, true),
        ("Big", #"\Bigl( x \Bigr)"#, true),
        ("bigg", #"\biggl( x \biggr)"#, true),
        ("Bigg", #"\Biggl( x \Biggr)"#, true),
        ("big-script", #"\bigl( x \bigr)^2"#, true),
        ("accent-bar", #"\bar{X}"#, false),
        ("accent-tilde", #"\tilde{b}"#, false),
        ("accent-hat", #"\hat{X}"#, false),
        ("accent-vec", #"\vec{b}"#, false),
        ("accent-dot", #"\dot{X}"#, false),
        ("accent-ddot", #"\ddot{b}"#, false),
        ("accent-check", #"\check{X}"#, false),
        ("accent-breve", #"\breve{b}"#, false),
        ("accent-bar-x", #"\bar{x}"#, false),
    ]

    static let boxHeight = 200

    @Test(.enabled(if: directory != nil, "set NBRUN_MATH_PAGE_DIR to write the render-check pages"))
    func writePages() throws {
        let directory = URL(fileURLWithPath: Self.directory!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let converter = MathConverter()

        var boxes: [Node] = []
        var manifest = ""
        for (index, probe) in Self.probes.enumerated() {
            let result = converter.convert(probe.1, display: probe.2)
            #expect(result.succeeded, "probe \(probe.0): \(result.problems)")
            let top = index * Self.boxHeight
            let style = "position: absolute; left: 0; top: \(top)px; width: 600px; height: \(Self.boxHeight)px; padding: 20px 40px; box-sizing: border-box; overflow: hidden"
            let content: Node = probe.2 ? result.node : .element("p", [:], [.text("\u{00A0}"), result.node])
            boxes.append(.element("div", ["class": "probe", "style": style], [content]))
            manifest += "\(probe.0) \(top) \(Self.boxHeight)\n"
        }
        try page(title: "nbrun math probes", body: boxes).write(to: directory.appendingPathComponent("probes.html"), atomically: true, encoding: .utf8)
        try manifest.write(to: directory.appendingPathComponent("probes.txt"), atomically: true, encoding: .utf8)

        if let fontPath = ProcessInfo.processInfo.environment["NBRUN_MATH_FONT"], !fontPath.isEmpty {
            // The same probes with only the embedded font able to stretch: the stack
            // names no installed math font after it, so stretching proves the embedding works.
            let font = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fontPath)))
            let css = MathStylesheet.fontFace(embedding: font, format: MathStylesheet.fontFormat(forFileName: fontPath))
                + "\nmath { font-family: \"\(MathStylesheet.embeddedFamily)\", serif; }"
            try page(title: "nbrun math probes, embedded font", body: boxes, extraCSS: css)
                .write(to: directory.appendingPathComponent("probes-embedded.html"), atomically: true, encoding: .utf8)
        }

        var cells: [Node] = []
        for entry in try CorpusEntry.all() {
            let result = converter.convert(entry.tex, display: entry.display)
            cells.append(.element("div", ["class": "cell"], [
                .element("code", text: entry.tex),
                entry.display ? result.node : .element("p", [:], [result.node]),
            ]))
        }
        try page(title: "nbrun math corpus", body: [.element("div", ["class": "grid"], cells)])
            .write(to: directory.appendingPathComponent("corpus.html"), atomically: true, encoding: .utf8)
    }

    private func page(title: String, body: [Node], extraCSS: String = "") -> String {
        let css = MathStylesheet.css + extraCSS + """

        body { margin: 0; font-family: "DejaVu Serif", serif; font-size: 20px; background: #fff; color: #000; }
        .probe p { margin: 0; }
        .grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; padding: 8px; }
        .cell { border: 1px solid #ddd; padding: 4px 8px; overflow: hidden; }
        .cell code { display: block; font-size: 11px; color: #666; white-space: pre-wrap; overflow-wrap: anywhere; }
        """
        let html = Node.element("html", ["lang": "en"], [
            .element("head", [:], [
                .element("meta", ["charset": "utf-8"]),
                .element("title", text: title),
                .element("style", text: css),
            ]),
            .element("body", ["class": "nbrun"], body),
        ])
        return "<!DOCTYPE html>\n" + MarkupWriter().render(html)
    }
}
