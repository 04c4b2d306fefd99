import Markup

/// `imsmanifest.xml` of a course package: one organization holding one module (the
/// course title) whose items are the lessons in course order, each pointing at a
/// `webcontent` resource (the lesson's page and every file it comes with).
///
/// - Common Cartridge 1.1: namespace `http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1`,
///   metadata `IMS Common Cartridge` 1.1.0 with a LOM title; the organization's single
///   root item (no title) holds the module item (profile rules of ccv1p1_imscp_v1p2_v1p0.xsd).
/// - IMS Content Package 1.1.4: namespace `http://www.imsglobal.org/xsd/imscp_v1p1`,
///   metadata `IMS Content` 1.1.4, the organization (default) holds the lessons.
struct CourseManifest {
    struct Lesson {
        var title: String
        /// The page, relative to the package root.
        var href: String
        /// Every file of the lesson (the page first), relative to the package root.
        var files: [String]
    }

    var format: PackageFormat
    var title: String
    var lessons: [Lesson]

    /// The manifest's text (XML, UTF-8, with its declaration).
    var xml: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + MarkupWriter(dialect: .xml).render(manifest) + "\n"
    }

    private var manifest: Node {
        switch format {
        case .commonCartridge:
            return .element("manifest", [
                "identifier": "nbrun-course",
                "xmlns": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
                "xmlns:lomimscc": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest",
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd",
            ], [
                .element("metadata", [:], [
                    .element("schema", [:], text: "IMS Common Cartridge"),
                    .element("schemaversion", [:], text: "1.1.0"),
                    .element("lomimscc:lom", [:], [.element("lomimscc:general", [:], [
                        .element("lomimscc:title", [:], [.element("lomimscc:string", ["language": "en"], text: title)]),
                    ])]),
                ]),
                .element("organizations", [:], [.element("organization", ["identifier": "organization", "structure": "rooted-hierarchy"], [
                    .element("item", ["identifier": "root"], [
                        .element("item", ["identifier": "module"], [.element("title", [:], text: title)] + lessonItems),
                    ]),
                ])]),
                resources,
            ])
        case .contentPackage:
            return .element("manifest", [
                "identifier": "nbrun-course",
                "xmlns": "http://www.imsglobal.org/xsd/imscp_v1p1",
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation": "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd",
            ], [
                .element("metadata", [:], [
                    .element("schema", [:], text: "IMS Content"),
                    .element("schemaversion", [:], text: "1.1.4"),
                ]),
                .element("organizations", ["default": "organization"], [
                    .element("organization", ["identifier": "organization", "structure": "hierarchical"],
                             [.element("title", [:], text: title)] + lessonItems),
                ]),
                resources,
            ])
        }
    }

    private var lessonItems: [Node] {
        lessons.enumerated().map { index, lesson in
            .element("item", ["identifier": "item-\(index + 1)", "identifierref": "lesson-\(index + 1)"],
                     [.element("title", [:], text: lesson.title)])
        }
    }

    private var resources: Node {
        .element("resources", [:], lessons.enumerated().map { index, lesson in
            .element("resource", ["identifier": "lesson-\(index + 1)", "type": "webcontent", "href": lesson.href],
                     lesson.files.map { .element("file", ["href": $0]) })
        })
    }
}
