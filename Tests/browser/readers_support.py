"""What the reader's browser tests share: the example bulletin built in both themes, a
headless Chromium (Debian's, no download), axe-core, and the colour arithmetic of WCAG.

The example is built once per run into a temporary folder, with each theme, and read from
the disk (file://), as a reader who saved the site would; every link in it is relative.
"""

import math
import os
import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
AXE = (pathlib.Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
THEMES = ["default", "contrast"]
SCHEMES = ["light", "dark"]
WIDTHS = [390, 1280]
# Every kind of page the example has, by its place in public/.
PAGES = {
    "home": "index.html",
    "article": "bai-viet/lam-dong-ket-qua-noi-bat-2024/index.html",
    "article-hedged": "bai-viet/binh-dinh-tiep-tuc-phoi-hop/index.html",
    "article-parts": "bai-viet/long-an-lan-toa-phong-trao/index.html",
    "province": "dia-phuong/lam-dong/index.html",
    "district": "dia-phuong/lam-dong/lam-ha/index.html",
    "localities": "dia-phuong/index.html",
    "statistics": "thong-ke/index.html",
    "metric": "thong-ke/cases-solved/index.html",
    "tags": "chu-de/index.html",
    "search": "tim-kiem/index.html",
    "not-found": "404.html",
}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def bantin_binary():
    """The bantin executable: $BANTIN, else the debug build, built when missing."""
    if os.environ.get("BANTIN"):
        return pathlib.Path(os.environ["BANTIN"])
    binary = ROOT / ".build" / "debug" / "bantin"
    if not binary.exists():
        subprocess.run(["swift", "build", "--product", "bantin"], cwd=ROOT, check=True)
    return binary


@pytest.fixture(scope="session")
def readers_sites(tmp_path_factory):
    """theme → the folder of the example bulletin built with that theme."""
    binary = bantin_binary()
    sites = {}
    for theme in THEMES:
        site = tmp_path_factory.mktemp(f"readers-{theme}")
        shutil.copytree(ROOT / "content", site / "content")
        shutil.copytree(ROOT / "themes", site / "themes")
        config = (ROOT / "site.yaml").read_text(encoding="utf-8")
        (site / "site.yaml").write_text(re.sub(r"(?m)^theme: .*$", f"theme: {theme}", config), encoding="utf-8")
        subprocess.run([str(binary), "build", str(site)], check=True, capture_output=True)
        sites[theme] = site / "public"
    return sites


@pytest.fixture(scope="session")
def readers_browser(browser):
    """The Chromium of the whole run (conftest's `browser`): Playwright's sync API runs one
    instance at a time, and a second one fails every test that comes after it."""
    return browser


def open_page(browser, sites, theme, page, width=390, scheme="light", javascript=True):
    """A new page of its own context, loaded and settled."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, java_script_enabled=javascript)
    tab = context.new_page()
    tab.goto((sites[theme] / PAGES.get(page, page)).as_uri())
    return tab


def axe_violations(tab):
    """axe-core's violations at WCAG 2.2 AA, as (rule, target) pairs."""
    tab.add_script_tag(content=AXE)
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS)
    return [(v["id"], node["target"], node.get("failureSummary", "")) for v in result["violations"] for node in v["nodes"]]


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def parse_rgb(text):
    """(r, g, b) of a computed colour, or None for none/transparent."""
    numbers = re.findall(r"[\d.]+", text or "")
    if text is None or text == "none" or len(numbers) < 3:
        return None
    if len(numbers) >= 4 and float(numbers[3]) == 0:
        return None
    return tuple(int(float(n)) for n in numbers[:3])


# Collects every mark and text of every chart with its computed colour and the colour
# actually behind it: the nearest ancestor with a background, or, for a label drawn inside
# a bar segment, that segment.
CHART_COLOURS = """
() => {
  const background = element => {
    for (let node = element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  const out = [];
  document.querySelectorAll('svg.bantin-chart').forEach((svg, chart) => {
    const behind = background(svg);
    const segments = [...svg.querySelectorAll('.segments rect')];
    svg.querySelectorAll('rect').forEach(rect => {
      const style = getComputedStyle(rect);
      if (rect.classList.contains('track')) return;
      if (Number(rect.getAttribute('width')) === 0) return;
      out.push({chart, kind: 'mark', fill: style.fill, stroke: style.stroke,
                strokeWidth: parseFloat(style.strokeWidth) || 0, behind,
                outlined: rect.getAttribute('stroke') && !String(rect.getAttribute('stroke')).includes('surface')});
    });
    svg.querySelectorAll('text').forEach(text => {
      const style = getComputedStyle(text);
      let under = behind;
      if (text.parentElement.classList.contains('shares')) {
        const x = Number(text.getAttribute('x'));
        const segment = segments.find(r => Number(r.getAttribute('x')) <= x && x <= Number(r.getAttribute('x')) + Number(r.getAttribute('width')));
        if (segment) under = getComputedStyle(segment).fill;
      }
      out.push({chart, kind: 'text', text: text.textContent, fill: style.fill, behind: under});
    });
  });
  return out;
}
"""


def chart_contrast_failures(tab):
    """Marks under 3:1 (unless outlined at 3:1) and texts under 4.5:1 against what is behind them."""
    failures = []
    for item in tab.evaluate(CHART_COLOURS):
        fill, behind = parse_rgb(item["fill"]), parse_rgb(item["behind"])
        if fill is None or behind is None:
            continue
        ratio = contrast(fill, behind)
        if item["kind"] == "text":
            if ratio < 4.5:
                failures.append(f"chart {item['chart']} text {item['text']!r}: {item['fill']} on {item['behind']} is {ratio:.2f}:1")
        elif ratio < 3:
            stroke = parse_rgb(item["stroke"])
            if item["outlined"] and stroke and contrast(stroke, behind) >= 3:
                continue
            failures.append(f"chart {item['chart']} mark: {item['fill']} on {item['behind']} is {ratio:.2f}:1")
    return failures


def vietnamese_number(value):
    """6003 → "6.003", as the bulletin writes whole numbers."""
    return f"{int(value):,}".replace(",", ".")
