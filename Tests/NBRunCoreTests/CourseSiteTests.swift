import Foundation
import Testing
@testable import NBRunCore

/// `-o site/` with several lessons: course order, navigation, a complete folder, the title.
@Suite struct CourseSiteTests {
    @Test func siteIsInCourseOrderWithNavigationAndReferencedFiles() throws {
        let (directory, notebooks) = try CoursePackageTests().course()
        let site = "\(directory)/site"
        let result = runNotebooks(notebooks, output: site) { $0.courseTitle = "Neural networks" }
        #expect(result.status == 0, "\(result.diagnostics)")
        let index = contents("\(site)/index.html")
        #expect(index.contains("<title>Neural networks</title>"))
        let positions = ["second.html", "first.html", "third.html"].map { index.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions[0]! < positions[1]! && positions[1]! < positions[2]!, "order: 1, order: 2, then no order")
        #expect(index.contains("The one given first."))
        #expect(index.contains("3 lessons in course order, each a page in this folder"), "the index says what it needs")
        // first.md sits between second (order 1) and third (no order).
        let first = contents("\(site)/first.html")
        #expect(first.contains(#"<a href="index.html">All lessons</a> · <a href="second.html" rel="prev">← Second</a> · <a href="third.html" rel="next">Third →</a>"#))
        let second = contents("\(site)/second.html")
        #expect(!second.contains("rel=\"prev\""), "the first lesson has no previous one")
        #expect(files(under: site).contains("data/points.csv"), "the file the prose links to is copied")
        #expect(!files(under: site).contains("images/dot.svg"), "the image the prose shows is embedded instead")
        #expect(first.contains("data:image/svg+xml;base64,"))
        #expect(first.contains("besides this file it needs these files beside it: data/points.csv."))
        #expect(second.contains("everything it shows is in this file."))
    }

    @Test func orderMustBeAWholeNumber() throws {
        let directory = temporaryDirectory()
        try "---\norder: first\n---\n".write(toFile: "\(directory)/a.md", atomically: true, encoding: .utf8)
        let result = runNotebooks(["\(directory)/a.md"], output: "\(directory)/out")
        #expect(result.status == 1)
        #expect(result.diagnostics.contains("a.md:2:8: error: order must be a whole number (the lesson's place in the course), not 'first'"))
    }
}
