import NeuralEngine
import NotebookKit

extension ValueSyntax where Value == FeatureShape {
    /// `CHANNELS×HEIGHT×WIDTH` (`1x8x8` or `1×8×8`): how each data row is read as an image.
    public static var featureShape: ValueSyntax {
        ValueSyntax(documentation: "channels×height×width, e.g. `1x8x8`",
                    written: { "\($0.channels)x\($0.height)x\($0.width)" }) { value throws(Diagnostic) in
            let parts = value.text.trimmed.lowercased().replacingAll("×", with: "x").split(separator: "x", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, numbers.count == 3, numbers.allSatisfy({ $0 >= 1 }) else {
                throw value.error("a shape is channels×height×width, each at least 1, e.g. '1x8x8'",
                                  length: value.text.trimmed.utf8.count)
            }
            return FeatureShape(channels: numbers[0], height: numbers[1], width: numbers[2])
        }
    }
}
