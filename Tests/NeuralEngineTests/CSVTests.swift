import Testing
@testable import NeuralEngine

@Suite struct CSVTests {
    func parseError(_ text: String, header: CSVTable.HeaderMode = .automatic) -> CSVError? {
        do {
            _ = try CSVTable.parse(text: text, header: header)
            return nil
        } catch {
            return error
        }
    }

    func datasetError(_ text: String, targets: [CSVColumn], classLabels: Bool = false) throws -> CSVError? {
        let table = try CSVTable.parse(text: text)
        do {
            _ = try table.dataset(targets: targets, classLabels: classLabels)
            return nil
        } catch {
            return error
        }
    }

    @Test func headerIsDetectedAndNumbersAreRead() throws {
        let table = try CSVTable.parse(text: "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
        #expect(table.hasHeader)
        #expect(table.columnNames == ["x1", "x2", "label"])
        let xor = try table.dataset(targets: ["label"], classLabels: true)
        #expect(xor.x == Dataset.xor().x)
        #expect(xor.y == Dataset.xor().y)
        #expect(xor.classCount == 2)
        #expect(xor.featureNames == ["x1", "x2"])
        #expect(xor.targetNames == ["label"])
    }

    @Test func withoutHeaderColumnsAreNumberedAndIndicesWork() throws {
        let table = try CSVTable.parse(text: "1.5,-2e3,7\r\n.25,+3,8\r\n")
        #expect(!table.hasHeader)
        #expect(table.columnNames == ["column 1", "column 2", "column 3"])
        let dataset = try table.dataset(targets: [-1])
        #expect(dataset.x.nestedRows == [[1.5, -2000], [0.25, 3]])
        #expect(dataset.y.elements == [7, 8])
        #expect(dataset.classCount == nil)
        let reordered = try table.dataset(targets: [0], features: [2, 1])
        #expect(reordered.x.nestedRows == [[7, -2000], [8, 3]])
    }

    /// Iris-style labels: names sorted become classes 0, 1, 2; the header is found because
    /// 'sepal' is text above the number 5.1 even though 'species' is text above text.
    @Test func textLabelsBecomeSortedClasses() throws {
        let text = "sepal,species\n5.1,setosa\n7.0,versicolor\n6.3,virginica\n4.9,setosa\n"
        let iris = try CSVTable.parse(text: text).dataset(targets: ["species"], classLabels: true)
        #expect(iris.y.elements == [0, 1, 2, 0])
        #expect(iris.classNames == ["setosa", "versicolor", "virginica"])
        #expect(iris.classCount == 3)
    }

    /// Numeric labels keep their values: ±1 is not re-coded to classes 0 and 1 (issue 11), the
    /// first label that is not a class index is an error at its cell; without class labels ±1 stays ±1.
    @Test func numericLabelsAreNeverRecoded() throws {
        let text = "a,b\n1,1\n2,-1\n3,1.0\n"
        #expect(throws: CSVError(.classLabelNotAnIndex("-1"), at: CSVPosition(line: 3, column: 3))) {
            try CSVTable.parse(text: text).dataset(targets: ["b"], classLabels: true)
        }
        #expect(try CSVTable.parse(text: text).dataset(targets: ["b"]).y.elements == [1, -1, 1])
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\n 1 , \"2\" ,3\n"
        let table = try CSVTable.parse(text: text, header: .present)
        #expect(table.columnNames == ["a, b", "say \"hi\"", "two\nlines"])
        #expect(table.rows[0].map(\.text) == ["1", "2", "3"])
        #expect(table.rows[0].map(\.position) == [CSVPosition(line: 3, column: 2), CSVPosition(line: 3, column: 6), CSVPosition(line: 3, column: 11)])
        #expect(table.rows[0][1].isQuoted)
    }

    @Test func blankLinesAreSkippedAndLineNumbersStayPhysical() throws {
        let table = try CSVTable.parse(text: "\na,b\n\n1,2\n   \n3,x\n")
        #expect(table.rows.count == 2)
        let error = try datasetError("\na,b\n\n1,2\n   \n3,x\n", targets: ["b"])
        #expect(error == CSVError(.notANumber("x"), at: CSVPosition(line: 6, column: 3)))
    }

    @Test func raggedRowsAreReportedWhereTheyGoWrong() {
        // Too many fields: at the first extra field. Too few: just after the row.
        let long = parseError("a,b,c,d\n1,2,3,4\n5,6,7,8,9\n")
        #expect(long == CSVError(.raggedRow(fieldCount: 5, expectedCount: 4, againstHeader: true), at: CSVPosition(line: 3, column: 9)))
        #expect(long?.description == "3:9: row has 5 fields but the header has 4")
        let short = parseError("a,b,c,d\n1,2,3\n")
        #expect(short?.description == "2:6: row has 3 fields but the header has 4")
        let noHeader = parseError("1,2\n3\n")
        #expect(noHeader?.description == "2:2: row has 1 field but the first row has 2")
    }

    @Test func nonNumbersAndEmptyCellsAreReportedAtTheCell() throws {
        let error = try datasetError("x,y\n1,2\n3,abc\n", targets: ["y"])
        #expect(error?.description == "3:3: 'abc' is not a number")
        #expect(error?.position == CSVPosition(line: 3, column: 3))
        let spaced = try datasetError("x,y\n1,2\n  nan,4\n", targets: ["y"])
        #expect(spaced?.description == "3:3: 'nan' is not a number")
        let empty = try datasetError("x,y\n1,2\n,4\n", targets: ["y"])
        #expect(empty?.description == "3:1: empty cell in column 'x'")
        // The column is counted in UTF-8 bytes: "é" takes two.
        let table = try CSVTable.parse(text: "name,y,z\n1,2,3\n\"é\",4,ok\n")
        #expect(throws: CSVError(.notANumber("ok"), at: CSVPosition(line: 3, column: 8))) {
            try table.dataset(targets: ["y"], features: ["z"])
        }
    }

    @Test func fileLevelErrors() {
        #expect(parseError("")?.description == "1:1: the file is empty")
        #expect(parseError("\n  \n\n")?.description == "1:1: the file is empty")
        #expect(parseError("a,b\n")?.description == "2:1: the file has a header but no data rows")
        #expect(parseError("a,b\n1,\"2\n3,4\n")?.description == "2:3: quoted field is never closed")
        #expect(parseError("a,b\n1,\"2\"x\n")?.description == "2:6: text after the closing quote (a field ends at a separator)")
        #expect(parseError("a,a\n1,2\n")?.description == "1:3: column name 'a' appears more than once in the header")
    }

    @Test func columnSelectionErrors() throws {
        let text = "a,b,c\n1,2,3\n"
        #expect(try datasetError(text, targets: ["z"])?.description == "no column named 'z' (columns: a, b, c)")
        #expect(try datasetError(text, targets: [3])?.description == "column index 3 is out of range for 3 columns")
        #expect(try datasetError(text, targets: ["a", 0])?.description == "column 'a' is listed twice")
        #expect(try datasetError(text, targets: [])?.description == "at least one target column is needed")
        #expect(try datasetError(text, targets: ["a", "b", "c"])?.description == "every column is a target, so no input columns are left")
        #expect(try datasetError(text, targets: ["b", "c"], classLabels: true)?.description
            == "class labels need exactly one target column, got 2")
    }

    @Test func headerModesCanBeForced() throws {
        let forcedAbsent = try CSVTable.parse(text: "1,2\n3,4\n", header: .present)
        #expect(forcedAbsent.columnNames == ["1", "2"])
        #expect(forcedAbsent.rows.count == 1)
        let text = try CSVTable.parse(text: "a,b\nc,d\n", header: .absent)
        #expect(text.rows.count == 2)
        // One record of text only: a header (then no data rows).
        #expect(parseError("a,b")?.description == "2:1: the file has a header but no data rows")
    }

    @Test(arguments: [
        ("1", 1.0), ("-1.5", -1.5), ("+.5", 0.5), ("1.", 1.0), ("2e-3", 0.002), ("1E+2", 100.0),
    ])
    func decimalNumbersAreRead(text: String, value: Double) {
        #expect(DecimalNumber.parse(text) == value)
    }

    @Test(arguments: ["", ".", "-", "e5", "1e", "nan", "inf", "0x10", " 1", "1,5", "1e999", "--1"])
    func nonDecimalTextIsRejected(text: String) {
        #expect(DecimalNumber.parse(text) == nil)
    }
}
