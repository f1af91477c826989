"""A hit found through a tag shows why: its snippet holds the words that earned the
tag (a mechanism named by another of its forms, a court by its short name), those
words highlighted and marked as the tag's evidence; a hit whose query words stand
only in its section heading has the heading's words highlighted. Offsets are
character offsets of the text shown, also in traditional characters, full-width
text and text with ruby pinyin.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

ARTICLES = [
    # 司法拍卖 named only by another of its forms (网络拍卖), not by the words typed
    {"id": "form", "title": "执行工作纪实", "date": "2024-03-01",
     "text": "今年以来执行局加大工作力度。法院对被执行人名下房产进行网络拍卖，成交价120万元，申请人拿到了执行款。"},
    # a court named by its short name only
    {"id": "court", "title": "新闻发布会召开", "date": "2024-03-02",
     "text": "本周召开了新闻发布会。荆州中院通报了一批典型案例，涉及劳动争议。"},
    # the query words only in a section heading
    {"id": "heading", "title": "一起案件的办理", "date": "2024-03-03",
     "text": "## 跨域立案服务\n当事人在家门口办好了手续，省去了奔波。"},
    # a province named by a city of it only
    {"id": "region", "title": "执行工作会议", "date": "2024-03-05",
     "text": "会议部署了下一阶段工作。常德市鼎城区人民法院召开执行工作会议，通报执行案件办理情况。"},
    # a mechanism's English form, the words spaced out
    {"id": "english", "title": "Court news", "date": "2024-03-06",
     "text": "The court enforced the judgment by judicial auction. The judicial auction of the flat drew "
             "30 bidders online, and the flat sold for 1.2 million yuan."},
    # the mechanism's form in traditional characters, after full-width text and ruby pinyin
    {"id": "trad", "title": "稿件", "date": "2024-03-04",
     "text": "ＡＢＣ公司申請執(zhí)行。本院對被執行人名下房產進行網絡拍賣，成交價１２０萬元，申請人拿到了執行款。"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tagged")
    src = folder / "articles.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    lawnews.build_index([src], folder / "index", rebuild=True)
    return folder / "index"


@pytest.fixture(scope="module")
def ix(index_dir):
    with lawnews.NewsIndex.open(index_dir) as opened:
        yield opened


def hit_of(results, article_id):
    return next(h for h in results.hits if h.article_id == article_id)


def highlighted(hit):
    return [hit.snippet[s:e] for s, e in hit.highlights]


def test_a_mechanism_named_by_another_form_is_highlighted_as_the_tags_evidence(ix):
    hit = hit_of(ix.search("司法拍卖"), "form")
    assert "司法拍卖" not in hit.snippet  # found through the tag alone
    assert "网络拍卖" in highlighted(hit)
    assert [(hit.snippet[s:e], tag) for s, e, tag in hit.tag_highlights] == [("网络拍卖", "mechanism:司法拍卖")]
    assert all((s, e) in hit.highlights for s, e, _tag in hit.tag_highlights)


def test_a_court_named_by_its_short_name_is_highlighted(ix):
    results = ix.search("荆州市中级人民法院")
    hit = hit_of(results, "court")
    assert "荆州中院" in highlighted(hit)
    assert ("荆州中院", "court:荆州市中级人民法院") in [(hit.snippet[s:e], t) for s, e, t in hit.tag_highlights]


def test_a_province_named_by_a_place_in_it_is_highlighted(ix):
    hit = hit_of(ix.search("湖南"), "region")
    assert "湖南" not in hit.snippet
    shown = [(hit.snippet[s:e], tag) for s, e, tag in hit.tag_highlights]
    assert shown and all(tag == "province:湖南省" and ("常德" in w or "鼎城" in w) for w, tag in shown)


def test_a_spaced_out_english_form_is_highlighted_as_printed(ix):
    hit = hit_of(ix.search("司法拍卖"), "english")
    shown = [(hit.snippet[s:e], tag) for s, e, tag in hit.tag_highlights]
    assert shown and set(shown) == {("judicial auction", "mechanism:司法拍卖")}


def test_a_match_in_the_heading_only_highlights_the_headings_words(ix):
    hit = hit_of(ix.search("跨域立案"), "heading")
    assert hit.section == "跨域立案服务"
    assert "".join(hit.section[s:e] for s, e in hit.section_highlights) == "跨域立案"


def test_tag_evidence_offsets_are_right_in_traditional_full_width_and_ruby_text(ix):
    hit = hit_of(ix.search("司法拍卖"), "trad")
    assert [(hit.snippet[s:e], tag) for s, e, tag in hit.tag_highlights] == [("網絡拍賣", "mechanism:司法拍卖")]


def test_words_typed_in_the_text_get_no_tag_evidence(ix):
    hit = hit_of(ix.search("拍卖 执行款"), "form")
    assert not hit.tag_highlights


def test_without_expansion_no_hit_is_found_through_the_tag(ix):
    assert "form" not in {h.article_id for h in ix.search("司法拍卖", expand=False).hits}


def test_json_offsets_index_the_highlighted_form(index_dir):
    out = CliRunner().invoke(cli, ["search", "司法拍卖", "--index-dir", str(index_dir), "--json"])
    assert out.exit_code == 0, out.output
    hits = {h["article_id"]: h for h in json.loads(out.output)["hits"]}
    for article_id, form in (("form", "网络拍卖"), ("trad", "網絡拍賣")):
        h = hits[article_id]
        assert [[h["snippet"][s:e], tag] for s, e, tag in h["tag_highlights"]] == [[form, "mechanism:司法拍卖"]]
        assert f"<em>{form}</em>" in h["snippet_html"]
    heading = json.loads(CliRunner().invoke(
        cli, ["search", "跨域立案", "--index-dir", str(index_dir), "--json"]).output)["hits"][0]
    assert [heading["section"][s:e] for s, e in heading["section_highlights"]] == ["跨域立案"]


def test_cli_text_says_which_words_earned_the_tag(index_dir):
    out = CliRunner().invoke(cli, ["search", "司法拍卖", "--index-dir", str(index_dir)])
    assert out.exit_code == 0, out.output
    assert "why: 网络拍卖 → mechanism:司法拍卖" in out.output


def test_cli_text_highlights_the_headings_words_in_colour(index_dir):
    out = CliRunner().invoke(cli, ["search", "跨域立案", "--index-dir", str(index_dir)], color=True)
    assert out.exit_code == 0, out.output
    assert "\x1b[31m\x1b[1m跨域立案\x1b[0m" in out.output  # bold red, as the snippet's words


def test_web_page_marks_the_evidence_and_the_heading(index_dir):
    starlette_testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with starlette_testclient.TestClient(create_app(index_dir)) as client:
        page = client.get("/", params={"q": "司法拍卖"}).text
        assert "<mark>网络拍卖</mark>" in page
        assert "<mark>网络拍卖</mark> → mechanism:司法拍卖" in page
        page = client.get("/", params={"q": "跨域立案"}).text
        assert "§ <mark>跨域立案</mark>服务" in page


def test_web_markup_of_a_heading_is_escaped():
    from lawnews.search.results import Hit
    from lawnews.web.render import section, why_tagged

    hit = Hit(rank=1, article_id="x", score=1.0, title="t", file="f", section="<b>拍卖</b>&",
              section_no=0, snippet="<i>拍卖</i>", highlights=((3, 5),), tag_highlights=((3, 5, "mechanism:司法拍卖"),),
              section_highlights=((3, 5),))
    assert str(section(hit)) == "&lt;b&gt;<mark>拍卖</mark>&lt;/b&gt;&amp;"
    assert why_tagged(hit) == [("拍卖", "mechanism:司法拍卖")]
