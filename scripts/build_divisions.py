#!/usr/bin/env python3
"""Generate ``index/tagging/data/divisions.tsv`` (and ``words.tsv``) from the division codes.

In:  ``areacodes_<year>.txt`` (``code name`` rows in force that year) and
     ``areacodes_result.csv`` (every code since 1981: status, dates, successor codes),
     both from ``../shared/data/divisions/`` unless ``--source`` says otherwise.
Out: one row per division in force: code, level (province/prefecture/county), full
     name, parent code, the short forms people write (湖南, 荆州, 黄南州, 城步), which
     of those keys are weak (kinds below) and the former names that now lead to it
     through successor codes (宁乡县 → 宁乡市), with the short forms of those names that no
     other place, current or former, bears (长岛 of 长岛县, now in 蓬莱区; weak, kind ``o``); a
     city's row also holds the former names of counties now split among several of its counties
     (宝安县 on 深圳市's). The header records the data year.
     ``words.tsv`` beside it: the two-character words of jieba's dictionary that a
     two-character short form may straddle (召开|平安 is not 开平, 增长|海洋 is not 长海), and
     the blockers: set phrases holding a name, and former names several places now share that
     hold another place's name (江东区, a district of 宁波 until 2016, holds 东区).

Run: ``python scripts/build_divisions.py [--source DIR] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "divisions"
DEFAULT_OUT = ROOT / "index" / "tagging" / "data" / "divisions.tsv"

# Weak key kinds, written as ``key:kind`` in the ``weak`` column. A weak key is only
# taken for a place with support (see lawnews.index.tagging.regions):
#   e  everyday word (振兴, 会同, 全州, 公安): parent right before it, or a court,
#      procuratorate or party committee after it;
#   d  short form of a district (芙蓉, 岳麓): as ``e``, or its city named elsewhere in the text;
#   m  one-character stem (范县, 澧县): as ``e``, or standing after punctuation or 在/到/…
#   o  short form of a former name (长岛 of 长岛县, now in 蓬莱区; 闸北 of 闸北区): an institution after
#      it, its city right before it or a place of its city a few characters before it, or 原 before it
#   c  former name of a county now split among several counties of one city (宝安县 on 深圳市's row):
#      it stands for the city as a strong key does, and a court word after it makes no court of the city

ETHNIC = (
    "蒙古 满 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_ETHNIC_RE = "(?:" + "|".join(sorted((e + "族" for e in ETHNIC), key=len, reverse=True)) + "|蒙古|哈萨克|柯尔克孜|维吾尔)"
_AUTONOMOUS = re.compile(rf"^(?P<stem>.+?)(?:{_ETHNIC_RE}|各族)+自治(?P<kind>州|县|旗|区)$")
#: A district named with its people, not autonomous (管城回族区 → 管城区, 管城).
_ETHNIC_DISTRICT = re.compile(rf"^(?P<stem>.{{2,}}?)(?:{_ETHNIC_RE})区$")
#: A banner named with its wing and its place in the league (科尔沁右翼前旗, 土默特右旗, 乌拉特前旗),
#: written by the first character of its name (科右前旗, 土右旗, 乌前旗); 东乌珠穆沁旗 → 东乌旗.
_BANNER = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,}?)(?:(?P<side>[左右])翼?)?(?P<pos>[前中后])?旗$")

#: Short forms (and a few full names) that are ordinary words far more often than places.
#: Curated by hand: a word list cannot tell 石门 (a county) from 通道 (a passage).
EVERYDAY = frozenset(
    """
    城区 郊区 矿区 东区 西区 市中区 资源 合作 和平 武功 比如 南部 东方 公安 通道 共和 友谊 中方 凤凰 延长 新兴 万年 光泽 会同
    大名 富裕 清水 长子 平定 洞口 太和 温泉 大方 互助 建平 威信 莲花 平和 台前 石棉 高台 无为 同心 白玉 灯塔 木兰 来宾 博爱
    同仁 方正 黑水 大通 新民 高密 富民 清流 惠民 长治 民和 新星 上高 和顺 左权 云霄 孝义 开化 金沙 白沙 天柱 民乐 阳春 延寿
    仁寿 铜鼓 兴业 盐池 大安 三台 石台 磐石 樟树 小金 修水 南华 白水 永丰 梨树 大田 三明 大化 康乐 安福 安平 天长 平原 商城
    江山 甘泉 东海 兴国 龙门 永安 太湖 安宁 北海 河口 山南 中山 朝阳 故城 全州 振兴 长安 新华 太平 永和 新城 城关 复兴 解放
    红旗 光明 前进 向阳 东风 新建 上街 城中 城东 城西 城北 中原 江南 河西 河东 南山 青山 白云 市中 桥东 桥西 路南 路北 运河
    万全 安定 清河 天心 雨花 荷塘 天元 雨湖 交口 兴隆 大城 大厂 临海 天台 平湖 长兴 长乐 德化 东山 连城 永定 三元 集美 同安
    普陀 定海 白银 开封 日照 大同 安康 阿里 普洱 红河 怒江 黑河 文山 玉林 金昌 平安 和田 黄山 庐山 五台 泰山 海安 沙湾 双河
    裕民 新河 江城 大理 桃源 滨海 久治 龙井 东至 湖口 沿河 新建区 古城区 老城区 铁西 铁东 西岗 中山区 站前 新抚 望花 立山 千山 文圣
    宏伟 太子河
    """.split()
)

#: Words that hold a place name but do not mean the place; matched whole, they hide it.
BLOCKERS = ("北京时间 上海合作组织 入海口 出海口 复合肥 潮白河 淮河源 苏州河 真金白银 乡村振兴 民族复兴 长治久安 一视同仁 "
            "兴安岭 安居乐业 海东青").split()
#: Straddled words jieba's dictionary lacks (行政区域|内乡 is not 内乡).
EXTRA_WORDS = "域内 围内".split()

_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: The level words a short form may end with (黄南州, 茂汶县, 土右旗): it names a division then.
LEVEL_WORDS = ("省", "市", "县", "区", "州", "盟", "旗")
_SUFFIXES = ("特别行政区", "自治区", "地区", "林区", "特区", "新区", "矿区", "省", "市", "县", "区", "州", "盟", "旗")


def short_forms(name: str) -> list[str]:
    """The short forms of a full division name (湖南省 → 湖南; 黄南藏族自治州 → 黄南州, 黄南自治州, 黄南;
    龙胜各族自治县 → 龙胜县, 龙胜; 管城回族区 → 管城区, 管城; 土默特右旗 → 土默特右, 土右旗)."""
    if name == "内蒙古自治区":
        return ["内蒙古"]
    m = _AUTONOMOUS.match(name)
    if m:
        stem, kind = m["stem"], m["kind"]
        if kind == "区":  # 广西壮族自治区 → 广西
            return [stem]
        # 沿河土家族自治县 → 沿河县, 沿河自治县, 沿河
        return [stem + kind, stem + "自治" + kind] + ([stem] if len(stem) >= 2 else [])
    m = _ETHNIC_DISTRICT.match(name)
    if m:
        return [m["stem"] + "区", m["stem"]]
    m = _BANNER.match(name)
    if m and (m["side"] or m["pos"]):  # 科右前旗, 土右旗, 乌前旗
        return [name[:-1], m["stem"][0] + (m["side"] or "") + (m["pos"] or "") + "旗"]
    if m and name[0] in "东西" and len(name) >= 5:  # 东乌珠穆沁旗 → 东乌旗
        return [name[:-1], name[:2] + "旗"]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            return [stem] if len(stem) >= 2 else []
    return []


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def parent_of(code: str, codes: set[str]) -> str:
    """The parent code: the prefecture when it exists, else the province."""
    level = level_of(code)
    if level == "province":
        return ""
    prefecture = code[:4] + "00"
    if level == "county" and prefecture in codes:
        return prefecture
    return code[:2] + "0000"


def weak_kind(key: str, full: str, level: str, is_short: bool) -> str:
    """The weak kind of one key of a division, or "" when the key is strong."""
    if key in EVERYDAY:
        return "e"
    if level == "county" and not is_short and len(full) == 2:
        return "m"
    if level == "county" and is_short and full.endswith("区"):
        return "d"
    return ""


def read_current(path: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.strip():
            code, name = line.split()
            rows[code] = name
    return rows


def _targets(row: dict[str, str]) -> list[str]:
    """The successor codes of a history row. ``code[year]`` marks a part transferred in an
    earlier year, not a successor at the change; a renamed row (变更) keeps its own code."""
    end = row["变更/弃用时间"]
    targets = []
    for item in filter(None, (t.strip() for t in row["新代码"].split(";"))):
        code, _, year = item.partition("[")
        if not year or year.rstrip("]") == end:
            targets.append(code)
    if row["状态"] == "变更" and row["代码"] not in targets:
        targets.append(row["代码"])
    return targets


def successors(row: dict[str, str], table: dict[str, list[dict[str, str]]], current: dict[str, str],
               seen: frozenset[str] = frozenset()) -> set[str]:
    """Current codes a history row leads to, following each successor code as it stood
    in the year of the change (codes are reused: 421024 was 松滋县 before it was 江陵县)."""
    year = int(row["变更/弃用时间"] or 9999)
    out: set[str] = set()
    for target in _targets(row):
        active = [r for r in table.get(target, [])
                  if int(r["启用时间"]) <= year < int(r["变更/弃用时间"] or 9999)]
        if target in current and (not active or any(r["状态"] == "在用" for r in active)):
            out.add(target)
        elif target not in seen:
            for next_row in active:
                if next_row is not row:
                    out |= successors(next_row, table, current, seen | {target})
    return out


def old_names(history: Path, current: dict[str, str]) -> dict[str, list[str]]:
    """Former full names that lead to exactly one current division: code → names."""
    return _former(history, current)[0]


def old_shorts(history: Path, current: dict[str, str], olds: dict[str, list[str]],
               common: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """The short forms of former names (``olds``: :func:`old_names`) people still write (长岛 of
    长岛县, now part of 蓬莱区; 闸北 of 闸北区, now 静安区): code → shorts. Left out: a short form any
    current division's name or short form takes (宁乡 is 宁乡市's own), that is a former full name
    (达县, a county until 2013, is not 达县市), an everyday word (郊区) or a common word of jieba's
    dictionary (``common``: 露天, 四方, 渡口, 下关; see :func:`common_words`), or a short form of former
    names now in several places (崇安: 无锡's 崇安区 and 福建's 崇安县) — those are kept for each of
    them, and the text's places decide."""
    taken = set(current.values())
    for name in current.values():
        taken.update(short_forms(name))
    with history.open(encoding="utf-8-sig", newline="") as fh:
        former = {row["名称"] for row in csv.DictReader(fh)}
    out: dict[str, list[str]] = defaultdict(list)
    for code in sorted(olds):
        for name in olds[code]:
            for short in short_forms(name):
                if (short != name and short not in taken and short not in EVERYDAY and short not in former
                        and short not in common and short not in out[code]):
                    out[code].append(short)
    return {code: shorts for code, shorts in out.items() if shorts}


#: jieba's parts of speech of proper names (places, people, organisations, other names).
_PROPER = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt"})


def common_words() -> frozenset[str]:
    """The words of jieba's dictionary it tags as common words (a noun ``n``, a verb, an adjective,
    a numeral …, not a proper name): 露天 (v), 四方 (m), 渡口 (n)."""
    import jieba  # a lawnews dependency; only its dictionary file is read

    out = set()
    for line in Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8").splitlines():
        word, _, tag = line.split(" ")
        if tag not in _PROPER:
            out.add(word)
    return frozenset(out)


def shared_old_names(history: Path, current: dict[str, str], keys: set[str]) -> list[str]:
    """Former full names that lead to several current divisions (江东区: now 宁波's 鄞州区 and
    衡阳's 珠晖区), that hold another name of ``keys`` after their first character and none
    from it (东区 in 江东区): blockers, so that a text naming the former place is not read as
    the one inside its name. (One opening with a name, 宜宾县, still names that place.)"""
    out = []
    split = {n for names in split_old_names(history, current, common_words()).values() for n in names}
    for name in _former(history, current)[1]:
        if name in split:
            continue  # a key of its city
        inner = any(name[i:j] in keys for i in range(1, len(name)) for j in range(i + 2, len(name) + 1))
        head = any(name[:j] in keys for j in range(2, len(name)))
        if inner and not head:
            out.append(name)
    return out


#: Municipalities: their districts count under them as a city (上海县, now 闵行区 and 浦东新区: 上海市).
MUNICIPALITIES = ("11", "12", "31", "50")
#: The level words of a former county or county-level city (not a district's 区: 城南区, 公园区, 桥头区
#: were parts of many towns, and are still said of them).
_COUNTY_ENDS = ("县", "市", "旗", "特区")


def city_of(code: str) -> str:
    """The city a county-level code counts under: its prefecture, or its municipality."""
    return code[:2] + "0000" if code[:2] in MUNICIPALITIES else code[:4] + "00"


def split_old_names(history: Path, current: dict[str, str], common: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Former names of counties and county-level cities whose parts are now several counties of one
    city (宝安县: 深圳's 宝安区 and 龙岗区; 上海县: 闵行区 and 浦东新区 of 上海): city code → names. The
    name places a text in that city and its province, and in no county. Not a district's name, nor one
    whose stem is a common word (``common``)."""
    out: dict[str, list[str]] = defaultdict(list)
    for name, codes in sorted(_former(history, current)[2].items()):
        cities = {city_of(c) for c in codes}
        if (len(codes) > 1 and len(cities) == 1 and all(level_of(c) == "county" for c in codes)
                and name.endswith(_COUNTY_ENDS) and not any(s in common for s in short_forms(name))):
            out[cities.pop()].append(name)
    return out


def _former(history: Path, current: dict[str, str]) -> tuple[dict[str, list[str]], list[str], dict[str, set[str]]]:
    """Former names leading to one current division (code → names), those leading to several, and
    every former name's current codes."""
    table: dict[str, list[dict[str, str]]] = defaultdict(list)
    with history.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            table[row["代码"]].append(row)
    taken = set(current.values())
    for code, name in current.items():
        taken.update(short_forms(name))
    targets: dict[str, set[str]] = defaultdict(set)
    for code, rows in table.items():
        for row in rows:
            name = row["名称"]
            if row["状态"] == "在用" or name in taken or name in EVERYDAY or len(name) < 3:
                continue
            level = {"省级": "province", "地级": "prefecture", "县级": "county"}[row["级别"]]
            targets[name] |= {c for c in successors(row, table, current) if level_of(c) == level}
    out: dict[str, list[str]] = defaultdict(list)
    shared = []
    for name, codes in sorted(targets.items()):
        if len(codes) == 1:
            (code,) = codes
            if level_of(code) != "province":
                out[code].append(name)
        elif len(codes) > 1:
            shared.append(name)
    return out, shared, targets


def build(source: Path, out: Path) -> int:
    current_files = sorted(source.glob("areacodes_*.txt"))
    if not current_files:
        raise SystemExit(f"no areacodes_<year>.txt in {source}")
    current_path = current_files[-1]
    year = re.search(r"(\d{4})", current_path.name)[1]
    current = read_current(current_path)
    olds = old_names(source / "areacodes_result.csv", current)
    common = common_words()
    shorts_of_old = old_shorts(source / "areacodes_result.csv", current, olds, common)
    split = split_old_names(source / "areacodes_result.csv", current, common)
    for code, names in split.items():
        olds.setdefault(code, []).extend(names)
    codes = set(current)
    lines = [
        f"# lawnews division table; data year {year}; sources {current_path.name} (in force) and "
        f"areacodes_result.csv (former names through successor codes); generated by scripts/build_divisions.py",
        "# columns: code, level, full name, parent code, short forms, weak keys (key:kind, kinds e/d/m/o/c), "
        "former names and their short forms",
        "code\tlevel\tname\tparent\tshort\tweak\told",
    ]
    for code in sorted(current):
        name, level = current[code], level_of(code)
        shorts = [s for s in short_forms(name) if s != name]
        weak = [f"{k}:{w}" for k, is_short in [(name, False), *((s, True) for s in shorts)]
                if (w := weak_kind(k, name, level, is_short))]
        # a former name's short form is weak unless it is another one and a level word (茂汶县 of 茂汶羌族自治县;
        # not 北市 of 北市区, nor 吴旗 of 吴旗县, whose last character is the name's own)
        former = shorts_of_old.get(code, [])
        weak += [f"{k}:o" for k in former if not (k.endswith(LEVEL_WORDS) and (k[:-1] in former or "自治" in k))]
        weak += [f"{k}:c" for k in split.get(code, [])]  # a split county's name: its city, and no court of it
        lines.append("\t".join([code, level, name, parent_of(code, codes), ",".join(shorts),
                                ",".join(weak), ",".join([*olds.get(code, []), *former])]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(current)


def idioms(divisions: Path, entries: list[str]) -> list[str]:
    """The set phrases of jieba's dictionary (part of speech ``i``, four to seven characters) that
    hold a name, short form or old name of a division (恍然大悟, 光明正大, 稳如泰山, 四平八稳): in
    such a phrase the name is never the place. Entries the dictionary tags ``i`` that name an
    institution (…有限公司, …管理所) are left out. ``entries``: the dictionary's lines."""
    names: set[str] = set()
    for line in divisions.read_text(encoding="utf-8").splitlines()[3:]:
        cells = line.split("\t")
        for cell in (cells[2], cells[4], cells[6]):
            names.update(n for n in cell.split(",") if len(n) >= 2)
    found = []
    for line in entries:
        word, _, tag = line.split(" ")
        if tag != "i" or not 4 <= len(word) <= 7 or word.endswith(("公司", "所")):
            continue
        if any(word[i:j] in names for i in range(len(word)) for j in range(i + 2, len(word) + 1)):
            found.append(word)
    return sorted(set(found))


def _keys(divisions: Path) -> set[str]:
    """The names, short forms and former names of a division table (two characters or more)."""
    keys: set[str] = set()
    for line in divisions.read_text(encoding="utf-8").splitlines()[3:]:
        cells = line.split("\t")
        for cell in (cells[2], cells[4], cells[6]):
            keys.update(n for n in cell.split(",") if len(n) >= 2)
    return keys


def build_words(divisions: Path, out: Path, source: Path = DEFAULT_SOURCE) -> int:
    """Two-character dictionary words ending in the first character of a two-character
    short form or of a three-character name, starting with the last character of a short
    form, or equal to the last two characters of a three-character name (以上|城区);
    grouped by first character."""
    import jieba  # a lawnews dependency; only its dictionary file is read

    shorts, tails = set(), set()
    for line in divisions.read_text(encoding="utf-8").splitlines()[3:]:
        cells = line.split("\t")
        shorts.update(s for s in cells[4].split(",") if len(s) == 2)
        tails.update(n[1:] for n in [cells[2]] if len(n) == 3)
    firsts, lasts = {s[0] for s in shorts} | {t[0] for t in tails}, {s[1] for s in shorts}
    groups: dict[str, list[str]] = defaultdict(list)
    entries = Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8").splitlines()
    for line in entries:
        word = line.split(" ", 1)[0]
        if len(word) == 2 and _HAN.fullmatch(word) and (
                word[1] in firsts or word[0] in lasts or word in tails):
            groups[word[0]].append(word[1])
    for word in EXTRA_WORDS:
        groups[word[0]].append(word[1])
    lines = [f"# two-character words (jieba {jieba.__version__} dict.txt) that a short form may straddle; "
             "first character, tab, second characters; generated by scripts/build_divisions.py"]
    lines += [f"{a}\t{''.join(sorted(set(bs)))}" for a, bs in sorted(groups.items())]
    lines += ["# blockers: words that hold a place name but do not mean the place"]
    lines += [f"+{w}" for w in BLOCKERS]
    lines += [f"# idioms of jieba {jieba.__version__} dict.txt (part of speech i) that hold a place name"]
    lines += [f"+{w}" for w in idioms(divisions, entries) if w not in BLOCKERS]
    current_files = sorted(source.glob("areacodes_*.txt"))
    if current_files:
        lines += ["# former names several places now share, holding another place's name (江东区 holds 东区)"]
        lines += [f"+{w}" for w in shared_old_names(source / "areacodes_result.csv", read_current(current_files[-1]),
                                                     _keys(divisions)) if w not in BLOCKERS]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(set(bs)) for bs in groups.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    n = build(args.source, args.out)
    words = build_words(args.out, args.out.with_name("words.tsv"), args.source)
    print(f"{n} divisions → {args.out}; {words} straddled words → {args.out.with_name('words.tsv')}")


if __name__ == "__main__":
    main()
