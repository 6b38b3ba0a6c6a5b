"""Search in the built example site, typed as a reader types, from the disk and over HTTP."""
import json
import urllib.parse

from conftest import ROOT


def search_page(page, site_url, query=None):
    url = site_url("tim-kiem/index.html") + (f"?q={urllib.parse.quote(query)}" if query is not None else "")
    page.goto(url)
    return page


def type_query(page, text):
    page.fill("#q", "")
    page.type("#q", text)


def wait_status(page, text):
    page.wait_for_function("text => document.querySelector('#search-status').textContent === text", arg=text)


def results(page):
    page.wait_for_function("document.querySelectorAll('#search-results li a[href]').length > 0")
    return page.eval_on_selector_all("#search-results li", "items => items.map(i => ({"
                                     "title: i.querySelector('a').textContent, href: i.querySelector('a').href,"
                                     "meta: i.querySelector('.meta').textContent, snippet: i.querySelector('.snippet').innerHTML}))")


def test_typing_finds_the_article_with_a_snippet_and_marks(page, site_url):
    search_page(page, site_url)
    type_query(page, "lam ha")
    # While "ha" may still grow (hai, hạnh…), it is a prefix: the Lâm Hà article comes first.
    page.wait_for_function("document.querySelector('#search-results li a[href]') && document.querySelector('#search-results li a').textContent.startsWith('Lâm Hà')")
    page.type("#q", " ")
    wait_status(page, "1 kết quả")
    found = results(page)
    assert found[0]["title"].startswith("Lâm Hà: Tổng kết 10 năm")
    assert page.inner_html("#search-results li a").startswith("<mark>Lâm</mark> <mark>Hà</mark>: ")
    assert found[0]["meta"] == "26/05/2023 · Huyện Lâm Hà"
    assert "<mark>Hà</mark>" in found[0]["snippet"]


def test_syllables_side_by_side_come_first(page, site_url):
    search_page(page, site_url, "da don")
    found = results(page)
    # "đã" and "đơn" fold alike too, but only the Lâm Hà article has Đạ Đờn side by side.
    assert found[0]["href"].endswith("/bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html")
    assert page.text_content("#search-status") == f"{len(found)} kết quả"


def test_the_body_is_searched_and_marked_in_the_snippet(page, site_url):
    search_page(page, site_url)
    type_query(page, "1.010")
    wait_status(page, "1 kết quả")
    found = results(page)
    assert len(found) == 1
    assert "<mark>1.010</mark>" in found[0]["snippet"]
    type_query(page, "1010")
    page.wait_for_function("document.querySelector('#search-results .snippet mark') !== null")
    assert "<mark>1.010</mark>" in page.inner_html("#search-results .snippet")


def test_result_links_lead_to_the_articles(page, site_url):
    search_page(page, site_url, "Lâm Đồng")
    found = results(page)
    assert len(found) >= 2
    for result in found:
        assert "/bai-viet/" in result["href"] and "chi-muc" not in result["href"]
    page.click("#search-results li a")
    page.wait_for_load_state()
    assert "/bai-viet/" in page.url
    assert page.text_content("h1") == found[0]["title"]


def test_a_query_from_the_address_and_the_header_form(page, site_url):
    page.goto(site_url("index.html"))
    page.fill("#site-q", "lam ha")
    page.press("#site-q", "Enter")
    page.wait_for_load_state()
    assert "tim-kiem" in page.url and "q=lam+ha" in page.url
    assert page.input_value("#q") == "lam ha"
    assert len(results(page)) >= 1


def test_punctuation_and_very_long_queries_get_a_calm_message(page, site_url):
    search_page(page, site_url)
    type_query(page, "!!! ... ???")
    assert page.text_content("#search-status") == "Hãy gõ ít nhất một chữ hoặc một số để tìm."
    page.fill("#q", "a" * 500)
    page.dispatch_event("#q", "input")
    assert page.text_content("#search-status").startswith("Câu tìm kiếm quá dài")
    assert page.eval_on_selector_all("#search-results li", "items => items.length") == 0


def test_nothing_found_says_so(page, site_url):
    search_page(page, site_url)
    type_query(page, "khongcotu ")
    page.wait_for_function("document.querySelector('#search-status').textContent !== ''")
    assert page.text_content("#search-status") == "Không tìm thấy bài viết nào."


def test_a_shard_that_fails_to_load_says_so(page, http_root):
    site_url = lambda path: http_root + path
    page.route("**/tim-kiem/t/**", lambda route: route.abort())
    search_page(page, site_url)
    type_query(page, "lam ha")
    page.wait_for_function("document.querySelector('#search-status').textContent !== ''")
    assert "không tải được chỉ mục" in page.text_content("#search-status").lower()


def test_without_javascript_the_page_links_to_places_and_topics(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url("tim-kiem/index.html"))
    text = page.text_content("noscript")
    assert "Tìm kiếm cần JavaScript" in text
    context.close()


def test_the_browser_cuts_text_into_the_same_syllables_as_the_builder(page, site_url):
    cases = json.loads((ROOT / "Tests" / "Fixtures" / "search" / "folding.json").read_text(encoding="utf-8"))
    search_page(page, site_url)
    got = page.evaluate("cases => cases.map(c => BantinSearch.tokens(c.input).map(t => t.folded + '/' + t.exact))", cases)
    assert got == [case["tokens"] for case in cases]
