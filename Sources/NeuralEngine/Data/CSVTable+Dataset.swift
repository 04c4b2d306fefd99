extension CSVTable {
    /// The table as a dataset: `targets` become `y`, and `features` (default: every other
    /// column, in file order) become `x`.
    ///
    /// Without `classLabels` every cell must be a decimal number. With `classLabels` there
    /// must be one target column, read as class labels: numbers must be whole numbers from 0 to
    /// 999, each the class index itself (`classCount = max + 1`); text labels are the classes in
    /// sorted order (`setosa, versicolor, virginica` → 0, 1, 2). Numbers are never re-coded:
    /// `-1, 1` is an error, not classes 0 and 1.
    public func dataset(
        targets: [CSVColumn],
        features: [CSVColumn]? = nil,
        classLabels: Bool = false
    ) throws(CSVError) -> Dataset {
        guard !targets.isEmpty else { throw CSVError(.noTargets) }
        let targetIndices = try resolve(targets)
        let featureIndices = try features.map { columns throws(CSVError) in try resolve(columns) }
            ?? (0..<columnCount).filter { !targetIndices.contains($0) }
        if let overlap = featureIndices.first(where: targetIndices.contains) {
            throw CSVError(.duplicateColumn(columnNames[overlap]))
        }
        guard !featureIndices.isEmpty else { throw CSVError(.noFeatures) }
        let x = try numbers(in: featureIndices)
        let featureNames = featureIndices.map { columnNames[$0] }
        let targetNames = targetIndices.map { columnNames[$0] }
        guard classLabels else {
            return Dataset(x: x, y: try numbers(in: targetIndices), featureNames: featureNames, targetNames: targetNames)
        }
        guard targetIndices.count == 1 else { throw CSVError(.classLabelsNeedOneTarget(count: targetIndices.count)) }
        let classes = try classes(in: targetIndices[0])
        return Dataset(
            x: x,
            y: Matrix(rows: rows.count, columns: 1, elements: classes.labels),
            classCount: classes.names.count,
            featureNames: featureNames,
            targetNames: targetNames,
            classNames: classes.names
        )
    }

    /// Column references to 0-based indices, each at most once.
    private func resolve(_ columns: [CSVColumn]) throws(CSVError) -> [Int] {
        var indices: [Int] = []
        for column in columns {
            let index: Int
            switch column {
            case .name(let name):
                guard let found = columnNames.firstIndex(of: name) else {
                    throw CSVError(.unknownColumn(name, available: columnNames))
                }
                index = found
            case .index(let given):
                let resolved = given < 0 ? columnCount + given : given
                guard resolved >= 0 && resolved < columnCount else {
                    throw CSVError(.columnIndexOutOfRange(given, columnCount: columnCount))
                }
                index = resolved
            }
            guard !indices.contains(index) else { throw CSVError(.duplicateColumn(columnNames[index])) }
            indices.append(index)
        }
        return indices
    }

    /// The cells of `columns` as a `rows × columns.count` matrix of numbers.
    private func numbers(in columns: [Int]) throws(CSVError) -> Matrix {
        var result = Matrix(rows: rows.count, columns: columns.count)
        for (r, row) in rows.enumerated() {
            for (c, column) in columns.enumerated() {
                result[r, c] = try number(row[column], column: column)
            }
        }
        return result
    }

    private func number(_ cell: CSVCell, column: Int) throws(CSVError) -> Double {
        guard !cell.text.isEmpty else { throw CSVError(.emptyCell(column: columnNames[column]), at: cell.position) }
        guard let value = DecimalNumber.parse(cell.text) else { throw CSVError(.notANumber(cell.text), at: cell.position) }
        return value
    }

    /// Class indices for the cells of one column, and the class names.
    private func classes(in column: Int) throws(CSVError) -> (labels: [Double], names: [String]) {
        let cells = rows.map { $0[column] }
        if let empty = cells.first(where: { $0.text.isEmpty }) {
            throw CSVError(.emptyCell(column: columnNames[column]), at: empty.position)
        }
        let parsed = cells.map { DecimalNumber.parse($0.text) }
        let values = parsed.compactMap { $0 }
        let allNumbers = values.count == cells.count
        if allNumbers {
            if let bad = values.firstIndex(where: { !($0 >= 0 && $0 <= 999 && $0 == $0.rounded()) }) {
                throw CSVError(.classLabelNotAnIndex(cells[bad].text), at: cells[bad].position)
            }
            let count = Int(values.max() ?? 0) + 1
            return (values, (0..<count).map { String($0) })
        }
        let names = Array(Set(cells.map(\.text))).sorted()
        let indexOfName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Double($0)) })
        return (cells.map { indexOfName[$0.text]! }, names)
    }
}
