#!/usr/bin/env python3
"""Generate ``index/tagging/data/english.tsv``: the English names of the divisions.

In:  ``index/tagging/data/divisions.tsv`` (codes, levels, names, short forms) and the
     tables below: the official English names of the province-level units, the
     conventional English names of some prefectures (Harbin, Urumqi, Lhasa …) and the
     readings of place names that pinyin libraries get wrong (六安 Lu'an, 蚌埠 Bengbu,
     乐清 Yueqing, 铅山 Yanshan …).
Out: one row per division: code and its English names, ``;``-separated. A prefecture or
     county is written in pinyin from its short form (杭州 → ``Hangzhou``, 萧山 →
     ``Xiaoshan``, 泾县 → ``Jing``, ``Jingxian``), with the apostrophe before a syllable
     that opens with a vowel (``Xi'an``) and the same name without it (``Xian``). The
     level words (province, city, district, county …) are not part of the names: the
     tagger reads them after a name (see ``lawnews.index.tagging.english``).

Run: ``python scripts/build_english_names.py [--divisions FILE] [--out FILE]``
(needs ``pypinyin``, in the ``dev`` extra; the tagger reads only the generated file, which
is part of its fingerprint: an index tagged with other names is told it is outdated).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "index" / "tagging" / "data"

#: Province-level units: the names English reports use (official forms first).
PROVINCES = {
    "110000": ["Beijing"], "120000": ["Tianjin"], "130000": ["Hebei"], "140000": ["Shanxi"],
    "150000": ["Inner Mongolia", "Nei Mongol"], "210000": ["Liaoning"], "220000": ["Jilin"],
    "230000": ["Heilongjiang"], "310000": ["Shanghai"], "320000": ["Jiangsu"], "330000": ["Zhejiang"],
    "340000": ["Anhui"], "350000": ["Fujian"], "360000": ["Jiangxi"], "370000": ["Shandong"],
    "410000": ["Henan"], "420000": ["Hubei"], "430000": ["Hunan"], "440000": ["Guangdong"],
    "450000": ["Guangxi"], "460000": ["Hainan"], "500000": ["Chongqing"], "510000": ["Sichuan"],
    "520000": ["Guizhou"], "530000": ["Yunnan"], "540000": ["Tibet", "Xizang"], "610000": ["Shaanxi"],
    "620000": ["Gansu"], "630000": ["Qinghai"], "640000": ["Ningxia"], "650000": ["Xinjiang"],
    "710000": ["Taiwan"], "810000": ["Hong Kong"], "820000": ["Macao", "Macau"],
}

#: Prefectures and counties with a conventional English name other than (or beside)
#: their pinyin.
CONVENTIONAL = {
    "哈尔滨": ["Harbin"], "乌鲁木齐": ["Urumqi"], "呼和浩特": ["Hohhot"], "拉萨": ["Lhasa"],
    "喀什": ["Kashgar", "Kashi"], "日喀则": ["Shigatse", "Xigaze"], "鄂尔多斯": ["Ordos"],
    "呼伦贝尔": ["Hulunbuir"], "克拉玛依": ["Karamay"], "吐鲁番": ["Turpan"], "和田": ["Hotan"],
    "阿克苏": ["Aksu"], "阿勒泰": ["Altay"], "伊犁": ["Ili"], "阿拉善": ["Alxa"], "锡林郭勒": ["Xilingol"],
    "乌兰察布": ["Ulanqab"], "巴彦淖尔": ["Bayannur"], "林芝": ["Nyingchi"], "昌都": ["Qamdo"],
    "阿里": ["Ngari"], "那曲": ["Nagqu"], "果洛": ["Golog"], "阿坝": ["Ngawa", "Aba"], "甘孜": ["Garze"],
    "兴安": ["Hinggan"], "大兴安岭": ["Da Hinggan Ling"], "博尔塔拉": ["Bortala"], "巴音郭楞": ["Bayingolin"],
    "克孜勒苏": ["Kizilsu"], "塔城": ["Tacheng"], "香格里拉": ["Shangri-La"], "满洲里": ["Manzhouli"],
    "二连浩特": ["Erenhot"], "格尔木": ["Golmud"], "德令哈": ["Delingha"],
}

#: Readings of place names that pinyin libraries get wrong (checked by hand).
READINGS = {
    "六安": "lu an", "蚌埠": "beng bu", "乐清": "yue qing", "铅山": "yan shan", "番禺": "pan yu",
    "丽水": "li shui", "重庆": "chong qing", "长沙": "chang sha", "厦门": "xia men", "乐山": "le shan",
    "单": "shan", "莘": "shen", "涡阳": "guo yang", "蔚": "yu", "东阿": "dong e", "洪洞": "hong tong",
    "尉氏": "wei shi", "歙": "she", "黄陂": "huang pi", "郫都": "pi du", "筠连": "jun lian", "荥阳": "xing yang",
    "荥经": "ying jing", "莎车": "sha che", "会理": "hui li", "乐亭": "lao ting", "乐陵": "lao ling",
    "长子": "zhang zi", "繁峙": "fan shi", "隰": "xi", "阆中": "lang zhong", "犍为": "qian wei", "郏": "jia",
    "叶": "ye", "费": "bi", "句容": "ju rong", "盱眙": "xu yi", "大冶": "da ye", "朝阳": "chao yang",
    "浚": "xun", "滑": "hua", "睢": "sui", "睢宁": "sui ning", "曲阜": "qu fu", "长治": "chang zhi",
    "长春": "chang chun", "长汀": "chang ting", "长乐": "chang le", "乐昌": "le chang", "乐平": "le ping",
    "乐东": "le dong", "乐安": "le an", "乐至": "le zhi", "乐业": "le ye", "都江堰": "du jiang yan",
    "亳州": "bo zhou", "台州": "tai zhou", "台山": "tai shan", "吉首": "ji shou", "郴州": "chen zhou",
    "济南": "ji nan", "济宁": "ji ning", "济源": "ji yuan", "沈丘": "shen qiu", "柏乡": "bai xiang",
    "大埔": "da bu", "漯河": "luo he", "解": "xie", "闻喜": "wen xi", "蠡": "li", "枞阳": "zong yang",
    "栾川": "luan chuan", "牟平": "mu ping", "中牟": "zhong mou", "眉县": "mei", "秭归": "zi gui",
    "井陉": "jing xing", "会同": "hui tong", "会东": "hui dong", "会泽": "hui ze", "会宁": "hui ning",
    "会昌": "hui chang", "巴音郭楞": "ba yin guo leng", "便": "bian", "宿州": "su zhou", "宿迁": "su qian",
    "宿松": "su song", "宿豫": "su yu", "闵行": "min hang", "六合": "lu he", "成都": "cheng du", "银川": "yin chuan", "石家庄": "shi jia zhuang",
}
#: Characters read one way in place names wherever they stand (花都 Huadu, 长宁 Changning,
#: 南乐 Nanle, 阿图什 Atushi, 曾都 Zengdu, 蚌山 Bengshan), before the readings above.
CHAR_READINGS = {"都": "du", "长": "chang", "乐": "le", "什": "shi", "曾": "zeng", "蚌": "beng"}
_APOSTROPHE_BEFORE = tuple("aoe")


def pinyin(word: str) -> tuple[str, ...]:
    """``Xi'an`` and ``Xian`` for 西安; ``Hangzhou`` for 杭州 (readings above first)."""
    syllables = READINGS.get(word, "").split() or _read(word)
    joined = syllables[0] + "".join(("'" + s) if s.startswith(_APOSTROPHE_BEFORE) else s for s in syllables[1:])
    forms = [joined.capitalize(), joined.replace("'", "").capitalize()]
    forms += [f.replace("ü", "v") for f in forms if "ü" in f]
    return tuple(dict.fromkeys(forms))


def _read(word: str) -> list[str]:
    """The syllables of a name: pypinyin's (it reads words with their neighbours),
    corrected by the readings above for every stretch of two or more characters."""
    syllables = lazy_pinyin(word, style=Style.NORMAL, v_to_u=True)
    if len(syllables) != len(word):
        return syllables
    syllables = [CHAR_READINGS.get(c, s) for c, s in zip(word, syllables)]
    for key, reading in READINGS.items():
        i = word.find(key) if len(key) >= 2 else -1
        if i >= 0:
            syllables[i:i + len(key)] = reading.split()
    return syllables


def stem(name: str, shorts: list[str]) -> str:
    """The part of a name that English keeps: the shortest short form of two or more
    characters, else the name less its level word (泾县 → 泾)."""
    two = [s for s in shorts if len(s) >= 2 and not s.endswith(("州", "县", "自治州", "自治县", "区", "旗"))]
    if two:
        return min(two, key=len)
    for suffix in ("自治县", "自治旗", "特区", "林区", "地区", "新区", "县", "区", "市", "旗", "盟"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def build(divisions: Path) -> list[tuple[str, list[str]]]:
    rows = []
    for line in divisions.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        code, level, name, _parent, short, _weak, _old = line.split("\t")
        if level == "province":
            names = PROVINCES[code]
        else:
            base = stem(name, [s for s in short.split(",") if s])
            read = pinyin(base)
            names = [*CONVENTIONAL.get(base, []), *read]
            if len(base) == 1 and name.endswith("县"):  # 泾县: Jing county, Jingxian
                names += [n + "xian" for n in read]
        rows.append((code, list(dict.fromkeys(names))))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--divisions", type=Path, default=DATA / "divisions.tsv")
    ap.add_argument("--out", type=Path, default=DATA / "english.tsv")
    args = ap.parse_args()
    rows = build(args.divisions)
    lines = ["# lawnews English names of the divisions; generated by scripts/build_english_names.py from "
             "divisions.tsv (pinyin by pypinyin, official province names, readings checked by hand)",
             "# columns: code, English names (;-separated; level words such as province, city, district are read "
             "after a name, not stored)"]
    lines += [f"{code}\t{';'.join(names)}" for code, names in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions → {args.out}")


if __name__ == "__main__":
    main()
