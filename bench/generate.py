#!/usr/bin/env python3
"""Generates a synthetic bulletin of N articles for benchmarks, and the same Markdown as a Hugo site.

    bench/generate.py N OUT [--seed S]

writes OUT/bantin (a Bantin site: site.yaml, content/ with the example schema and N
articles about communes anywhere in the country, named by the built-in gazetteer) and
OUT/hugo (a Hugo site with the same Markdown files and a minimal layout of the same scope: article pages,
paginated lists, tag and locality taxonomies). Articles are 4–6 KB of Vietnamese text
drawn from the seed articles, each with one or two fact blocks whose figures are a
function of metric, locality and period, so that no two articles contradict each
other. The paragraph before each fact block states its figures as the block gives them
("Năm 2020, ... 6.003 buổi"), as a real article does, so the build warns of nothing.
The output depends only on N (and S).

With --seed S the corpus is another shape, drawn from S: articles of 1–14 KB (most short,
some long), 0–3 fact blocks, 1–4 tags of forty, and places at every level (provinces,
districts, communes) in a dozen provinces only, so that a few localities hold many articles.
"""
import importlib.util
import os
import random
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sentences():
    """Sentences of the example articles' bodies (their text, not their fact blocks)."""
    found = []
    articles = os.path.join(ROOT, "content", "articles")
    for folder, _, names in os.walk(articles):
        # Articles only: pictures lie beside them.
        for name in sorted(n for n in names if n.endswith(".md")):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            body = text.split("\n---\n", 1)[1]
            body = re.sub(r"```(facts|table).*?```", "", body, flags=re.S)
            body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)
            for paragraph in body.split("\n\n"):
                paragraph = paragraph.strip()
                if paragraph and not paragraph.startswith(("*", "#")):
                    found += [s.strip().rstrip(".") + "." for s in paragraph.split(". ") if len(s) > 40]
    return sorted(set(found))


def localities():
    """Paths of every unit of the three-level system, as Bantin's built-in gazetteer gives them.

    The units come from the vendored data through scripts/make-gazetteer.py, with the same
    ids: the slug of the name, and for a sibling that would share one, the slug of its kind
    after it (then a number).
    """
    spec = importlib.util.spec_from_file_location("make_gazetteer", os.path.join(ROOT, "scripts", "make-gazetteer.py"))
    gazetteer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gazetteer)
    paths, by_code, taken = [], {}, set()
    for era, kind, code, parent, name, _ in gazetteer.units():
        if era != 1:
            continue
        prefix = by_code[parent] + "/" if parent else ""
        candidate = slug(name)
        if prefix + candidate in taken:
            with_kind, number = f"{candidate}-{slug(kind)}", 2
            candidate = with_kind
            while prefix + candidate in taken:
                candidate, number = f"{with_kind}-{number}", number + 1
        by_code[code] = prefix + candidate
        taken.add(prefix + candidate)
        paths.append(prefix + candidate)
    return paths


def slug(text):
    import unicodedata
    text = text.replace("đ", "d").replace("Đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^\w]+", "-", text, flags=re.ASCII).strip("-")


def schema_metrics(path):
    """(id, kind, parts, label, unit) of each metric of the example schema."""
    metrics, current = [], None
    for line in open(path, encoding="utf-8"):
        top = re.match(r"^  (\w+):\s*$", line)
        if top:
            current = [top.group(1), None, [], "", ""]
            metrics.append(current)
        label = re.match(r"^    label: (.*)$", line)
        if label and current:
            current[3] = label.group(1).strip()
        unit = re.match(r"^    unit: (.*)$", line)
        if unit and current:
            current[4] = unit.group(1).strip()
        kind = re.match(r"^    kind: (\w+)", line)
        if kind and current:
            current[1] = kind.group(1)
        parts = re.match(r"^    parts: \{(.*)\}", line)
        if parts and current:
            current[2] = [p.split(":")[0].strip() for p in parts.group(1).split(",")]
    return [m for m in metrics if m[1] in ("count", "ratio", "amount")]


def figure(metric, locality, period):
    """A value that depends only on metric, locality and period."""
    rng = random.Random(f"{metric[0]}|{locality}|{period}")
    kind, parts = metric[1], metric[2]
    if kind == "ratio":
        total = rng.randint(10, 2000)
        return f"{{value: {rng.randint(0, total)}, of: {total}}}"
    if kind == "amount":
        return f'{{value: "{rng.randint(1, 999)},{rng.randint(0, 9)}", scale: billion}}'
    if parts:
        values = [rng.randint(0, 500) for _ in parts]
        inner = ", ".join(f"{p}: {v}" for p, v in zip(parts, values))
        return f"{{value: {sum(values)}, parts: {{{inner}}}}}"
    return str(rng.randint(0, 99999))


def grouped(number):
    """A whole number in Vietnamese notation: 6.003."""
    return f"{number:,}".replace(",", ".")


def stated(metric, value, year):
    """A sentence that states a figure as its fact block gives it, so that the two agree."""
    label, unit = metric[3], metric[4]
    match = re.match(r"\{value: (\d+), of: (\d+)\}", value)
    if match:
        number = f"{grouped(int(match.group(1)))}/{grouped(int(match.group(2)))}"
    elif (match := re.match(r'\{value: "([\d,]+)", scale: billion\}', value)):
        number = f"{match.group(1)} tỷ"
    elif (match := re.match(r"\{value: (\d+), parts:", value)):
        number = grouped(int(match.group(1)))
    else:
        number = grouped(int(value))
    return f"Năm {year}, {label[0].lower() + label[1:]}: {number} {unit}."


def main():
    args = sys.argv[1:]
    seed = None
    if "--seed" in args:
        at = args.index("--seed")
        seed = args[at + 1]
        del args[at:at + 2]
    n, out = int(args[0]), args[1]
    rng = random.Random(n if seed is None else f"{n}|{seed}")
    site, hugo = os.path.join(out, "bantin"), os.path.join(out, "hugo")
    for folder in (site, hugo):
        shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(site, "content", "articles"))
    os.makedirs(os.path.join(hugo, "content", "articles"))
    shutil.copy(os.path.join(ROOT, "content", "schema.yaml"), os.path.join(site, "content", "schema.yaml"))
    with open(os.path.join(site, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Bản tin thử tải\nlanguage: vi\ntheme: default\nper_page: 20\n")
    with open(os.path.join(hugo, "hugo.yaml"), "w", encoding="utf-8") as f:
        f.write("baseURL: https://example.gov.vn/bantin/\ntitle: Bản tin thử tải\nlanguageCode: vi\n"
                "relativeURLs: true\ndisableKinds: [RSS, sitemap, robotsTXT]\n"
                "pagination:\n  pagerSize: 20\npaginate: 20\n"
                "taxonomies:\n  tag: tags\n  place: places\n")
    shutil.copytree(os.path.join(ROOT, "bench", "hugo-layouts"), os.path.join(hugo, "layouts"))

    text = sentences()
    places = localities()
    communes = [p for p in places if p.count("/") == 2]
    metrics = schema_metrics(os.path.join(site, "content", "schema.yaml"))
    tags = ["tuyên truyền", "tổng kết", "an ninh trật tự", "mô hình", "khen thưởng", "tin báo", "ngày hội", "thu hồi vũ khí"]
    tag_count, block_count = (2, 2), (1, 2)
    if seed is not None:
        # Another shape: a dozen provinces, units of every level, forty tags, lengths from 1 to 14 KB.
        provinces = sorted(rng.sample([p for p in places if "/" not in p], 12))
        communes = [p for p in places if p.split("/")[0] in provinces]
        words = ["phòng cháy", "ma túy", "giao thông", "thanh niên", "phụ nữ", "cựu chiến binh", "biên giới", "học đường",
                 "tội phạm mạng", "lừa đảo", "tổ tự quản", "camera an ninh", "dân quân", "hòa giải", "mùa lũ", "lễ hội",
                 "vùng giáo", "đồng bào dân tộc", "khu công nghiệp", "chợ", "bến xe", "trường học", "cấp phép",
                 "căn cước", "cư trú", "xuất cảnh", "vũ khí", "pháo nổ", "cờ bạc", "trộm cắp"]
        tags = tags + words + [f"chuyên đề {k}" for k in range(1, 3)]
        tag_count, block_count = (1, 4), (0, 3)
    for i in range(n):
        year = 2015 + i % 10
        month, day = 1 + (i * 7) % 12, 1 + (i * 13) % 28
        place = communes[rng.randrange(len(communes))]
        title = f"Tin số {i + 1}: phong trào toàn dân bảo vệ an ninh Tổ quốc ở {place.split('/')[-1].replace('-', ' ')}"
        body, size = [], 0
        if seed is None:
            target = rng.randint(4000, 6000)
        else:
            target = rng.randint(1000, 3000) if rng.random() < 0.7 else rng.randint(6000, 14000)
        while size < target:
            paragraph = " ".join(rng.choice(text) for _ in range(rng.randint(2, 4)))
            body.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        while len(body) < 4:
            body.append(rng.choice(text))
        blocks = []
        for index in range(rng.randint(*block_count)):
            chosen = rng.sample(metrics, 3)
            values = [(m, figure(m, place, year)) for m in chosen]
            lines = "\n".join(f"  {m[0]}: {value}" for m, value in values)
            blocks.append(f"```facts\nperiod: {year}\nvalues:\n{lines}\n```")
            # The paragraph before the block states its figures.
            body[index] += " " + " ".join(stated(m, value, year) for m, value in values)
        for index, block in enumerate(blocks):
            body.insert(1 + index * 2, block)
        article_tags = rng.sample(tags, rng.randint(*tag_count))
        front = (f"---\ntitle: \"{title}\"\ndate: {year}-{month:02d}-{day:02d}T08:00:00+07:00\n"
                 f"locality: {place}\ntags: [{', '.join(article_tags)}]\nslug: tin-{i + 1}\n")
        folder = f"{year}"
        for root, extra in ((site, ""), (hugo, f"places: [{place}]\n")):
            os.makedirs(os.path.join(root, "content", "articles", folder), exist_ok=True)
            with open(os.path.join(root, "content", "articles", folder, f"tin-{i + 1}.md"), "w", encoding="utf-8") as f:
                f.write(front + extra + "---\n\n" + "\n\n".join(body) + "\n")


if __name__ == "__main__":
    main()
