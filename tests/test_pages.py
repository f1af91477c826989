"""Page parsing against the hand-annotated gold, re-wrapped variants and small pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lawnews.index.ingest.clean import ends_sentence, is_letter_spaced, is_name_list, page_lines, undouble
from lawnews.index.documents import Article
from lawnews.index.ingest.pages import fallback_title, parse_page

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "articles.json"
PAGES = sorted(CORPUS.glob("*.txt"))
FIXTURES = ROOT / "tests" / "data" / "pages"


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def parse_file(path: Path) -> list[Article]:
    return parse_page(path.read_text(encoding="utf-8"), path.name)


@pytest.fixture(scope="module")
def parsed() -> dict[str, list[Article]]:
    return {path.name: parse_file(path) for path in PAGES}


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    if not GOLD.exists():
        pytest.skip(f"gold annotations not found at {GOLD}")
    return json.loads(GOLD.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- gold


def check_record(record: dict, articles: list[Article]) -> dict[str, bool]:
    """Each gold field of one record: passed or not."""
    anchor = squash(record["anchor"])
    holders = [a for a in articles if anchor in squash(a.text)]
    found = holders[0] if len(holders) == 1 else None
    ok = {"anchor": found is not None and found.ordinal == record["ordinal"]}
    article = next((a for a in articles if a.ordinal == record["ordinal"]), None)
    if article is None:
        return {**ok, "title": False, "first_sentence": False, "sections": False}
    if record["title"] is None:
        ok["title"] = article.title_is_fallback
    else:
        ok["title"] = not article.title_is_fallback and squash(article.title) == squash(record["title"])
    ok["first_sentence"] = squash(article.text).startswith(squash(record["first_sentence"]))
    headings = [s.heading for s in article.sections if s.heading is not None]
    ok["sections"] = [squash(h) for h in headings] == [squash(h) for h in record["sections"]]
    return ok


def test_gold_records_all_pass(parsed, gold):
    scores: dict[str, int] = {}
    failures = []
    for record in gold:
        result = check_record(record, parsed[record["file"]])
        for name, passed in result.items():
            scores[name] = scores.get(name, 0) + passed
        if not all(result.values()):
            failures.append((record["file"], record["ordinal"], [k for k, v in result.items() if not v]))
    counts = {}
    for record in gold:
        counts[record["file"]] = counts.get(record["file"], 0) + 1
    scores["articles per file"] = sum(len(parsed[f]) == n for f, n in counts.items())
    print("\ngold score:", ", ".join(f"{k} {v}/{len(counts) if k == 'articles per file' else len(gold)}"
                                     for k, v in scores.items()))
    assert not failures, failures
    assert scores["articles per file"] == len(counts), {f: len(parsed[f]) for f in counts}


def test_gold_bylines_and_subtitles(parsed, gold):
    for record in gold:
        article = next(a for a in parsed[record["file"]] if a.ordinal == record["ordinal"])
        assert squash(article.byline) == squash(record["byline"]), (record["file"], record["ordinal"])
        assert squash(article.subtitle) == squash(record["subtitle"]), (record["file"], record["ordinal"])


def test_articles_are_well_formed(parsed):
    for name, articles in parsed.items():
        assert [a.ordinal for a in articles] == list(range(1, len(articles) + 1))
        for a in articles:
            assert a.id == f"{name[:-4]}#{a.ordinal}" and a.file == name
            assert a.title and len(a.title) <= (30 if a.title_is_fallback else 80)
            assert a.sections and all(s.text or s.heading for s in a.sections)
            assert a.tags.provinces == ()
            for caption in a.captions:
                assert squash(caption) not in squash(a.text)


def test_every_body_character_belongs_to_one_article(parsed):
    for articles in parsed.values():
        bodies = [squash(a.text) for a in articles]
        for i, body in enumerate(bodies):
            probe = body[len(body) // 2: len(body) // 2 + 12]
            assert sum(probe in other for other in bodies) == 1, probe


# ---------------------------------------------------------------- clean corpus


#: Two doubled runs in a row (``湖南湖南：：``, ``执行干执行干警前往警前往``), with or without punctuation.
DOUBLED_RUNS = [
    re.compile(r"(\w\w?)\1(\w\w?)\2"),
    re.compile(r"([\u4e00-\u9fff，。：、“”.]{1,3})\1([\u4e00-\u9fff，。：、“”.]{1,3})\2"),
]


def all_text(articles: list[Article]) -> str:
    parts = []
    for a in articles:
        parts += [a.title, a.subtitle or "", a.byline or "", *a.captions]
        parts += [s.heading or "" for s in a.sections] + [a.text]
    return "\n".join(parts)


def test_no_doubled_glyph_artifacts(parsed):
    text = "\n".join(all_text(articles) for articles in parsed.values())
    for artifact in ("执行有力执行有力", "湖南湖南", "20242024", "：：", "，，", "。。", "摄摄", "本报记者本报记者"):
        assert artifact not in text
    raw = (CORPUS / "001_8969ffdc580c6263.txt").read_text(encoding="utf-8")
    for pattern in DOUBLED_RUNS:
        assert pattern.search(raw)  # the pattern does find the artifact
        assert not pattern.search(text), pattern.search(text)
    assert "35.5万件" in text and "859.9亿元" in text


def test_no_letter_spacing_survives(parsed):
    for articles in parsed.values():
        for a in articles:
            for part in [a.text, *a.captions, a.title]:
                assert not re.search(r"(?:^|[\s])[\u4e00-\u9fff] [\u4e00-\u9fff](?:\s|$)", part), part
                assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", part), part
    body = squash(all_text(parsed["001_8969ffdc580c6263.txt"]))
    assert "常态化开展涉诉涉执企业走访" in body and "以公司周转" in body


def test_numbers_are_kept(parsed):
    text = all_text(parsed["001_8969ffdc580c6263.txt"])
    for number in ("35.5万件", "98.82亿元", "1.09亿余元", "59748.04元", "6.36万"):
        assert number in text


# ---------------------------------------------------------------- re-wrapped variants

WIDTHS = (12, 18, 22, 30)
#: Lines that open a paragraph of their own in the raw pages.
MARKER = re.compile(r"^(?:[#□■▲◀]|本报讯|图[①②为]|——|（.*）$|\S+ 摄$)")


def rewrap(raw: str, width: int, eol: str = "\r\n") -> str:
    """``raw`` with its body paragraphs re-wrapped at ``width`` characters a line.

    A body paragraph runs from a line that opens one (after a sentence end, a marker,
    an indentation) through its wraps, blank-line wraps included, to a sentence end;
    it is joined and cut again every ``width`` characters. What typesetting puts
    outside the column stays as printed: blocks that never end a sentence (headlines,
    headings, bylines, credits), lines wider than the column that stand alone
    (captions), and the doubled bold lines of a PDF page, whose glyph pairs a re-cut
    would break. A page that indents paragraphs and wraps across blank lines keeps
    both habits.
    """
    lines = [piece for line in page_lines(raw) for piece in re.split(r"\s+(?=本报讯（)", line)]
    lengths = sorted(len(line.strip()) for line in lines if len(line.strip()) > 8)
    column = lengths[len(lengths) // 2] if lengths else 0
    hard = column < 60
    indented = sum(line.startswith("\u3000") for line in lines) >= 3
    blank_wrapped = indented and sum(not line.strip() for line in lines) > len(lines) / 3

    def full(line: str) -> bool:
        if is_letter_spaced(line) and not is_name_list(line):
            return True
        return len(line) >= 0.8 * column if hard else len(line) > 36

    blocks: list[tuple[str, list[str], bool]] = []  # (indent, lines, re-wrap)
    para: list[str] = []
    indent, gap = "", 0
    for line in lines + [""]:
        text = line.strip()
        if not text:
            gap += 1
            continue
        wide = hard and len(text) > 1.3 * column and (ends_sentence(text) or text.endswith("摄"))
        verbatim = undouble(text) is not None or (wide and (not para or ends_sentence(para[-1])))
        if para:
            prev, joined = para[-1], "".join(para)
            gap = max(0, gap - 1) if blank_wrapped else gap
            new = bool(MARKER.match(text)) or (indented and line.startswith(("\u3000", "  ")))
            if ends_sentence(prev):
                new = new or gap > 0 or indented or not full(prev)
            elif len(joined) <= 36 and not prev.endswith(("，", "、", "：", "；")):
                new = new or (gap > 0 and not full(prev))
            if new or verbatim or undouble(prev) is not None:
                blocks.append((indent, para, ends_sentence(para[-1])))
                para = []
        gap_before, gap = gap, 0
        if verbatim:
            if blocks and not blocks[-1][2] and undouble(blocks[-1][1][-1]) is not None and not gap_before:
                blocks[-1][1].append(text)
            else:
                blocks.append(("", [text], False))
            continue
        if not para:
            indent = "\u3000\u3000" if indented and line.startswith(("\u3000", "  ")) else ""
        para.append(text)
    if para:
        blocks.append((indent, para, ends_sentence(para[-1])))

    out = []
    for indent, para, wrap in blocks:
        text = "".join(para)
        pieces = cut(indent + text, width) if wrap else [indent + para[0], *para[1:]]
        out.append(("\n\n" if blank_wrapped else "\n").join(pieces))
    return ("\n\n".join(out) + "\n").replace("\n", eol)


def cut(text: str, width: int) -> list[str]:
    """``text`` in lines of ``width`` characters, never splitting a Latin word or a number."""
    lines = []
    while len(text) > width:
        at = width
        while at > 0 and re.match(r"[0-9A-Za-z.%]{2}", text[at - 1:at + 1]):
            at -= 1
        at = at or width
        lines.append(text[:at])
        text = text[at:]
    return lines + [text] if text else lines


def signature(articles: list[Article]) -> list[tuple[str, str, str]]:
    return [(squash(a.title), squash(a.text), squash("".join(a.captions))) for a in articles]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES, ids=[p.name[:3] for p in PAGES])
def test_rewrapped_pages_parse_to_the_same_articles(path, width, parsed):
    variant = rewrap(path.read_text(encoding="utf-8"), width)
    assert "\r\n" in variant
    assert signature(parse_page(variant, path.name)) == signature(parsed[path.name])


@pytest.mark.parametrize("path", PAGES, ids=[p.name[:3] for p in PAGES])
def test_line_endings_and_bom_do_not_matter(path, parsed):
    raw = path.read_text(encoding="utf-8")
    for variant in ("\ufeff" + raw.replace("\n", "\r\n"), raw.replace("\n", "\r")):
        assert signature(parse_page(variant, path.name)) == signature(parsed[path.name])


@pytest.mark.parametrize("path", PAGES, ids=[p.name[:3] for p in PAGES])
def test_rewrap_helper_really_rewraps(path):
    raw = path.read_text(encoding="utf-8")
    for width in WIDTHS:
        lines = rewrap(raw, width, "\n").splitlines()
        assert sum(len(line) == width for line in lines) > 100
        assert sum(len(line) > width for line in lines) < 50  # kept as printed


# ---------------------------------------------------------------- small pages


def test_fixture_pages():
    for path in sorted(FIXTURES.glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        articles = parse_file(path)
        got = [
            {
                "title": a.title,
                "fallback": a.title_is_fallback,
                "byline": a.byline,
                "sections": [s.heading for s in a.sections if s.heading],
                "captions": len(a.captions),
                "body_starts": a.text[:10],
            }
            for a in articles
        ]
        assert got == expected, path.name


def test_fallback_title_is_a_clipped_lead_sentence():
    assert fallback_title("图① 11月28日，民警开展冬季安全防范宣传。后文。") == "11月28日，民警开展冬季安全防范宣传"
    long = "交叉执行是最高人民法院贯彻落实党的二十届三中全会精神、持续推进执行改革的重要举措，也是重点。"
    assert fallback_title(long) == "交叉执行是最高人民法院贯彻落实党的二十届三中全会精神"
    assert len(fallback_title("一" * 80)) <= 30


def test_empty_page():
    assert parse_page("", "x.txt") == []
    assert parse_page("\ufeff\r\n\r\n", "x.txt") == []


def test_a_jump_line_stays_in_its_article_and_starts_none():
    text = (
        "法院创新执行机制\n\n"
        "3月5日，某某法院召开新闻发布会，通报执行工作情况。\n\n"
        "今年以来，全院共执结案件1200件，执行到位金额3.5亿元。\n\n"
        "（下转第4版）\n\n"
        "强化司法保障服务大局\n\n"
        "近日，某某中院出台意见，为优化营商环境提供司法保障。\n\n"
        "意见共二十条，涵盖立案、审判、执行各环节。（转第6版）\n\n"
        "（上接第1版）\n\n"
        "会议还要求，各级法院要加强执行信息化建设。\n"
    )
    articles = parse_page(text, "p.txt")
    assert [a.title for a in articles] == ["法院创新执行机制", "强化司法保障服务大局", articles[2].title]
    assert articles[0].sections[-1].text.endswith("执行到位金额3.5亿元。\n（下转第4版）")
    assert articles[1].sections[-1].text.endswith("执行各环节。（转第6版）")
    assert articles[2].sections[0].text == "（上接第1版）\n会议还要求，各级法院要加强执行信息化建设。"


def test_a_text_going_on_from_another_page_is_titled_by_its_first_sentence_not_its_jump_line():
    text = "（上接第1版）\n会议还要求，各级法院要加强执行信息化建设，切实提升执行工作质效。\n"
    [article] = parse_page(text, "p.txt")
    assert article.title == "会议还要求，各级法院要加强执行信息化建设"
    assert article.sections[0].text.startswith("（上接第1版）\n会议还要求")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_under_a_jump_line_is_a_part_of_the_text_going_on_never_glued_to_the_jump(gap):
    text = (f"(上接第一版){gap}(三)强化执行信息化建设{gap}"
            "4. 各级法院要加强执行信息化建设，切实提升执行工作质效，推动执行案件网上办理。\n"
            "5. 健全执行联动机制，与公安、不动产登记等部门实现信息共享。\n")
    [article] = parse_page(text, "p.txt")
    assert "上接" not in article.title and "强化执行信息化建设" not in article.title
    assert [s.heading for s in article.sections] == [None, "(三)强化执行信息化建设"]
    assert article.sections[0].text == "(上接第一版)"
    assert article.sections[1].text.startswith("4. 各级法院") and article.sections[1].text.endswith("信息共享。")


# ---------------------------------------------------------------- short lines: nothing lost

LEAD_A = "近日，某区人民法院组织开展集中执行行动，共执结案件二十余件，执行到位金额三百余万元。"
LEAD_B = "该院执行局负责人表示，将继续保持高压态势，依法惩戒拒不履行义务的被执行人。"
#: Runs of short lines that are no sentence: a list of names, a table of figures.
SHORT_RUNS = {
    "names": ("张三丰", "李四光明", "王五六七八"),
    "figures": ("收案一千二百件", "结案九百八十件", "执行到位三亿元"),
    "one": ("参与干警名单",),
    "four": ("一庭 三十件", "二庭 四十件", "三庭 二十件", "四庭 五十件"),
}
#: What follows the run: (Markdown page?, the lines after it).
AFTER = {
    "md-h1": (True, ["# 某县法院化解一批执行积案", LEAD_B]),
    "md-h2": (True, ["## 执行攻坚", LEAD_B]),
    "md-h3": (True, ["### 执行攻坚", LEAD_B]),
    "md-lead": (True, ["本报讯（记者 赵六）" + LEAD_B]),
    "md-end": (True, []),
    "plain-headline": (False, ["某县法院化解一批执行积案", "本报讯（记者 赵六）" + LEAD_B]),
    "plain-lead": (False, ["本报讯（记者 赵六）" + LEAD_B]),
    "plain-body": (False, [LEAD_B]),
    "plain-end": (False, []),
}


def short_lines_page(run: tuple[str, ...], after: str, sep: str) -> str:
    markdown, rest = AFTER[after]
    head = "# 某区法院开展集中执行行动" if markdown else "某区法院开展集中执行行动"
    return sep.join([head, LEAD_A, *run, *rest]) + "\n"


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank", "tight"])
@pytest.mark.parametrize("after", list(AFTER))
@pytest.mark.parametrize("run", list(SHORT_RUNS))
def test_short_lines_before_a_heading_a_lead_or_the_page_end_are_kept(run, after, sep):
    from support import han, kept_han

    text = short_lines_page(SHORT_RUNS[run], after, sep)
    articles = parse_page(text, "short.md")
    assert kept_han(articles) + han("本报讯" * text.count("本报讯（")) == han(text), [
        (a.title, [(s.heading, s.text) for s in a.sections]) for a in articles]


def test_short_lines_before_a_markdown_heading_stay_text_of_their_article():
    """A Markdown page marks its headings with ``#``: its plain short lines are text."""
    text = short_lines_page(SHORT_RUNS["names"], "md-h2", "\n\n")
    [article] = parse_page(text, "short.md")
    assert [s.heading for s in article.sections] == [None, "执行攻坚"]
    assert article.sections[0].text.split("\n") == [LEAD_A, *SHORT_RUNS["names"]]


def random_page(rng) -> str:
    """A page of one to three articles: headlines (Markdown or plain), credits, lead-ins,
    sections, and runs of short lines anywhere between paragraphs and at the end."""
    heads = ["某区法院开展集中执行行动", "某县法院化解一批执行积案", "多措并举守护群众权益", "执行干警走进企业"]
    body = [LEAD_A, LEAD_B, "据了解，今年以来该院共受理执行案件三千余件，执结率明显提升。", "下一步，该院将持续深化执源治理工作。"]
    short = [line for run in SHORT_RUNS.values() for line in run]
    credits = ["□ 本报记者 赵六", "□ 本报记者 孙七 □ 本报通讯员 周八"]
    markdown = rng.random() < 0.5
    lines: list[str] = []
    for _ in range(rng.randint(1, 3)):
        lines.append(("# " if markdown else "") + rng.choice(heads))
        if rng.random() < 0.3:
            lines.append(rng.choice(credits))
        lead = rng.random() < 0.3
        for j in range(rng.randint(1, 3)):
            if rng.random() < 0.4:
                lines += rng.sample(short, rng.randint(1, 4))
            if markdown and rng.random() < 0.3 and not (lead and j == 0):
                lines.append(rng.choice(["## ", "### "]) + rng.choice(["执行攻坚", "机制创新"]))
            lines.append(("本报讯（记者 赵六）" if lead and j == 0 else "") + rng.choice(body))
        if rng.random() < 0.3:
            lines += rng.sample(short, rng.randint(1, 3))
    return rng.choice(["\n", "\n\n"]).join(lines) + "\n"


def test_no_text_is_lost_or_doubled_on_random_pages_with_short_lines():
    import random

    from support import han, kept_han

    rng = random.Random(20240506)
    for _ in range(400):
        text = random_page(rng)
        articles = parse_page(text, "random.md")
        assert kept_han(articles) + han("本报讯" * text.count("本报讯（")) == han(text), text


def test_a_sentence_with_short_lines_glued_under_it_is_text_not_a_headline():
    lead = "据了解，今年以来该院共受理执行案件三千余件，执结率明显提升。"
    text = f"多措并举守护群众权益\n{lead}\n一庭 三十件\n张三丰\n"
    [article] = parse_page(text, "short.txt")
    assert article.title == "多措并举守护群众权益"
    assert squash(article.text) == squash(lead + "一庭三十件张三丰")
