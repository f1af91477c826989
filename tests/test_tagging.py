"""Tagger against the gold annotations, its public interface, and its speed.

The gold articles are cut from the corpus pages here, independently of the page parser:
an article runs from its headline (when printed before it) or its first sentence to the
next article's headline or first sentence; a headline printed after its article ends it.
When a cut holds another article's anchor (interleaved columns), the text from the first
stand-alone heading line after the cut's own anchor belongs to that other article. Only
``file``, ``title``, ``first_sentence`` and ``anchor`` locate text; the labels are scored.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

import pytest

from lawnews.index.documents import Article, Section, Tags
from lawnews.index.tagging import Mention, Tagger, TextTags

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).parents[2] / "shared" / "gold" / "articles.json"
FACETS = ("provinces", "cities", "courts", "mechanisms")
TARGETS = {"provinces": 0.95, "cities": 0.90, "courts": 0.90, "mechanisms": 0.90}


# -- cutting gold articles from the pages ------------------------------------------------

def _undouble_segment(seg: str) -> str | None:
    """``湖南湖南：：`` → ``湖南：`` when the segment is a chain of doubled runs, else None."""
    n = len(seg)
    best: list[str | None] = [None] * (n + 1)
    best[n] = ""
    for i in range(n - 1, -1, -1):
        for k in range(1, (n - i) // 2 + 1):
            rest = best[i + 2 * k]
            if rest is not None and seg[i:i + k] == seg[i + k:i + 2 * k]:
                best[i] = seg[i:i + k] + rest
                break
    return best[0]


def undouble(line: str) -> str:
    """Undo the doubled glyphs of a PDF bold line (gold README, "Cleaning")."""
    segs = line.split()
    if not segs:
        return line
    undone = [_undouble_segment(s) for s in segs]
    return " ".join(undone) if all(u is not None for u in undone) else line  # type: ignore[arg-type]


class Page:
    """A cleaned page, its whitespace-free form and the map between the two."""

    def __init__(self, path: Path) -> None:
        self.lines = [undouble(line) for line in path.read_text(encoding="utf-8").splitlines()]
        self.text = "\n".join(self.lines)
        self.compact_pos = [i for i, ch in enumerate(self.text) if not ch.isspace()]
        self.compact = "".join(self.text[i] for i in self.compact_pos)
        self.headings = self._heading_lines()

    def find_all(self, s: str) -> list[int]:
        s = re.sub(r"\s+", "", s)
        return [m.start() for m in re.finditer(re.escape(s), self.compact)] if s else []

    def cut(self, start: int, end: int) -> str:
        """Cleaned text of the whitespace-free span ``[start, end)``."""
        if end <= start:
            return ""
        return self.text[self.compact_pos[start]: self.compact_pos[end - 1] + 1]

    def _heading_lines(self) -> list[int]:
        """Compact positions of stand-alone short lines without end punctuation."""
        out, pos = [], 0
        for k, line in enumerate(self.lines):
            body = re.sub(r"\s+", "", line)
            alone = (k == 0 or not self.lines[k - 1].strip()) and (k + 1 == len(self.lines) or not self.lines[k + 1].strip())
            if alone and 4 <= len(body) <= 30 and body[-1] not in "。！？；：，、…”" and "摄" not in body:
                out.append(pos)
            pos += len(body)
        return out


@dataclass
class Located:
    record: dict
    fs: int
    anchor: int
    title: tuple[int, int] | None  # compact span
    title_before: bool


def locate(page: Page, rec: dict) -> Located:
    fs_text = re.sub(r"\s+", "", rec["first_sentence"])
    for n in (len(fs_text), 30, 15):
        hits = page.find_all(fs_text[:n])
        if hits:
            break
    assert hits, f"first sentence of {rec['file']}#{rec['ordinal']} not found"
    fs = hits[0]
    (anchor,) = page.find_all(rec["anchor"])
    title, before = None, False
    if rec["title"]:
        t = re.sub(r"\s+", "", rec["title"])
        occ = page.find_all(t)
        earlier = [p for p in occ if p < fs]
        later = [p for p in occ if p > fs]
        if earlier or later:
            p = earlier[-1] if earlier else later[0]
            title, before = (p, p + len(t)), bool(earlier)
    return Located(rec, fs, anchor, title, before)


def cut_articles(page: Page, records: list[dict]) -> list[tuple[dict, Article]]:
    """The gold articles of one page as :class:`Article` objects (see module docstring)."""
    located = [locate(page, r) for r in records]
    # boundaries: (position, owner from here on or None, where the owner's text starts)
    bounds: list[tuple[int, int | None, int]] = []
    for k, loc in enumerate(located):
        bounds.append((loc.fs, k, loc.fs))
        if loc.title and loc.title_before:
            bounds.append((loc.title[0], k, loc.title[1]))
        elif loc.title:
            bounds += [(loc.title[0], None, loc.title[0]), (loc.title[1], None, loc.title[1])]
    bounds.sort()
    segments: list[tuple[int, int, int]] = []  # (start, end, owner)
    for (pos, owner, text_start), nxt in zip(bounds, bounds[1:] + [(len(page.compact), None, 0)]):
        if owner is not None and nxt[0] > text_start:
            segments += _split_foreign(page, located, text_start, nxt[0], owner)
    out = []
    for k, loc in enumerate(located):
        parts = [page.cut(s, e) for s, e, owner in segments if owner == k]
        rec = loc.record
        sections = tuple(Section(None, p) for p in parts if p.strip())
        out.append((rec, Article(id=f"{rec['file']}#{rec['ordinal']}", file=rec["file"], title=rec["title"] or "",
                                 sections=sections, ordinal=rec["ordinal"], title_is_fallback=not rec["title"])))
    return out


def _split_foreign(page: Page, located: list[Located], start: int, end: int, owner: int) -> list[tuple[int, int, int]]:
    """Give the part of a segment from a heading line up to another article's anchor to that article."""
    own = located[owner].anchor
    for j, loc in enumerate(located):
        if j != owner and start <= loc.anchor < end:
            after = own if start <= own < loc.anchor else start
            k = bisect_left(page.headings, after)
            if k < len(page.headings) and page.headings[k] < loc.anchor:
                h = page.headings[k]
                return [(start, h, owner), *_split_foreign(page, located, h, end, j)]
    return [(start, end, owner)]


def gold_records() -> list[dict]:
    if not GOLD.exists():
        pytest.skip(f"gold annotations not found at {GOLD}")
    return json.loads(GOLD.read_text(encoding="utf-8"))


def cut_gold_articles() -> list[tuple[dict, Article]]:
    records = gold_records()
    out = []
    for file in sorted({r["file"] for r in records}):
        page = Page(CORPUS / file)
        out += cut_articles(page, sorted((r for r in records if r["file"] == file), key=lambda r: r["ordinal"]))
    return out


# -- scoring ---------------------------------------------------------------------------------

def score(pairs: list[tuple[dict, Tags]]) -> tuple[dict[str, tuple[float, float]], list[str]]:
    """Micro-averaged (precision, recall) per facet, and the differences, one line each."""
    figures, diffs = {}, []
    for facet in FACETS:
        tp = fp = fn = 0
        for rec, tags in pairs:
            want, got = set(rec[facet]), set(getattr(tags, facet))
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
            if want != got:
                diffs.append(f"{rec['file'][:3]}#{rec['ordinal']} {facet}: +{sorted(got - want)} -{sorted(want - got)}")
        figures[facet] = (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
    return figures, diffs


def check_figures(figures: dict[str, tuple[float, float]], diffs: list[str], capsys: pytest.CaptureFixture, how: str) -> None:
    with capsys.disabled():
        print(f"\n[{how}] " + "  ".join(f"{f}: P={p:.3f} R={r:.3f}" for f, (p, r) in figures.items()))
        for d in diffs:
            print("   ", d)
    for facet, (p, r) in figures.items():
        assert p >= TARGETS[facet] and r >= TARGETS[facet], f"{facet}: P={p:.3f} R={r:.3f}\n" + "\n".join(diffs)


def test_gold_cut_pages(tagger: Tagger, capsys: pytest.CaptureFixture) -> None:
    pairs = [(rec, tagger.tag_article(article).tags) for rec, article in cut_gold_articles()]
    assert len(pairs) == 29
    check_figures(*score(pairs), capsys, "gold, pages cut by anchors")


def test_gold_parsed_pages(tagger: Tagger, capsys: pytest.CaptureFixture) -> None:
    try:
        from lawnews.index.ingest.pages import parse_page
    except ImportError:
        pytest.skip("lawnews.index.ingest.pages (parse_page) is not written yet")
    records = gold_records()
    pairs = []
    for file in sorted({r["file"] for r in records}):
        articles = parse_page((CORPUS / file).read_text(encoding="utf-8"), file)
        for rec in (r for r in records if r["file"] == file):
            found = [a for a in articles if rec["anchor"] in re.sub(r"\s+", "", a.text)]
            if found:
                pairs.append((rec, tagger.tag_article(found[0]).tags))
            else:
                pairs.append((rec, Tags()))  # an article the parser lost counts as all missed
    check_figures(*score(pairs), capsys, "gold, pages parsed by parse_page")


def test_cut_articles_hold_their_anchor_and_first_sentence() -> None:
    for rec, article in cut_gold_articles():
        body = re.sub(r"\s+", "", article.text)
        assert rec["anchor"] in body, article.id
        assert re.sub(r"\s+", "", rec["first_sentence"])[:15] in body, article.id


# -- interface -----------------------------------------------------------------------------

def test_tag_text_mentions_carry_spans(tagger: Tagger) -> None:
    text = "湖南高院将该案指令交叉至湘乡\n法院执行。12月19日，在长沙市芙蓉\n\n区人民法院召开的兑现大会上"
    tt = tagger.tag_text(text)
    assert isinstance(tt, TextTags)
    for m in tt.mentions:
        assert isinstance(m, Mention)
        assert re.sub(r"\s+", "", text[m.start:m.end]) == re.sub(r"\s+", "", m.text)
    courts = {m.value: m.level for m in tt.courts}
    assert courts == {"湖南省高级人民法院": "高级", "湘乡市人民法院": "基层", "长沙市芙蓉区人民法院": "基层"}
    assert tt.provinces == ("湖南省",)
    assert set(tt.cities) == {"湘潭市", "长沙市"}
    assert "交叉执行" in tt.mechanisms
    data = tt.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert data["courts"][0] == {"name": "湖南省高级人民法院", "level": "高级"}
    assert {"provinces", "cities", "counties", "courts", "mechanisms", "about", "mentions"} <= set(data)


@pytest.mark.parametrize("facet, typed, canonical", [
    ("province", "湖北", "湖北省"), ("province", "湖北省", "湖北省"), ("province", "广西", "广西壮族自治区"),
    ("province", "内蒙古", "内蒙古自治区"), ("province", "北京", "北京市"), ("province", "火星", None),
    ("city", "荆州", "荆州市"), ("city", "黄南州", "黄南藏族自治州"), ("city", "海南州", "海南藏族自治州"),
    ("city", "吉林", "吉林市"), ("city", "北京", "北京市"), ("city", "石门", None),
    ("court", "荆州中院", "荆州市中级人民法院"), ("court", "湖南高院", "湖南省高级人民法院"),
    ("court", "石门法院", "石门县人民法院"), ("court", "石门县人民法院", "石门县人民法院"),
    ("court", "芙蓉区法院", "长沙市芙蓉区人民法院"), ("court", "最高人民法院", "最高人民法院"),
    ("court", "长沙知识产权法庭", "长沙知识产权法庭"), ("court", "湖南法院", None),
    ("mechanism", "执行转破产", "执转破"), ("mechanism", "执转破", "执转破"), ("mechanism", "网拍", "司法拍卖"),
    ("mechanism", "量子纠缠", None),
])
def test_resolve(tagger: Tagger, facet: str, typed: str, canonical: str | None) -> None:
    assert tagger.resolve(facet, typed) == canonical


COURTS = [
    ("北京市第一中级人民法院", [("北京市第一中级人民法院", "中级")]),
    ("上海金融法院、广州互联网法院、武汉海事法院", [("上海金融法院", "专门"), ("广州互联网法院", "基层"), ("武汉海事法院", "专门")]),
    ("长沙知识产权法庭", [("长沙知识产权法庭", "专门")]),
    ("最高法发布典型案例", [("最高人民法院", "最高")]),
    ("浙江高院、杭州中院", [("浙江省高级人民法院", "高级"), ("杭州市中级人民法院", "中级")]),
    ("杭州市西湖区人民法院", [("杭州市西湖区人民法院", "基层")]),
    ("西湖区法院", []),  # 西湖区 in 杭州 and 南昌
    ("重庆市渝中区人民法院", [("重庆市渝中区人民法院", "基层")]),
    ("湖南省人民检察院、长沙市公安局", []),  # not courts
    ("湖南法院、全省法院、我省法院", []),  # the courts of a province as a whole
    ("荆州法院、巴中市法院", [("荆州市中级人民法院", "中级"), ("巴中市中级人民法院", "中级")]),  # a city's: its 中院
    ("普洱两级法院上线网络司法拍卖", [("普洱市中级人民法院", "中级")]),
    ("沿河自治县人民法院", [("沿河土家族自治县人民法院", "基层")]),
    ("执行指挥中心在通江县沙溪法庭建立", [("通江县人民法院", "基层")]),
    ("商丘两级法院", [("商丘市中级人民法院", "中级")]),
    ("海口市、区两级法院", [("海口市中级人民法院", "中级")]),
    ("调动公安县、沙市区两地法院执行力量", [("公安县人民法院", "基层"), ("荆州市沙市区人民法院", "基层")]),
    ("在石门县维新镇，维新法庭执行干警", [("石门县人民法院", "基层")]),
    ("浏阳市法院园区法庭", [("浏阳市人民法院", "基层")]),
    ("宁乡县人民法院", [("宁乡市人民法院", "基层")]),
    ("黄南州中级人民法院", [("黄南藏族自治州中级人民法院", "中级")]),
    ("石门县法院", [("石门县人民法院", "基层")]),
    ("仙桃市人民法院", [("仙桃市人民法院", "基层")]),
]


@pytest.mark.parametrize("text, courts", COURTS, ids=[f"court{i}" for i, _ in enumerate(COURTS, 1)])
def test_courts(tagger: Tagger, text: str, courts: list[tuple[str, str]]) -> None:
    assert [(m.value, m.level) for m in tagger.tag_text(text).courts] == courts


def test_bare_court_words_take_the_text_place(tagger: Tagger) -> None:
    about = tagger.tag_text("湖南全省法院推进诉源治理。省高院牵头完善诉源治理机制建设。").about
    assert about.courts == ("湖南省高级人民法院",)
    about = tagger.tag_text("荆州法院推进交叉执行，中院执行局统筹协调。").about
    assert about.courts == ("荆州市中级人民法院",)


def test_a_bare_intermediate_court_is_the_one_named_before_it(tagger: Tagger) -> None:
    about = tagger.tag_text("5月6日，长春林区中级法院召开执行工作会议。中院执行干警在主会场参会。").about
    assert about.courts == ("长春林区中级法院",)
    about = tagger.tag_text("长春市召开会议。中院执行局通报了执行工作情况。").about
    assert about.courts == ("长春市中级人民法院",)


def test_a_prefecture_collective_is_not_a_county_of_the_same_name(tagger: Tagger) -> None:
    about = tagger.tag_text("凉山中院印发《关于开展全州法院执行攻坚行动的方案》，全州法院迅速行动。").about
    assert about.courts == ("凉山彝族自治州中级人民法院",) and about.provinces == ("四川省",)
    about = tagger.tag_text("广西桂林市全州法院开展集中执行。").about
    assert about.courts == ("全州县人民法院",)


@pytest.mark.parametrize("text, courts", [
    ("按照省委、省高院的统一部署，宁乡法院开展“雷霆”专项行动。", ("宁乡市人民法院",)),
    ("为贯彻落实最高法、省法院部署要求，荆州中院启动专项行动。", ("荆州市中级人民法院",)),
    ("在湖南高院的指导下，石门法院推进执转破。", ("石门县人民法院",)),
    ("依据《最高人民法院关于限制被执行人高消费的若干规定》，浏阳市法院对其限制高消费。", ("浏阳市人民法院",)),
    ("湖南高院按照最高人民法院的部署开展交叉执行。", ("湖南省高级人民法院",)),
])
def test_a_court_only_referred_to_does_not_act(tagger: Tagger, text: str, courts: tuple[str, ...]) -> None:
    assert tagger.tag_text(text).about.courts == courts


@pytest.mark.parametrize("text, courts", [
    # the issuer printed before the title it issued: a reference to the document
    ("根据福建高院《关于规范诉讼保全的意见》，泉州中院解除了对厂房的查封。", ("泉州市中级人民法院",)),
    ("最高人民法院、最高人民检察院《关于办理拒执刑事案件的解释》明确了立案标准。"
     "最高人民法院、最高人民检察院《关于办理拒执刑事案件的解释》施行后，"
     "最高人民法院、最高人民检察院《关于办理拒执刑事案件的解释》适用广泛。", ()),
    ("该规定经最高人民法院审判委员会第1657次会议通过。最高人民法院审判委员会第1700次会议又作修改。"
     "最高人民法院审判委员会第1800次全体会议再作修改。长沙中院据此执行。", ("长沙市中级人民法院",)),
])
def test_a_court_as_the_issuer_of_a_document_named_after_it_does_not_act(
        tagger: Tagger, text: str, courts: tuple[str, ...]) -> None:
    assert tagger.tag_text(text).about.courts == courts


@pytest.mark.parametrize("text, courts", [
    # issuing a document is the court's act: a verb between the court and the title
    ("河南高院出台《关于加强执行联动的意见》，要求全省法院落实。", ("河南省高级人民法院",)),
    ("金昌中院联合市政府制定了《关于建立府院联动机制的实施意见》。", ("金昌市中级人民法院",)),
])
def test_a_court_issuing_a_document_acts(tagger: Tagger, text: str, courts: tuple[str, ...]) -> None:
    assert tagger.tag_text(text).about.courts == courts


def test_the_supreme_court_counts_without_the_mentions_that_refer_to_it(tagger: Tagger) -> None:
    text = ("认真贯彻落实最高人民法院工作部署。在最高人民法院正确指导下，全省法院攻坚克难。"
            "最高人民法院强调要提高效率。贵州高院召开会议。")
    assert tagger.tag_text(text).about.courts == ("贵州省高级人民法院",)


def test_supreme_court_counts_only_when_it_acts(tagger: Tagger) -> None:
    assert tagger.tag_text("为了落实最高人民法院的要求，宁乡法院开展普法直播。").about.courts == ("宁乡市人民法院",)
    title = Article(id="a#1", file="a", title="最高人民法院召开执行工作推进会",
                    sections=(Section(None, "最高人民法院今日召开执行工作推进会，部署下一阶段工作。"),))
    assert tagger.tag_article(title).tags.courts == ("最高人民法院",)
    # publishing cases, it is only their publisher (tests/test_courts_supreme_publishing.py)
    published = Article(id="b#1", file="b", title="最高人民法院发布执行典型案例",
                        sections=(Section(None, "最高人民法院今日发布十件执行典型案例。"),))
    assert tagger.tag_article(published).tags.courts == ()


MECHANISMS = [
    ("充分运用诉前调解、执前调解，灵活运用保全措施。", ()),  # words in a list
    ("同时创新“执破融合”机制，有效提升执行效率。", ()),  # one clause
    ("石门法院推进执转破工作。三年来，石门法院已成功移送“执转破”案件24件。", ("执转破",)),
    ("严厉打击抗拒执行、逃避执行行为，判处刑罚91人。", ("拒执打击",)),  # a governing form with a figure
    ("对抗拒执行人重拳出击，达到了预期目标。对抗拒执行人依法拘留。", ()),  # 拒执 inside 抗拒执行
    ("坚持“枫桥经验”，化解矛盾纠纷500余件。依托“枫桥经验”做实诉调对接。", ("诉源治理",)),
    ("坚持和发展新时代“枫桥经验”。推广“枫桥经验”。", ()),  # not about disputes
    ("道路入口设置限高杆，限高杆高度2.5米。", ()),
    ("石门法院启动“夏日风暴”集中执行行动，执行到位金额349.78万元。", ("集中执行",)),
    ("对580家企业采取“活封”“活扣”等措施，及时修复企业信用。", ("善意文明执行",)),
]


@pytest.mark.parametrize("text, labels", MECHANISMS, ids=[f"mech{i}" for i, _ in enumerate(MECHANISMS, 1)])
def test_mechanisms(tagger: Tagger, text: str, labels: tuple[str, ...]) -> None:
    assert tagger.tag_text(text).about.mechanisms == labels


def test_city_province_and_synonyms(tagger: Tagger) -> None:
    assert tagger.city_province("荆州市") == "湖北省"
    assert tagger.city_province("黄南藏族自治州") == "青海省"
    assert tagger.city_province("不存在市") is None
    syn = tagger.synonyms("执转破")
    assert syn[:3] == ["执行转破产", "执破融合", "移送破产"] and "执转破" not in syn
    assert "执转破" in tagger.synonyms("执破融合")
    assert tagger.synonyms("量子纠缠") == []


def test_default_is_cached_and_fingerprinted(tagger: Tagger) -> None:
    assert Tagger.default() is tagger
    assert re.fullmatch(r"[0-9a-f]{16}", tagger.fingerprint)
    assert Tagger().fingerprint == tagger.fingerprint


def test_user_taxonomy_extends_or_replaces(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('extends = "default"\n[[mechanism]]\nlabel = "执行悬赏"\nsynonyms = ["悬赏公告"]\n'
                     '[[mechanism]]\nlabel = "执转破"\nsynonyms = ["执破衔接"]\n', encoding="utf-8")
    t = Tagger(taxonomy=extra)
    assert t.resolve("mechanism", "悬赏公告") == "执行悬赏"
    assert t.resolve("mechanism", "执破衔接") == "执转破" and t.resolve("mechanism", "网拍") == "司法拍卖"
    assert t.fingerprint != Tagger.default().fingerprint
    only = tmp_path / "only.toml"
    only.write_text('[[mechanism]]\nlabel = "执行悬赏"\nsynonyms = ["悬赏公告"]\n', encoding="utf-8")
    t = Tagger(taxonomy=only)
    assert t.resolve("mechanism", "网拍") is None
    tt = t.tag_text("法院发布悬赏公告，悬赏金额5万元。当日又发布悬赏公告两则。")
    assert tt.about.mechanisms == ("执行悬赏",)


def test_tag_article_fills_article_and_section_tags(tagger: Tagger) -> None:
    article = Article(
        id="x#1", file="x.txt", title="荆州中院推进交叉执行",
        sections=(
            Section(None, "荆州市中级人民法院深入推进交叉执行，上半年办理交叉执行案件371件。"),
            Section("执破融合", "石首市人民法院推进执转破，移送破产案件12件，执行转破产工作成效明显。"),
        ),
        captions=("公安县人民法院执行干警在现场。",),
    )
    tagged = tagger.tag_article(article)
    assert tagged.tags.provinces == ("湖北省",) and tagged.tags.cities == ("荆州市",)
    assert set(tagged.tags.courts) == {"荆州市中级人民法院", "石首市人民法院", "公安县人民法院"}
    assert set(tagged.tags.mechanisms) == {"交叉执行", "执转破"}
    first, second = tagged.sections
    assert first.tags.mechanisms == ("交叉执行",) and first.tags.courts == ("荆州市中级人民法院",)
    assert second.tags.mechanisms == ("执转破",) and second.tags.courts == ("石首市人民法院",)


def test_meta_province_is_the_article_province(tagger: Tagger) -> None:
    article = Article(id="s#1", file="s.jsonl", title="关于加强执行工作的决定",
                      sections=(Section(None, "各级人民法院应当加强执行工作。"),), meta={"province": "湖南"})
    assert tagger.tag_article(article).tags.provinces == ("湖南省",)
    article = Article(id="s#2", file="s.jsonl", title="黄河河道管理条例",
                      sections=(Section(None, "河南省人民政府与本省人民政府协商，济南市河务部门与郑州市河务部门共同管理。"),),
                      meta={"province": "山东省"})
    tags = tagger.tag_article(article).tags
    assert tags.provinces == ("山东省",) and tags.cities == ("济南市",)


@pytest.mark.parametrize("text, courts", [
    ("通江县推进诉源治理。沙溪法庭法官深入村组调解纠纷。", ("通江县人民法院",)),
    ("长沙县星沙人民法庭开庭审理一起借贷纠纷。", ("长沙县人民法院",)),
    ("宁乡市共享法庭揭牌成立。", ()),  # a kind of tribunal, not a town's
    ("湘乡市推进诉源治理，少年法庭开庭审理。", ()),
])
def test_a_tribunal_folds_into_the_court_of_the_one_county_named(tagger: Tagger, text: str,
                                                                   courts: tuple[str, ...]) -> None:
    assert tagger.tag_text(text).about.courts == courts


def test_traditional_characters_are_tagged_as_their_simplified_forms(tagger: Tagger) -> None:
    text = "石門縣人民法院開展「夏日風暴」集中執行行動，出動幹警50人，執結案件30件。湖南高院推進執行聯動。"
    tags = tagger.tag_text(text)
    assert tags.about.courts == ("石门县人民法院", "湖南省高级人民法院")
    assert tags.about.provinces == ("湖南省",) and tags.about.cities == ("常德市",)
    assert tags.about.mechanisms == ("集中执行",)
    court = tags.mentions[0]
    assert (court.value, court.text, text[court.start:court.end]) == ("石门县人民法院", "石門縣人民法院", "石門縣人民法院")


def test_simplified_folds_traditional_characters_only() -> None:
    from lawnews.index.analysis.fold import simplified
    assert simplified("石門縣法院，第１庭") == "石门县法院，第１庭"  # full-width forms kept, same length
    text = "石门县法院，第１庭"
    assert simplified(text) is text


def test_a_character_simplified_names_print_is_not_folded(tagger: Tagger) -> None:
    # 乾 is the traditional form of 干 in most words, but 乾县 and 乾安县 print it in simplified text
    assert tagger.tag_text("乾安县人民法院开展集中执行。").about.courts == ("乾安县人民法院",)
    assert tagger.tag_text("乾安縣人民法院開展集中執行。").about.courts == ("乾安县人民法院",)
    assert tagger.tag_text("乾县人民法院召开会议。").about.courts == ("乾县人民法院",)


def test_ruby_pinyin_printed_into_an_article_does_not_hide_its_court_and_region(tmp_path: Path) -> None:
    # sites that copy news in traditional characters print pinyin after some of them
    page = tmp_path / "ruby.txt"
    page.write_text("深夜突擊執(zhí)行\n\n本報訊 近日,荊(jīng)州(zhōu)市中級(jí)人民法院執(zhí)行局幹(gàn)警"
                    "凌晨出動(dòng),對(duì)拒不履行的被執(zhí)行人開展突擊執(zhí)行,當場(chǎng)拘傳(chuán)被執(zhí)行人3名。\n",
                    encoding="utf-8")
    import lawnews

    (article,) = lawnews.parse(page)
    assert article.tags.courts == ("荆州市中级人民法院",)
    assert (article.tags.provinces, article.tags.cities) == (("湖北省",), ("荆州市",))
