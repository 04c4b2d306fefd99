/// The few lines of script that make an open page reload when the preview says so.
/// Only the preview server adds them, to the pages it sends; no file nbrun writes
/// ever contains them.
public enum ReloadScript {
    /// The Server-Sent-Events stream the script listens to.
    public static let eventsPath = "/_nbrun/events"

    /// `<script>` that reloads the page on every `reload` event (EventSource reconnects
    /// by itself if the server restarts).
    public static let element = """
        <script>/* nbrun preview: reload on change */
        new EventSource("\(eventsPath)").addEventListener("reload", function () { location.reload(); });
        </script>

        """

    /// `page` with the script before its last `</body>`, or appended when there is none
    /// (a fragment).
    public static func injected(into page: [UInt8]) -> [UInt8] {
        let script = Array(element.utf8)
        let marker = Array("</body>".utf8)
        if page.count >= marker.count {
            var index = page.count - marker.count
            while index >= 0 {
                if page[index..<(index + marker.count)].elementsEqual(marker) {
                    return Array(page[..<index]) + script + Array(page[index...])
                }
                index -= 1
            }
        }
        return page + script
    }
}
