import NeuralEngine

/// Whether a dense layer has one bias per neuron, one shared scalar, or none.
public enum BiasChoice: String, NotebookChoice {
    case perNeuron = "per-neuron"
    case shared, none

    public var mode: BiasMode {
        switch self {
        case .perNeuron: .perNeuron
        case .shared: .shared
        case .none: .none
        }
    }
}

/// Whether the gradient is that of the mean or of the sum of the per-sample losses.
public enum ReductionChoice: String, NotebookChoice {
    case mean, sum

    public var reduction: Reduction {
        switch self {
        case .mean: .mean
        case .sum: .sum
        }
    }
}

/// How `{train}` computes gradients.
public enum GradientChoice: String, NotebookChoice {
    case backprop
    case finiteDifferences = "finite-differences"
}

/// Which loss an epoch reports.
public enum EpochLossChoice: String, NotebookChoice {
    case during, after

    public var measure: EpochLossMeasure {
        switch self {
        case .during: .duringEpoch
        case .after: .afterEpoch
        }
    }
}

/// The model's parameters now, or those it started from.
public enum ParameterMoment: String, NotebookChoice {
    case current, initial
}

/// What `{plot boundary}` shades.
public enum BoundaryShading: String, NotebookChoice {
    case auto, classes, probability
}

/// The y axis of `{plot loss}`.
public enum LossAxisScale: String, NotebookChoice {
    case auto, log, linear
}

/// Which trainings `{plot loss}` draws.
public enum TrainingSelection: String, NotebookChoice {
    case last, all
}

/// Which part of the data `{predict}` uses.
public enum DataPart: String, NotebookChoice {
    case train, test
}

/// Where `{dataset}` gets its data.
public enum DataSource: String, NotebookChoice {
    case xor, moons, circles, blobs, spiral, teacher, csv, inline

    /// The raw values of `sources`, for an option's `appliesTo`.
    static func names(_ sources: DataSource...) -> [String] { sources.map(\.rawValue) }
}

/// Whether a CSV file's first row names the columns.
public enum CSVHeaderChoice: String, NotebookChoice {
    case auto
    case present = "true"
    case absent = "false"

    var mode: CSVTable.HeaderMode {
        switch self {
        case .auto: .automatic
        case .present: .present
        case .absent: .absent
        }
    }
}

/// How `{dataset}` rescales the inputs.
public enum InputScaling: String, NotebookChoice {
    case none
    case minmaxGlobal = "minmax-global"
    case minmax, standardize
}
