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
}
