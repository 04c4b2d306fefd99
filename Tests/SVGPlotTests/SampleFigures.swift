import Foundation
import Markup
import Testing
@testable import SVGPlot

/// Writes sample figures for a person to look at, only when `NBRUN_SAMPLES` names a directory:
/// `NBRUN_SAMPLES=/tmp/nbrun-samples swift test --filter SVGPlotTests.SampleFigures`
/// then e.g. `rsvg-convert -o loss.png loss.svg`. Also writes each figure's inline form
/// (`name.inline.html`), which HTMLReportTests' sample page embeds.
@Suite struct SampleFigures {
    static let directory = ProcessInfo.processInfo.environment["NBRUN_SAMPLES"]

    @Test(.enabled(if: directory != nil)) func writeSamples() throws {
        let directory = URL(fileURLWithPath: Self.directory!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, svg) in Fixtures.sampleFigures() {
            try SVGDocument.standalone(svg).write(to: directory.appendingPathComponent(name + ".svg"), atomically: true, encoding: .utf8)
            // The inline (HTML) form, for HTMLReportTests' sample page.
            try MarkupWriter(dialect: .html).render(svg)
                .write(to: directory.appendingPathComponent(name + ".inline.html"), atomically: true, encoding: .utf8)
        }
    }
}
