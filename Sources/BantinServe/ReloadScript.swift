/// The script the preview adds to every HTML page it serves, so the page reloads after a rebuild.
///
/// The page says which build it came from (`since`); the events endpoint answers at once when
/// a newer build exists, so a rebuild that lands between the page loading and the script
/// connecting still reloads it. The builder never sees this script: it is added on the way out.
enum ReloadScript {
    static let eventsPath = "/__bantin/events"

    static func html(generation: Int) -> String {
        "<script>(function(){var s=new EventSource(\"\(eventsPath)?since=\(generation)\");"
            + "s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>\n"
    }

    /// One Server-Sent Event telling the page to reload; `data` is the build it should reload to.
    static func event(generation: Int) -> String {
        "event: reload\ndata: \(generation)\n\n"
    }

    /// The first bytes of the event stream: how long a browser waits before reconnecting when it drops.
    static let streamStart = "retry: 500\n\n"
}
