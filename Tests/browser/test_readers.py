"""What a citizen sees, checked in a real browser: every kind of page in both themes, light
and dark, on a phone and a desktop."""

import json
import re

import pytest

from readers_support import (  # noqa: F401 (fixtures)
    PAGES, SCHEMES, THEMES, WIDTHS, axe_violations, chart_contrast_failures, open_page, readers_browser,
    readers_sites, vietnamese_number)

VIEWS = [(theme, scheme, width) for theme in THEMES for scheme in SCHEMES for width in WIDTHS]


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("theme,scheme,width", VIEWS)
def test_no_axe_violations_at_wcag_22_aa(readers_browser, readers_sites, theme, scheme, width, page):
    tab = open_page(readers_browser, readers_sites, theme, page, width, scheme)
    assert axe_violations(tab) == []


@pytest.mark.parametrize("page", ["article", "article-parts", "province", "district"])
@pytest.mark.parametrize("theme,scheme,width", VIEWS)
def test_chart_colours_stand_out_from_what_is_behind_them(readers_browser, readers_sites, theme, scheme, width, page):
    tab = open_page(readers_browser, readers_sites, theme, page, width, scheme)
    assert tab.locator("svg.bantin-chart").count() > 0
    assert chart_contrast_failures(tab) == []


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("theme", THEMES)
def test_nothing_scrolls_sideways_on_a_phone(readers_browser, readers_sites, theme, page):
    tab = open_page(readers_browser, readers_sites, theme, page, 390)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390


@pytest.mark.parametrize("page", sorted(set(PAGES) - {"search"}))
def test_a_page_reads_the_same_without_javascript(readers_browser, readers_sites, page):
    with_script = open_page(readers_browser, readers_sites, "default", page).inner_text("body")
    without = open_page(readers_browser, readers_sites, "default", page, javascript=False).inner_text("body")
    assert without == with_script


@pytest.mark.parametrize("theme", THEMES)
def test_chart_text_is_at_least_eleven_pixels_on_a_phone(readers_browser, readers_sites, theme):
    tab = open_page(readers_browser, readers_sites, theme, "province", 390)
    sizes = tab.evaluate("""() => [...document.querySelectorAll('svg.bantin-chart')].map(svg =>
        svg.getBoundingClientRect().width / svg.viewBox.baseVal.width * 20)""")
    assert sizes and min(sizes) >= 11, sizes


@pytest.mark.parametrize("theme", THEMES)
def test_a_hedged_figure_never_shows_bare(readers_browser, readers_sites, theme):
    facts = json.loads((readers_sites[theme] / "du-lieu" / "facts.json").read_text(encoding="utf-8"))
    facts = facts["facts"] if isinstance(facts, dict) else facts
    bare = {vietnamese_number(f["value"]) for f in facts if f.get("approx")}
    assert bare
    for page in ["province", "district", "article-hedged", "metric", "dia-phuong/binh-dinh/index.html"]:
        tab = open_page(readers_browser, readers_sites, theme, page, 1280)
        shown = tab.evaluate("""() => [...document.querySelectorAll(
            'svg.bantin-chart text, svg.bantin-chart desc, .chart-table td, table.figures td, table.ranking td')]
            .map(e => e.textContent.trim())""")
        naked = [text for text in shown if text in bare]
        assert naked == [], f"{page}: {naked}"


@pytest.mark.parametrize("theme", THEMES)
def test_a_locality_on_a_phone_shows_news_before_figures_and_a_list_of_jumps(readers_browser, readers_sites, theme):
    tab = open_page(readers_browser, readers_sites, theme, "province", 390)
    # The Lâm Đồng of today: the news of the Lâm Đồng before it first, then its units, then
    # the figures of the units it was formed from, each with its charts before its tables.
    top = {name: tab.locator(selector).first.bounding_box()["y"]
           for name, selector in [("news", "#news"), ("charts", "figure.chart"), ("figures", "table.figures")]}
    assert top["news"] < top["charts"] < top["figures"]
    assert top["news"] < 900, "the news begins on the first screen"
    jumps = tab.locator("nav.on-this-page a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert jumps == ["#news", "#children", "#history"]


@pytest.mark.parametrize("theme", THEMES)
def test_figures_on_a_phone_say_what_each_value_is(readers_browser, readers_sites, theme):
    tab = open_page(readers_browser, readers_sites, theme, "province", 390)
    cell = tab.locator("table.figures td[data-label]").first
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Số liệu: "'
    sources = tab.locator("table.figures").first.evaluate(
        "t => [...t.querySelectorAll('td a')].map(a => a.textContent)")
    assert all(re.fullmatch(r"\[\d+\]", text) for text in sources)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("page", ["article", "province"])
def test_breadcrumb_and_footer_links_are_44_pixels_tall(readers_browser, readers_sites, theme, page):
    tab = open_page(readers_browser, readers_sites, theme, page, 390)
    heights = tab.locator(".breadcrumb a, .site-footer a").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect().height)")
    assert heights and min(heights) >= 44, heights


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_print_opens_chart_tables_hides_the_menu_and_shows_the_address(readers_browser, readers_sites, theme, scheme):
    tab = open_page(readers_browser, readers_sites, theme, "province", 1280, scheme)
    tab.emulate_media(media="print")
    tables = tab.locator(".chart-data table").evaluate_all(
        "ts => ts.map(t => t.getBoundingClientRect().height)")
    assert tables and min(tables) > 0, tables
    assert not tab.locator(".site-nav").is_visible()
    assert not tab.locator(".on-this-page").is_visible()
    assert tab.locator(".print-address").inner_text() == "Địa chỉ trang: /dia-phuong/lam-dong/"
    assert tab.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


@pytest.mark.parametrize("theme", THEMES)
def test_an_article_prints_on_few_pages(readers_browser, readers_sites, theme):
    tab = open_page(readers_browser, readers_sites, theme, "article", 1280)
    tab.emulate_media(media="print")
    pdf = tab.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    # Text, some forty figures in two columns and nine charts beside their tables (eight
    # pages before the print stylesheet, and more with every chart's table open).
    assert 1 <= pages <= 6, pages


def test_an_article_shares_well(readers_browser, readers_sites):
    tab = open_page(readers_browser, readers_sites, "default", "article", 1280)
    meta = tab.evaluate("""() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name]')]
        .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))""")
    assert meta["og:type"] == "article"
    assert meta["og:title"] == tab.locator("h1").inner_text()
    assert meta["twitter:card"] in ("summary", "summary_large_image")
    data = json.loads(tab.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == meta["og:title"]
    assert data["datePublished"] == "2025-01-01T00:00:00+07:00"
    assert data["publisher"]["name"].startswith("Bản tin")
    feeds = tab.locator('link[rel="alternate"][type="application/atom+xml"]').count()
    assert feeds == 1


def test_a_locality_page_describes_its_place(readers_browser, readers_sites):
    tab = open_page(readers_browser, readers_sites, "default", "district", 1280)
    data = json.loads(tab.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "WebPage"
    assert data["about"]["name"] == "Huyện Lâm Hà"
    assert data["about"]["containedInPlace"]["name"] == "Tỉnh Lâm Đồng"
    assert tab.locator('link[rel="alternate"][type="application/atom+xml"]').count() == 2


def test_a_month_only_date_is_shown_as_a_month(readers_browser, readers_sites):
    tab = open_page(readers_browser, readers_sites, "default", "article", 1280)
    time = tab.locator("p.meta time")
    assert time.inner_text() == "01/2025"
    assert time.get_attribute("datetime") == "2025-01"


def test_the_statistics_pages_rank_each_level_apart(readers_browser, readers_sites):
    tab = open_page(readers_browser, readers_sites, "default", "metric", 1280)
    captions = tab.locator("table.ranking caption").all_inner_texts()
    assert captions and all(re.match(r"Cấp (tỉnh|huyện|xã), ", c) for c in captions), captions
