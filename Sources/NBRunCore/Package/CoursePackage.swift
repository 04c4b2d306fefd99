/// A course as one file (`--package`): each lesson's standalone page with its figures,
/// exports and referenced files under `web_resources/` (the folder Canvas imports
/// Common Cartridge web content into), `imsmanifest.xml` listing them in course order,
/// all in a deterministic ZIP (``ZipArchive``).
struct CoursePackage {
    static let contentFolder = "web_resources/"

    var format: PackageFormat
    var title: String
    /// Rendered lessons in course order.
    var lessons: [RenderedNotebook]

    func bytes() -> [UInt8] {
        var archive = ZipArchive()
        var manifestLessons: [CourseManifest.Lesson] = []
        for lesson in lessons {
            let files = lesson.files.map { Self.contentFolder + $0.relativePath }
            for file in lesson.files {
                archive.add(Self.contentFolder + file.relativePath, file.bytes)
            }
            manifestLessons.append(CourseManifest.Lesson(title: lesson.title, href: Self.contentFolder + lesson.reportPath, files: files))
        }
        let manifest = CourseManifest(format: format, title: title, lessons: manifestLessons)
        archive.add("imsmanifest.xml", Array(manifest.xml.utf8))
        return archive.bytes()
    }
}
