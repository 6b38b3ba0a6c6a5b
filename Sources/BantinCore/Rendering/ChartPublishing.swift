/// The page a set of charts is published on, and what it takes to publish each one as a
/// statistics office does: its sources and date, a CSV of its rows, an anchor, an embed page.
struct ChartPublishing {
    /// The output path of the page the charts sit on.
    let page: String
    /// The page's title, named by the embed page's link back to it.
    let pageTitle: String
    let context: PageContext
    let templates: TemplateLibrary
}
