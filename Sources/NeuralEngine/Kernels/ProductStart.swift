/// What each element of a product `C ← C₀ + A·B` starts from: `C₀`.
enum ProductStart {
    /// `C₀ = 0`.
    case zero
    /// `C₀` = the current contents of `C`.
    case current
    /// `C₀[i, j] = v[j]`: the same row added to every row (a dense layer's bias).
    case row(UnsafePointer<Double>)
    /// `C₀[i, j] = v[i]`: the same column added to every column (a bias, transposed).
    case column(UnsafePointer<Double>)
    /// `C₀[i, j] = value` (a shared bias).
    case scalar(Double)

    /// The start of `Cᵀ`.
    var transposed: ProductStart {
        switch self {
        case .row(let v): .column(v)
        case .column(let v): .row(v)
        default: self
        }
    }
}
