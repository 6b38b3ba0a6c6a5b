#!/usr/bin/env python3
"""Measures search in a real browser: Bantin's index and Pagefind's, on the same built site.

    bench/search.py [N] [WORK] [--without-pagefind]   (default: 10000 articles, /tmp/bantin-search-bench)

Generates the synthetic bulletin of N articles (bench/generate.py) unless WORK/N has it,
builds it with the release `bantin` (printing `--timings`), runs Pagefind on the output
(`python3 -m pagefind --site OUT`, from `pip install 'pagefind[extended]'`; skipped when it is
not installed), serves the output on loopback and, in headless Chromium on a 390 x 844 phone,
runs each query of QUERIES:

- Bantin: the search page with the query typed (`?q=`); measured from the query to the first
  result on screen with its title, and again once all of the first 20 results are filled
  (scrolled into view), the bytes and files the query loaded under tim-kiem/ and js/, and of
  those for 20 results the KB of the script, the manifest and shards, and the files of results.
- Pagefind: its own `pagefind.js` API (`search`, then `data()` of the first 20 results), the
  bytes and files it loaded under pagefind/.

Prints a Markdown table, and the file count and size of each index.
"""
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import sys
import threading
import time

from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[1]
QUERIES = ["lam ha", "da don", "an ninh trật tự", "phong trào toàn dân", "1.010", "tuyên truyền", "Đồng", "hoà giải", "công an xã", "khu dân cư"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def folder_size(folder):
    files = [p for p in pathlib.Path(folder).rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


class Loads:
    """Bytes and files a page loads whose path starts with one of `prefixes`, and the bytes by folder."""

    def __init__(self, page, base, prefixes):
        self.files, self.bytes = 0, 0
        self.folders = {}
        self.base, self.prefixes = base, prefixes
        page.on("requestfinished", self.finished)

    def finished(self, request):
        path = request.url[len(self.base):] if request.url.startswith(self.base) else ""
        if path.startswith(self.prefixes):
            size = request.sizes()["responseBodySize"]
            self.files += 1
            self.bytes += size
            folder = path.rsplit("/", 1)[0]
            self.folders[folder] = self.folders.get(folder, 0) + size

    def reset(self):
        self.files, self.bytes = 0, 0


def bantin_query(browser, base, query):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    loads = Loads(page, base, ("tim-kiem/", "js/"))
    page.goto(base + "tim-kiem/index.html")
    started = time.perf_counter()
    page.fill("#q", query)
    page.dispatch_event("#q", "input")
    page.wait_for_function("document.querySelector('#search-status').textContent !== ''")
    count = page.text_content("#search-status")
    if page.query_selector("#search-results li"):
        page.wait_for_function("document.querySelector('#search-results li a[href]') !== null")
    first = time.perf_counter() - started
    screen = (loads.files, loads.bytes)
    for item in page.query_selector_all("#search-results li"):
        item.scroll_into_view_if_needed()
    page.wait_for_function("Array.from(document.querySelectorAll('#search-results li a')).every(a => a.hasAttribute('href'))")
    context.close()
    kb = lambda *folders: sum(loads.folders.get(f, 0) for f in folders) / 1024
    parts = f"{kb('js'):.0f}, {kb('tim-kiem', 'tim-kiem/t'):.0f}, {kb('tim-kiem/d'):.0f}"
    return count, first, screen, (loads.files, loads.bytes), parts


def pagefind_query(browser, base, query):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    loads = Loads(page, base, ("pagefind/",))
    page.goto(base + "index.html")
    started = time.perf_counter()
    count = page.evaluate("""async query => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(query);
        if (search.results.length) await search.results[0].data();
        window.__results = search.results;
        return search.results.length;
    }""", query)
    first = time.perf_counter() - started
    screen = (loads.files, loads.bytes)
    page.evaluate("() => Promise.all(window.__results.slice(0, 20).map(r => r.data()))")
    context.close()
    return f"{count} kết quả", first, screen, (loads.files, loads.bytes), ""


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(arguments[0]) if arguments else 10000
    work = pathlib.Path(arguments[1] if len(arguments) > 1 else "/tmp/bantin-search-bench") / str(n)
    if not (work / "bantin" / "content").is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(n), str(work)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "bantin"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(work / "bantin" / ".bantin-cache", ignore_errors=True)
    timings = subprocess.run([str(ROOT / ".build/release/bantin"), "build", str(work / "bantin"), "--output", str(out), "--timings"],
                             check=True, capture_output=True, text=True)
    print("bantin build --timings:")
    print("\n".join("    " + line for line in (timings.stdout + timings.stderr).strip().splitlines()))
    pagefind = "--without-pagefind" not in sys.argv and subprocess.run([sys.executable, "-c", "import pagefind"], capture_output=True).returncode == 0
    if pagefind:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pagefind", "--site", str(out)], check=True, stdout=subprocess.DEVNULL)
        print(f"pagefind: {time.perf_counter() - started:.1f} s")
    files, size = folder_size(out / "tim-kiem")
    print(f"Bantin index: {files} files, {size / 1e6:.1f} MB")
    if pagefind:
        files, size = folder_size(out / "pagefind")
        print(f"Pagefind index: {files} files, {size / 1e6:.1f} MB")
    server, base = serve(out)
    print()
    print("| query | tool | results | first result (ms) | files, KB to the first screen | files, KB for 20 results | of which KB: script, manifest and shards, results |")
    print("|---|---|---:|---:|---:|---:|---:|")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for query in QUERIES:
            tools = [("Bantin", bantin_query)] + ([("Pagefind", pagefind_query)] if pagefind else [])
            for tool, measure in tools:
                count, first, screen, full, parts = measure(browser, base, query)
                print(f"| {query} | {tool} | {count.split()[0]} | {first * 1000:.0f} | {screen[0]}, {screen[1] / 1024:.0f} | {full[0]}, {full[1] / 1024:.0f} | {parts} |", flush=True)
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
