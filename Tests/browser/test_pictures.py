"""A photograph and a table of an article, as a phone shows them: the picture loads a smaller
copy made for phones, its caption shows, and the table keeps its caption and header scopes."""

import pytest

from readers_support import (  # noqa: F401 (fixtures)
    AXE, AXE_TAGS, THEMES, open_page, readers_browser, readers_sites)

ARTICLE = "bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html"


@pytest.mark.parametrize("theme", THEMES)
def test_a_phone_loads_the_small_copy_of_the_photograph_with_its_caption(readers_browser, readers_sites, theme):
    tab = open_page(readers_browser, readers_sites, theme, ARTICLE, 390)
    figure = tab.locator(".article-body figure", has=tab.locator("img[srcset]"))
    assert figure.count() == 1
    figure.scroll_into_view_if_needed()
    tab.wait_for_function("""() => {
        const img = document.querySelector('.article-body figure img[srcset]');
        return img.complete && img.naturalWidth > 0;
    }""")
    image = tab.evaluate("""() => {
        const img = document.querySelector('.article-body figure img[srcset]');
        return {natural: img.naturalWidth, current: img.currentSrc, width: img.getAttribute('width'),
                height: img.getAttribute('height'), loading: img.loading, alt: img.alt,
                shown: img.getBoundingClientRect().width};
    }""")
    # With a srcset, naturalWidth is the copy's width scaled to the slot (480w in about 390 px).
    assert image["natural"] > 0, image
    assert image["current"].endswith(".webp") and "/doi-che-lam-ha-480-" in image["current"], image
    assert (image["width"], image["height"], image["loading"]) == ("1200", "800", "lazy")
    assert image["alt"] == "Đồi chè xanh bên hồ nước dưới nắng chiều"
    assert 0 < image["shown"] <= 390
    caption = figure.locator("figcaption")
    assert caption.is_visible()
    assert caption.inner_text().startswith("Hình minh họa: đồi chè ở Lâm Hà")


@pytest.mark.parametrize("theme", THEMES)
def test_the_table_has_its_caption_header_scopes_and_numbers_on_the_right(readers_browser, readers_sites, theme):
    tab = open_page(readers_browser, readers_sites, theme, ARTICLE, 390)
    table = tab.locator(".article-body .data-table table")
    assert table.count() == 1
    assert table.locator("caption").inner_text().startswith("Tuyên truyền trên mạng xã hội")
    assert table.locator("thead th").evaluate_all("cells => cells.map(c => c.scope)") == ["col", "col", "col"]
    assert table.locator("tbody th").evaluate_all("cells => cells.map(c => c.scope)") == ["row", "row"]
    assert table.locator("tbody tr").first.locator("td").all_inner_texts() == ["1.500", "20.000"]
    aligns = table.locator("td.number").evaluate_all("cells => cells.map(c => getComputedStyle(c).textAlign)")
    assert set(aligns) == {"right"}
    # The table scrolls inside its box, never the page.
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390


def axe_violations_in(tab, selector):
    """axe-core's violations at WCAG 2.2 AA inside `selector`, as (rule, target, summary) triples."""
    tab.add_script_tag(content=AXE)
    result = tab.evaluate(
        """([selector, tags]) => axe.run({include: [[selector]]},
            {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""", [selector, AXE_TAGS])
    return [(v["id"], node["target"], node.get("failureSummary", "")) for v in result["violations"] for node in v["nodes"]]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_article_text_with_a_photograph_and_a_table_has_no_axe_violations(readers_browser, readers_sites, theme, scheme):
    tab = open_page(readers_browser, readers_sites, theme, ARTICLE, 390, scheme)
    tab.locator(".article-body figure img[srcset]").scroll_into_view_if_needed()
    tab.wait_for_function("document.querySelector('.article-body figure img[srcset]').complete")
    assert axe_violations_in(tab, ".article-body") == []
