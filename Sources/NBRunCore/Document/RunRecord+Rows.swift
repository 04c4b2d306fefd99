extension RunRecord {
    /// The run's settings as rows of (name, value, where it was set): each parameter, then
    /// the random stream. Every renderer's "Parameters of this run" table shows these.
    var parameterRows: [[String]] {
        var rows: [[String]] = parameters.map { parameter in
            [parameter.name, parameter.value, parameter.location.map { "front matter, line \($0.line)" } ?? "command line (--set)"]
        }
        let source = switch random.seedSource {
        case .commandLine: "command line (--seed)"
        case .frontMatter: "front matter"
        case .standard: "default"
        }
        rows.append(["random stream", "\(random.generator.rawValue) generator, seed \(random.seed)", source])
        return rows
    }
}
