import Testing
@testable import BantinServe

@Suite("Reload script")
struct ReloadScriptTests {
    @Test func theScriptNamesTheBuildItCameFrom() {
        #expect(ReloadScript.html(generation: 7) == """
            <script>(function(){var s=new EventSource("/__bantin/events?since=7");\
            s.addEventListener("reload",function(){s.close();location.reload();});})();</script>

            """)
    }

    @Test func anEventIsAServerSentEventNamedReload() {
        #expect(ReloadScript.event(generation: 8) == "event: reload\ndata: 8\n\n")
        #expect(ReloadScript.streamStart == "retry: 500\n\n")
    }
}
