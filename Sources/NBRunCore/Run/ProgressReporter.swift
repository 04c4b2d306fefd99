import Numerals
import Foundation

/// Tells the user what nbrun is doing, on standard error.
///
/// On a terminal, training shows one live line (epoch, loss, epochs per second)
/// rewritten in place at most ten times a second; otherwise only plain lines are
/// printed (one per step and one per logged epoch), so CI logs stay readable.
public final class ProgressReporter: @unchecked Sendable {
    public enum Mode: Sendable { case live, plain, quiet }

    public let mode: Mode
    private let clock = ContinuousClock()
    private var lastDraw: ContinuousClock.Instant?
    private var trainingStart: ContinuousClock.Instant?
    private var lineIsOpen = false
    private var prefix = ""
    private let write: @Sendable (String) -> Void

    public init(mode: Mode, write: @escaping @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }) {
        self.mode = mode
        self.write = write
    }

    /// `.live` when standard error is a terminal, `.plain` otherwise, `.quiet` if asked.
    public static func automatic(quiet: Bool) -> ProgressReporter {
        if quiet { return ProgressReporter(mode: .quiet) }
        return ProgressReporter(mode: isatty(2) != 0 ? .live : .plain)
    }

    /// `[3/7] train` for notebook `name`.
    public func stepStarted(_ index: Int, of total: Int, name: String, notebook: String) {
        prefix = "\(notebook) [\(index)/\(total)] \(name)"
        guard mode != .quiet else { return }
        closeLine()
        if mode == .plain { write(prefix + "\n") }
    }

    public func trainingStarted() {
        trainingStart = clock.now
        lastDraw = nil
    }

    /// Called every epoch; draws at most ten times a second on a terminal.
    public func epoch(_ epoch: Int, of total: Int, loss: Double) {
        guard mode == .live else { return }
        let now = clock.now
        if let last = lastDraw, now - last < .milliseconds(100), epoch != total { return }
        lastDraw = now
        var line = "\(prefix): epoch \(epoch)/\(total)  loss \(Self.format(loss))"
        if let start = trainingStart {
            let seconds = Self.seconds(now - start)
            if seconds > 0 { line += "  \(Int((Double(epoch) / seconds).rounded())) epochs/s" }
        }
        write("\r\u{1B}[2K" + line)
        lineIsOpen = true
    }

    /// A logged epoch (every `log-every` epochs): a plain line when not on a terminal.
    public func logged(epoch: Int, of total: Int, loss: Double) {
        guard mode == .plain else { return }
        write("  epoch \(epoch)/\(total)  loss \(Self.format(loss))\n")
    }

    /// A warning or note that must not be interleaved with the live line.
    public func message(_ text: String) {
        closeLine()
        write(text.hasSuffix("\n") ? text : text + "\n")
    }

    public func finished() {
        closeLine()
    }

    private func closeLine() {
        if lineIsOpen {
            write("\r\u{1B}[2K")
            lineIsOpen = false
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    static func format(_ loss: Double) -> String {
        NumberStyle.significant(6).format(loss)
    }
}
