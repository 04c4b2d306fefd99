/// Evenly spaced values, numpy's `linspace`, with numpy's arithmetic so the values
/// agree to the last bit (the dataset generators depend on it; plots can use it for grids).
public enum EvenlySpaced {
    /// `np.linspace(start, stop, count, endpoint)`: `step = (stop − start) / d` with
    /// `d = count − 1` (or `count` when `endpoint` is false), element `i` is
    /// `i · step + start`, and with the endpoint the last element is `stop` exactly.
    public static func values(from start: Double, to stop: Double, count: Int, endpoint: Bool = true) -> [Double] {
        precondition(count >= 0, "linspace count \(count) is negative")
        let divisions = endpoint ? count - 1 : count
        let delta = stop - start
        var values = (0..<count).map { Double($0) }
        if divisions > 0 {
            let step = delta / Double(divisions)
            if step == 0 {
                values = values.map { $0 / Double(divisions) * delta }
            } else {
                values = values.map { $0 * step }
            }
        } else {
            values = values.map { $0 * delta }
        }
        values = values.map { $0 + start }
        if endpoint && count > 1 {
            values[count - 1] = stop
        }
        return values
    }

    /// The points of the grid `xs × ys` as a `(xs.count · ys.count) × 2` matrix, in numpy's
    /// `xx, yy = meshgrid(xs, ys); np.c_[xx.ravel(), yy.ravel()]` order: row `j · xs.count + i`
    /// is `(xs[i], ys[j])`. Seed 003 evaluates its decision boundary on such a grid.
    public static func grid(xs: [Double], ys: [Double]) -> Matrix {
        var elements: [Double] = []
        elements.reserveCapacity(2 * xs.count * ys.count)
        for y in ys {
            for x in xs {
                elements.append(x)
                elements.append(y)
            }
        }
        return Matrix(rows: xs.count * ys.count, columns: 2, elements: elements)
    }
}
