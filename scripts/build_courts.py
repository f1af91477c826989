#!/usr/bin/env python3
"""Generate ``index/tagging/data/courts.tsv``, the court directory the tagger ships with.

In:  ``courts.tsv`` of the shared court directory (``/work/shared/data/courts/`` unless
     ``--source`` says otherwise; name, level, province, parent, division code, kind,
     sources, aliases, status, note) and the package's division table
     (``index/tagging/data/divisions.tsv``, for province codes and short forms).
Out: one row per court: canonical name, level (最高/高级/中级/基层/专门), province code,
     division code, kind, status (current/former/unconfirmed) and the forms the tagger
     matches: the directory's aliases plus the usual short forms made here
     (荆州市中级人民法院 → 荆州中院, 荆州中级法院; 北京市第二中级人民法院 → 北京二中院, 京二中院;
     北京知识产权法院 → 北京知产法院;
     石门县人民法院 → 石门县法院; 中山市第一人民法院 → 中山第一法院; 北京铁路运输中级法院 → 北京铁路中院, 北铁中院, 北铁两级法院; 兵团 courts without the
     corps' name, 奎屯垦区法院, 八师中院; development-zone courts by the zone's short name,
     保定高新区法院, 东湖高新区法院, and shorter, 成都高新法院, 长春经开法院; free-trade zones' courts by
     自贸区, 重庆自贸区法院, 南沙自贸区法院; railway courts by 铁, 西安铁法院; banners' courts by their usual
     short names, 鄂温克旗法院, 达茂旗法院, and by a first character no other banner opens with, 准旗法院; a former district's court by its district's name, 江东区法院,
     江东法院, where no present place bears it; a former county's court by its county's short form,
     长岛法院, where the division table keeps that form; an alias that names no place is dropped). A form that is
     another court's name belongs to that court only; a former court gives up a form a
     current court also has; a form left to several courts stays on each of them and
     the tagger resolves it from the article's place (鼓楼区法院) or not at all.
     Only facts are taken from the directory (names, levels, places); its provenance
     note is copied into the header.

Run: ``python scripts/build_courts.py [--source DIR] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = Path("/work/shared/data/courts")
DATA = ROOT / "index" / "tagging" / "data"
DEFAULT_OUT = DATA / "courts.tsv"
NUMERALS = "一二三四五六七八九十"
#: The one-character names of the provinces whose intermediate courts are numbered, as news
#: writes those courts (沪一中院, 京四中院, 津三中院, 渝五中院, 琼一中院).
ONE_CHARACTER = {"北京市": ("京",), "天津市": ("津",), "上海市": ("沪",), "重庆市": ("渝",), "海南省": ("琼",)}


def read_divisions(path: Path) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """code → (level, name, short forms) of the package's division table."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        code, level, name, _parent, short, _weak, _old = line.split("\t")
        out[code] = (level, name, tuple(s for s in short.split(",") if s))
    return out


def former_shorts(path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """Division code → its former full names → the weak short forms of each the division table
    keeps (kind ``o``: 370614 → 长岛县 → 长岛), less those of several places' former names (崇安:
    无锡's 崇安区 and 福建's 崇安县)."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        code, _level, _name, _parent, _short, weak, old = line.split("\t")
        shorts = [k for k, _, kind in (w.rpartition(":") for w in weak.split(",") if w) if kind == "o"]
        if shorts:
            fulls = [n for n in old.split(",") if n and n not in shorts]
            out[code] = {f: tuple(x for x in shorts if f.startswith(x)) for f in fulls}
    seen: dict[str, int] = defaultdict(int)  # a short form of several places' former names names no one court
    for names in out.values():
        for x in {x for stems in names.values() for x in stems}:
            seen[x] += 1
    return {code: {f: tuple(x for x in stems if seen[x] == 1) for f, stems in names.items()}
            for code, names in out.items()}


def former_short_forms(row: dict[str, str], shorts: dict[str, dict[str, tuple[str, ...]]]) -> list[str]:
    """The forms news writes a former county's court by, its county's short form and a court word
    (长岛县人民法院 → 长岛法院, 长岛人民法院), where the division table keeps that short form of the
    former name (kind ``o``: a short form no other place bears)."""
    if row["status"] != "former" or row["kind"] != "普通" or row["level"] != "基层":
        return []
    for full, stems in shorts.get(row["division_code"], {}).items():
        if row["name"].endswith(full + "人民法院"):
            return [f"{stem}{word}" for stem in stems for word in ("法院", "人民法院")]
    return []


def names_in_table(path: Path) -> frozenset[str]:
    """Every name, short form and former name of the division table."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        cells = line.split("\t")
        for cell in (cells[2], cells[4], cells[6]):
            out.update(n for n in cell.split(",") if n)
    return frozenset(out)


def place_starts(divisions: dict[str, tuple[str, str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    """Province code → the names and short forms (two characters or more) of its divisions."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, (level, name, shorts) in divisions.items():
        if level != "province":
            out[code[:2] + "0000"].update(x for x in (name, *shorts) if len(x) >= 2)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def without_province(name: str, prefixes: list[tuple[str, tuple[str, ...]]], places: dict[str, tuple[str, ...]],
                     codes: dict[str, str]) -> str | None:
    """``name`` less its province prefix when a place of that province follows it
    (湖北省荆州市中级人民法院 → 荆州市中级人民法院), else None (北京市第二中级人民法院)."""
    for full, _shorts in prefixes:
        if name.startswith(full) and not codes[full].startswith(("11", "12", "31", "50")):  # 重庆市渝中区…
            rest = name[len(full):]
            return rest if rest.startswith(places.get(codes[full], ())) and len(rest) >= 5 else None
    return None


def short_forms(row: dict[str, str], divisions: dict[str, tuple[str, str, tuple[str, ...]]],
                prefixes: list[tuple[str, tuple[str, ...]]], places: dict[str, tuple[str, ...]],
                codes: dict[str, str], places_named: frozenset[str] = frozenset(),
                olds: dict[str, dict[str, tuple[str, ...]]] | None = None) -> list[str]:
    """The usual short forms of one court (see the module docstring); ``olds``: :func:`former_shorts`."""
    name = row["name"]
    bases = [name, *(a for a in row["aliases"].split(";") if a and _names_a_place(a))]
    bases += corps_forms(name) + zone_forms(bases, row, divisions)
    forms: list[str] = []
    for base in bases:
        forms.append(base)
        rest = without_province(base, prefixes, places, codes)
        for full, shorts in prefixes:  # 湖南省常德市中级人民法院 → 常德市中级人民法院, 湖南常德市…
            if base.startswith(full):
                tail = base[len(full):]
                forms += [rest] if rest else []
                forms += [s + tail for s in shorts]
                break
    more = []
    for f in forms:
        more.append(f.replace("高级人民法院", "高院").replace("高级法院", "高院"))
        if "中级人民法院" in f or "中级法院" in f:
            more += [f.replace("中级人民法院", "中级法院"), re.sub("中级(?:人民)?法院", "中院", f)]
        if f.endswith("人民法院") and not f.endswith("中级人民法院") and not f.endswith("高级人民法院"):
            more.append(f[:-4] + "法院")  # 石门县法院, 渝北区法院
        if "铁路运输" in f:
            more += [f.replace("铁路运输中级法院", "铁路中院"), f.replace("铁路运输法院", "铁路法院")]
        if f.endswith("铁路运输法院") and len(f) >= 8:
            more.append(f[:-6] + "铁法院")  # 西安铁路运输法院 → 西安铁法院
        for zone, word in (("高新区", "高新"), ("经开区", "经开")):
            if f.endswith(zone + "人民法院") or f.endswith(zone + "法院"):
                more.append(f[:f.rindex(zone)] + word + "法院")  # 成都高新区法院 → 成都高新法院
        if "自贸区" in f:
            g = f.replace("自贸区", "自贸试验区")  # 四川自贸区人民法院 → 四川自贸试验区(人民)法院
            more += [g, g[:-4] + "法院"] if g.endswith("人民法院") else [g]
        if f.endswith("林区基层法院"):
            more.append(f[:-6] + "林区法院")  # 敦化林区法院
        if f.endswith("知识产权法院"):
            more.append(f[:-6] + "知产法院")  # 北京知产法院
    forms += more
    code = row["division_code"]
    level, dname, _ = divisions.get(code, ("", "", ()))
    if row["kind"] == "普通" and level == "county" and name.endswith(dname + "人民法院") and dname.endswith("区"):
        forms += [dname + "人民法院", dname + "法院"]  # 鼓楼区法院: several cities have one
    level, _dname, dshorts = divisions.get(code, ("", "", ()))
    m = re.fullmatch(r"(.+?)第([一二三四五六七八九])中级人民法院", name)
    if m:  # 北京市第二中级人民法院 → 北京二中院, 北京市二中院, 京二中院
        for full, shorts in prefixes:
            if m[1] == full:
                forms += [f"{p}{m[2]}中院" for p in (full, *shorts, *ONE_CHARACTER.get(full, ()))]
    elif row["kind"] == "普通" and row["level"] == "中级" and level == "prefecture" and name.endswith("中级人民法院"):
        forms += [f"{s}{w}" for s in dshorts if len(s) >= 2 for w in ("中院", "中级法院", "中级人民法院")]
    if row["kind"] == "铁路" and name.endswith("铁路运输中级法院"):  # 兰州铁路运输中级法院 → 兰铁中院, 兰铁两级法院
        forms += [f"{name[0]}铁{w}" for w in ("中院", "中级法院", "两级法院")]
    m = re.fullmatch(r".+?第([一二三四五六七八九])人民法院", name)
    if m and row["level"] == "基层" and level == "prefecture":  # 中山市第一人民法院 → 中山第一法院
        forms += [f"{s}第{m[1]}{w}" for s in dshorts if len(s) >= 2 for w in ("人民法院", "法院")]
    forms += banner_forms(row, divisions)
    m = re.fullmatch(r"(.+?)自由贸易(?:试验)?区(.{2,4}?)片区人民法院", name)
    if m:  # 广东自由贸易区南沙片区人民法院 → 南沙自贸区法院, 广东自贸区南沙片区法院
        forms += [f"{m[2]}自贸区法院", f"{m[2]}自贸区人民法院", f"{m[1]}自贸区{m[2]}片区法院"]
    forms += former_district_forms(row, places_named)
    forms += former_short_forms(row, olds or {})
    return [f for f in dict.fromkeys(forms) if len(f) >= 4 and re.search("法院|中院|高院", f)]


def banner_forms(row: dict[str, str], divisions: dict[str, tuple[str, str, tuple[str, ...]]]) -> list[str]:
    """The forms news writes a banner's (旗) court by, beyond its division's short forms: an
    autonomous banner without 自治 (鄂温克族自治旗 → 鄂温克旗法院), a joint banner by the first
    characters of its two names (达尔罕茂明安联合旗 → 达茂旗法院), and a banner of three or more
    characters by its first one and 旗 where no other banner's name opens with that character and it
    is no numeral or direction (东乌珠穆沁旗 is 东乌旗, not 东旗) (准格尔旗 → 准旗法院, 伊金霍洛旗 → 伊旗法院; not 达旗: 达拉特旗 and 达尔罕茂明安联合旗)."""
    level, dname, _ = divisions.get(row["division_code"], ("", "", ()))
    if row["kind"] != "普通" or level != "county" or not dname.endswith("旗") or \
            not row["name"].endswith(dname + "人民法院") or len(dname) < 4:
        return []
    stems = []
    if dname.endswith("自治旗"):
        stems.append(re.sub("族?自治旗$", "旗", dname))
    body = dname[:-3]
    if dname.endswith("联合旗") and len(body) >= 4 and len(body) % 2 == 0:
        stems.append(body[0] + body[len(body) // 2] + "旗")
    if dname[0] not in NUMERALS + "东西南北中正新" and _banners_opening(divisions, dname[0]) == 1:
        stems.append(dname[0] + "旗")
    return [s + w for s in stems for w in ("法院", "人民法院")]


def _banners_opening(divisions: dict[str, tuple[str, str, tuple[str, ...]]], initial: str) -> int:
    """How many banners' names open with ``initial``."""
    return sum(1 for level, name, _shorts in divisions.values()
               if level == "county" and name.endswith("旗") and name.startswith(initial))


#: A former district's court under its city's name (宁波市江东区人民法院).
_FORMER_DISTRICT = re.compile(r".+?市(?P<district>(?P<stem>[\u4e00-\u9fff]{2,3}?)区)人民法院")


def former_district_forms(row: dict[str, str], places_named: frozenset[str]) -> list[str]:
    """The forms news writes a former district's court by, as it writes a current one's: its
    district's name (江东区法院, 江东区人民法院) and, for a two-character one, that without 区
    (江东法院), where no present place of the division table bears the name (``places_named``: every
    name, short form and former name); a name that is a place still (城区) is the place's."""
    m = _FORMER_DISTRICT.fullmatch(row["name"])
    if row["status"] != "former" or row["kind"] != "普通" or row["level"] != "基层" or not m:
        return []
    district, stem = m["district"], m["stem"]
    if district in places_named or stem in places_named:
        return []
    forms = [f"{district}人民法院", f"{district}法院"]
    return forms + [f"{stem}法院"] if len(stem) == 2 else forms


def _names_a_place(alias: str) -> bool:
    """Whether an alias names more than a court word (高级人民法院 alone names no court)."""
    return len(re.sub(r"(?:高级|中级)?(?:人民)?法院$", "", alias)) >= 2


CORPS = "新疆生产建设兵团"


def corps_forms(name: str) -> list[str]:
    """Forms of a 兵团 court without the corps' full name, as the news writes them:
    新疆生产建设兵团奎屯垦区人民法院 → 奎屯垦区人民法院, 兵团奎屯垦区人民法院;
    新疆生产建设兵团第八师中级人民法院 → 第八师中级人民法院, 八师中院."""
    if not name.startswith(CORPS) or len(name) - len(CORPS) < 6:
        return []
    rest = name[len(CORPS):]
    forms = [rest, "兵团" + rest]
    m = re.fullmatch(r"第([一二三四五六七八九十]{1,3})师中级人民法院", rest)
    if m:
        forms += [f"{m[1]}师中级人民法院", f"{m[1]}师中院"]
    return forms


#: The long names of development zones and the short ones the news uses.
ZONES = (("国家高新技术产业开发区", "高新区"), ("高新技术产业开发区", "高新区"), ("国家高新技术开发区", "高新区"),
         ("高新技术开发区", "高新区"), ("新技术产业开发区", "高新区"), ("新技术开发区", "高新区"),
         ("高新技术产业园区", "高新区"), ("经济技术开发区", "经开区"), ("经济开发区", "经开区"),
         ("自由贸易试验区", "自贸区"), ("自由贸易区", "自贸区"))


def zone_forms(bases: list[str], row: dict[str, str], divisions: dict[str, tuple[str, str, tuple[str, ...]]]) -> list[str]:
    """Other forms of a development-zone court: the zone's short word (保定国家高新技术产业开发区
    人民法院 → 保定高新区人民法院; 芜湖三山经济开发区人民法院 → 芜湖三山经开区人民法院); the city's
    full name for its short one (芜湖市三山经济开发区人民法院); and, the zone having a name of its
    own after the city's, that name alone (武汉东湖新技术开发区人民法院 → 东湖高新区人民法院,
    三山经济开发区人民法院)."""
    if row["kind"] != "开发区":
        return []
    code = row["division_code"]
    places = [(n, shorts) for c in dict.fromkeys((code[:4] + "00", code))
              for _lvl, n, shorts in [divisions.get(c, ("", "", ()))] if n]
    cities = sorted({x for n, shorts in places for x in (n, *shorts) if len(x) >= 2}, key=len, reverse=True)
    full = {s: n for n, shorts in places for s in shorts if n == s + "市"}
    out: list[str] = []
    for base in bases:
        if not base.endswith("人民法院"):
            continue
        zoned = [base]
        for long, short in ZONES:
            if long in base:
                zoned.append(base.replace(long, short))
                break
        for form in zoned:
            out.append(form)
            city = next((c for c in cities if form.startswith(c)), None)
            if city is None:
                continue
            rest = form[len(city):]
            if city in full and not rest.startswith("市"):
                out.append(full[city] + rest)  # 芜湖三山… → 芜湖市三山…
            zone = next((z for z in ZONE_WORDS if z in rest), None)
            if zone and rest.index(zone) >= 2:
                out.append(rest)  # the zone's own name, the city left out
    return [f for f in dict.fromkeys(out) if f not in bases]


#: The words a zone court's name ends its zone with, longest first.
ZONE_WORDS = tuple(sorted({w for pair in ZONES for w in pair} | {"开发区", "示范区", "园区"}, key=len, reverse=True))


def renamed_to(rows: list[dict[str, str]], names: set[str]) -> dict[str, str]:
    """Former court → its successor, when the court was renamed (宁乡县人民法院 → 宁乡市人民法院):
    the note names one successor and no other former court has it. Courts merged into one
    (保定市北市区, 南市区 → 莲池区人民法院) keep their own names: they were other bodies."""
    found: dict[str, str] = {}
    for r in rows:
        m = re.search(r"后继：([^；;，,\s]+)", r["note"])
        if r["status"] == "former" and m:
            target = without_prefix_match(m[1], names)
            if target:
                found[r["name"]] = target
    counts: dict[str, int] = defaultdict(int)
    for target in found.values():
        counts[target] += 1
    return {old: new for old, new in found.items() if counts[new] == 1}


def without_prefix_match(name: str, names: set[str]) -> str | None:
    """The directory name ``name`` refers to (exact, or less its province prefix)."""
    if name in names:
        return name
    matches = [n for n in names if name.endswith(n) and len(n) >= 5]
    return max(matches, key=len) if matches else None


def build(source: Path, out: Path) -> tuple[int, int]:
    divisions = read_divisions(DATA / "divisions.tsv")
    province_code = {name: code for code, (lvl, name, _) in divisions.items() if lvl == "province"}
    prefixes = sorted(((name, shorts) for code, (lvl, name, shorts) in divisions.items() if lvl == "province"),
                      key=lambda p: -len(p[0]))
    with (source / "courts.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    places = place_starts(divisions)
    for r in rows:  # the facet name: 湖北省荆州市中级人民法院 → 荆州市中级人民法院 (its own alias)
        rest = without_province(r["name"], prefixes, places, province_code)
        if rest and rest not in {x["name"] for x in rows}:
            r["aliases"] = ";".join(filter(None, [r["name"], r["aliases"]]))
            r["name"] = rest
    names = {r["name"] for r in rows}
    named = names_in_table(DATA / "divisions.tsv")
    olds = former_shorts(DATA / "divisions.tsv")
    forms = {r["name"]: short_forms(r, divisions, prefixes, places, province_code, named, olds) for r in rows}
    owners: dict[str, set[str]] = defaultdict(set)
    for name, fs in forms.items():
        for f in fs:
            owners[f].add(name)
    status = {r["name"]: r["status"] for r in rows}
    for f, who in owners.items():
        if f in names:
            who.intersection_update({f})
        elif len(who) > 1 and any(status[n] != "former" for n in who):
            who.difference_update({n for n in who if status[n] == "former"})
    successor = renamed_to(rows, names)
    readme = (source / "README.md").read_text(encoding="utf-8") if (source / "README.md").exists() else ""
    count = re.search(r"Built (\d+) rows", readme)
    lines = [
        "# lawnews court directory; generated by scripts/build_courts.py from the shared court directory "
        f"courts.tsv ({count[1] if count else len(rows)} rows: names, levels, provinces, divisions, kinds, status)",
        "# provenance: only facts (which courts exist, their names, levels and places) were taken from the "
        "directory's sources: 中国政法区划集 (大萌, Laosheng.top, CC BY-NC-ND; attributed here), "
        "Miazzy/xdata-legal-service (MIT), bulllp/fawu, nanqianbeiquan/LengJingETLTemp, 重庆法院公众服务网; "
        "division codes from the CC0 division tables",
        "# columns: name, level, province code, division code, kind, status, successor (the court a renamed "
        "court is known as now: its facet value), forms (;-separated; a form several courts share is resolved "
        "from context)",
        "name\tlevel\tprovince\tdivision\tkind\tstatus\tsuccessor\tforms",
    ]
    n_forms = 0
    for r in rows:
        fs = [f for f in forms[r["name"]] if r["name"] in owners[f] and f != r["name"]]
        n_forms += len(fs)
        lines.append("\t".join([r["name"], r["level"], province_code.get(r["province"], ""), r["division_code"],
                                r["kind"], r["status"], successor.get(r["name"], ""), ";".join(fs)]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows), n_forms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    n, n_forms = build(args.source, args.out)
    print(f"{n} courts, {n_forms} other forms → {args.out}")


if __name__ == "__main__":
    main()
