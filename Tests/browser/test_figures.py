"""A chart as readers use it in the built example (public/): its data downloaded, its anchor
followed, its own page for embedding opened, from the disk and over HTTP."""

import csv
import io

from readers_support import axe_violations

LOCALITY = "dia-phuong/lam-dong/index.html"
BOM = b"\xef\xbb\xbf"


def first_chart(page):
    """The first chart of the page that has an anchor: its id."""
    chart = page.locator("figure.chart[id]").first
    assert chart.count() == 1, "the locality page has no published chart"
    return chart.get_attribute("id")


def test_a_charts_download_is_its_csv_with_a_byte_order_mark(page, site_url):
    page.goto(site_url(LOCALITY))
    anchor = first_chart(page)
    link = page.locator(f"#{anchor} .chart-links a[download]")
    label = link.inner_text()
    assert label.startswith("Tải dữ liệu (CSV, ") and label.endswith(" KB)")
    with page.expect_download() as download:
        link.click()
    data = open(download.value.path(), "rb").read()
    # Over HTTP the file takes the chart's name; from the disk Chromium keeps the file's own.
    expected = f"{anchor}.csv" if page.url.startswith("http") else "du-lieu.csv"
    assert download.value.suggested_filename == expected
    assert data.startswith(BOM)
    rows = list(csv.reader(io.StringIO(data[len(BOM):].decode("utf-8"), newline="")))
    assert rows[0] == ["metric", "label", "unit", "period", "locality", "locality_name", "part", "part_label",
                       "approx", "value", "of"]
    # One row for each row of the chart's table but a breakdown's total, the sum of its parts.
    headings = page.locator(f"#{anchor} table.chart-table tbody th").all_text_contents()
    shown = [heading for heading in headings if heading != "Tổng cộng"]
    assert len(rows) - 1 == len(shown)
    assert [row[7] or row[3] for row in rows[1:]] == shown


def test_the_csv_is_served_as_it_was_written(page, http_root):
    page.goto(http_root + LOCALITY)
    anchor = first_chart(page)
    href = page.locator(f"#{anchor} .chart-links a[download]").get_attribute("href")
    response = page.request.get(page.url.rsplit("/", 1)[0] + "/" + href)
    assert response.ok
    assert response.body().startswith(BOM + b"metric,label,unit,period,")


def test_a_charts_anchor_brings_it_into_view(page, site_url):
    page.goto(site_url(LOCALITY))
    anchor = first_chart(page)
    page.locator(f"#{anchor} .chart-links a[href='#{anchor}']").click()
    assert page.evaluate("location.hash") == f"#{anchor}"
    # The chart comes to the top, its title first.
    top = page.locator(f"#{anchor} .chart-title").evaluate("element => element.getBoundingClientRect().top")
    assert 0 <= top < 50
    # Opened by its address, the page shows the chart too.
    page.goto(site_url(LOCALITY) + f"#{anchor}")
    assert page.locator(f"#{anchor}").evaluate("element => element.getBoundingClientRect().top") < 100


def test_the_embed_page_shows_the_chart_and_leads_back(page, site_url):
    page.goto(site_url(LOCALITY))
    anchor = first_chart(page)
    title = page.locator(f"#{anchor} .chart-title").inner_text()
    page.locator(f"#{anchor} .chart-embed summary").click()
    embed = page.locator(f"#{anchor} .chart-embed a")
    # The example has no base_url, so there is no code to copy, only the chart's own page.
    assert page.locator(f"#{anchor} .chart-embed textarea").count() == 0
    embed.click()
    page.wait_for_load_state()
    assert f"/nhung/dia-phuong/lam-dong/{anchor}/" in page.url
    assert page.locator("h1").inner_text() == title
    assert page.locator("figure.chart svg").count() == 1
    assert page.locator(".chart-source a").count() >= 1
    assert axe_violations(page) == []
    page.locator(".embed-origin a").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"{LOCALITY}#{anchor}")
