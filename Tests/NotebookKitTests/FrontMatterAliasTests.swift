import NotebookKit
import Testing

/// Issue 16, point 6: YAML alias amplification (a 1 MB notebook reached 3.8 GB and a
/// 2 GB page; nested aliases as mapping keys hung Yams' duplicate-key hashing).
@Suite("Front matter: YAML aliases are refused before Yams composes them")
struct FrontMatterAliasTests {
    @Test("An alias in a list is refused at its '*'")
    func aliasInList() {
        let text = "---\ntitle: &t Long title\nauthor: [*t, *t]\n---\n"
        #expect(TestSupport.formattedError(text) == """
            x.md:3:10: error: YAML aliases are not allowed in front matter
            author: [*t, *t]
                     ^
            note: an alias '*name' repeats a value (and can repeat it billions of times); write the value out, or quote it if '*' is text

            """)
    }

    @Test("Nine levels of ten aliases used as mapping keys (10⁹ nodes) fail at once")
    func billionLaughs() {
        var lines = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines += ["? *a9", ": 1", "? *a9", ": 2", "---", ""]
        let error = TestSupport.formattedError(lines.joined(separator: "\n"))
        #expect(error?.hasPrefix("x.md:3:10: error: YAML aliases are not allowed in front matter") == true)
    }

    @Test("A '*' inside text is text", arguments: [
        "title: Why *this* matters", "title: '*quoted*'", "title: \"- *x\"", "title: a # - *comment", "title: 2 * 3", "author: [\"a, *b\", 'c']",
    ])
    func starInText(line: String) throws {
        let notebook = try TestSupport.parse("---\n\(line)\n---\n")
        let value = notebook.frontMatter.title ?? notebook.frontMatter.author
        #expect(value?.contains("*") == true || line.contains("#"))
    }
}
