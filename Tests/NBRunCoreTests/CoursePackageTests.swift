import Foundation
import Testing
@testable import NBRunCore

/// `--package`: a deterministic ZIP with imsmanifest.xml listing the lessons in course
/// order. Schema validation of both packages is scripts/check_package.py in `make check`.
@Suite struct CoursePackageTests {
    /// Three prose-only lessons in a fresh folder; `order:` puts "second" before "first".
    func course() throws -> (directory: String, notebooks: [String]) {
        let directory = temporaryDirectory()
        let lessons = [
            ("first", "---\ntitle: First & foremost\norder: 2\ndescription: The one given first.\n---\n\nSee ![a dot](images/dot.svg) and [the data](data/points.csv).\n"),
            ("second", "---\ntitle: Second\norder: 1\n---\n\nText.\n"),
            ("third", "---\ntitle: Third\n---\n\nNo order: comes last.\n"),
        ]
        for (name, text) in lessons {
            try text.write(toFile: "\(directory)/\(name).md", atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: "\(directory)/images", withIntermediateDirectories: true)
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".write(toFile: "\(directory)/images/dot.svg", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: "\(directory)/data", withIntermediateDirectories: true)
        try "x,y\n1,2\n".write(toFile: "\(directory)/data/points.csv", atomically: true, encoding: .utf8)
        return (directory, lessons.map { "\(directory)/\($0.0).md" })
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        // The CRC-32/ISO-HDLC check value of "123456789" (the catalogue of parametrised CRCs).
        #expect(CRC32.checksum("123456789") == 0xCBF4_3926)
    }

    @Test func emptyArchiveIsTheEndRecordAlone() {
        // APPNOTE 4.3.16: signature 0x06054b50, then 18 bytes of zero counts, sizes and offsets.
        #expect(ZipArchive().bytes() == [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
    }

    @Test func entriesAreSortedAndStored() {
        var archive = ZipArchive()
        archive.add("b.txt", Array("bee".utf8))
        archive.add("a.txt", Array("hi".utf8))
        let bytes = archive.bytes()
        // The first local header (30 bytes) names a.txt; stored data follows the name.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(String(decoding: bytes[30..<35], as: UTF8.self) == "a.txt")
        #expect(String(decoding: bytes[35..<37], as: UTF8.self) == "hi")
        // 2 entries: local headers 30+5+2 and 30+5+3, central headers 46+5 each, end record 22.
        #expect(bytes.count == 37 + 38 + 51 + 51 + 22)
    }

    @Test(arguments: ["course.imscc", "course-ims.zip"])
    func packageIsByteIdenticalOnRerunAndInCourseOrder(_ name: String) throws {
        let (directory, notebooks) = try course()
        var packages: [Data] = []
        for run in 1...2 {
            let path = "\(directory)/\(run)-\(name)"
            let result = runNotebooks(notebooks, output: "\(directory)/unused") {
                $0.packagePath = path
                $0.courseTitle = "Course <one>"
            }
            #expect(result.status == 0, "\(result.diagnostics)")
            packages.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(packages[0] == packages[1])
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/unused"), "a package writes nothing else")
        let text = String(decoding: packages[0], as: UTF8.self)
        let second = try #require(text.range(of: "<title>Second</title>")), first = try #require(text.range(of: "<title>First &amp; foremost</title>"))
        let third = try #require(text.range(of: "<title>Third</title>"))
        #expect(second.lowerBound < first.lowerBound && first.lowerBound < third.lowerBound)
        #expect(text.contains("<title>Course &lt;one&gt;</title>"))
        #expect(text.contains(#"<file href="web_resources/data/points.csv"/>"#), "the file the prose links to is packaged")
        #expect(text.contains("data:image/svg+xml;base64,"), "the image the prose shows is embedded in its page")
    }

    @Test(arguments: [
        (["notebooks/xor.md", "--package", "course.txt"], "--package expects a .imscc (Common Cartridge) or .zip (IMS Content Package) file name, not 'course.txt'"),
        (["notebooks/xor.md", "--lms", "canvas", "--fragment"], "--lms writes its own kind of page; leave out --fragment"),
        (["notebooks/xor.md", "--lms", "blackboard"], "The value 'blackboard' is invalid for '--lms <platform>'"),
        (["notebooks/xor.md", "--base-url", "https://x.org"], "--base-url applies to --fragment and --lms output"),
    ])
    func courseOptionMistakesAreUsageErrors(_ arguments: [String], _ message: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: builtExecutable), "swift test builds nbrun beside the tests")
        let run = try runProcess(builtExecutable, arguments)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message), "\(run.standardError)")
    }
}
