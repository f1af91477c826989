"""Traditional characters and ruby pinyin: text is indexed as printed and found by
simplified queries (and the other way round), phrases too, with highlights on the
printed characters."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.analysis import chinese
from lawnews.index.analysis.fold import fold, for_words, search_form, strip_ruby
from lawnews.index.documents import Article, Section
from lawnews.index.store import grams

SIMPLIFIED = ("石门县人民法院执行局开设执行事务中心，申请人孙某收到执行款一万四千元。"
              "法院对拒不履行的被执行人依法采取强制措施。")
TRADITIONAL = ("石門縣人民法院執行局開設執行事務中心，申請人孫某收到執行款一萬四千元。"
               "法院對拒不履行的被執行人依法採取強制措施。")
RUBY = "青溪縣法院擴大執(zhí)行聯動範圍，追回工資款項。"
RUBY_WIDE = "青溪縣法院擴大執（zhí）行聯動範圍，追回工資款項。"
RUBY_DIGIT = "青溪县法院扩大执(zhi2)行联动范围，追回工资款项。"


def test_fold_simplifies_traditional_characters_and_keeps_the_length():
    assert fold(TRADITIONAL) == fold(SIMPLIFIED)
    assert fold(TRADITIONAL.replace("，", "")) == SIMPLIFIED.replace("，", "")
    assert len(fold(TRADITIONAL)) == len(TRADITIONAL)
    plain = SIMPLIFIED.replace("，", "、")
    assert fold(plain) is plain  # nothing to fold: the text itself


def test_fold_narrows_full_width_forms_and_is_idempotent():
    assert fold("ＡＢＣ１２３，（甲）　乙") == "ABC123,(甲) 乙"
    assert fold(fold(TRADITIONAL + RUBY)) == fold(TRADITIONAL + RUBY)


@pytest.mark.parametrize("text", [RUBY, RUBY_WIDE, RUBY_DIGIT])
def test_ruby_pinyin_is_not_part_of_the_word(text):
    stripped, where = strip_ruby(text)
    assert fold(stripped) == fold("青溪县法院扩大执行联动范围，追回工资款项。")
    assert [text[i] for i in where[:-1]] == list(stripped)
    printed = text[7:text.index("行", 8) + 1]  # 執(zhí)行 as printed
    found = [text[s:e] for w, s, e in chinese.words(text, short=True) if "执行" in w]
    assert found and found[0].startswith(printed)
    from lawnews.search.highlight import find_matches

    assert [text[s:e] for s, e in find_matches(text, {"执行"})] == [printed]


@pytest.mark.parametrize("text", ["第三条(a)项", "华为(Huawei)公司", "法院(FY)判决", "(zhí)", "甲（二）乙"])
def test_parentheses_that_are_not_ruby_stay(text):
    assert strip_ruby(text) == (text, None)


def test_index_and_query_segment_the_same_words_for_both_scripts():
    assert chinese.tokenize(TRADITIONAL) == chinese.tokenize(SIMPLIFIED)
    assert chinese.tokenize(TRADITIONAL, subtokens=True) == chinese.tokenize(SIMPLIFIED, subtokens=True)
    assert chinese.tokenize(TRADITIONAL, short=True) == chinese.tokenize(SIMPLIFIED, short=True)


def test_word_offsets_point_at_the_printed_characters():
    for w, s, e in chinese.words(TRADITIONAL):
        assert fold(TRADITIONAL[s:e]).lower() == w


def test_grams_and_phrases_compare_the_folded_form():
    assert grams.grams(TRADITIONAL) == grams.grams(SIMPLIFIED)
    assert "执行" in grams.grams(RUBY)
    assert search_form(RUBY) == search_form(RUBY_DIGIT)


def test_for_words_leaves_simplified_text_alone():
    assert for_words(SIMPLIFIED) == (SIMPLIFIED, None)


@pytest.fixture(scope="module")
def index():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([
        Article(id="jian#1", file="jian.txt", title="执行事务中心让群众少跑腿",
                sections=(Section(None, SIMPLIFIED),)),
        Article(id="fan#1", file="fan.txt", title="執行事務中心讓群眾少跑腿",
                sections=(Section(None, TRADITIONAL),)),
        Article(id="ruby#1", file="ruby.txt", title="聯動追款", sections=(Section(None, RUBY),)),
        Article(id="other#1", file="other.txt", title="交通安全宣传",
                sections=(Section(None, "交警大队开展交通安全宣传活动，提醒市民文明出行。"),)),
    ])
    yield ix
    ix.close()


def test_a_simplified_query_finds_the_traditional_copy(index):
    ids = {h.article_id for h in index.search("执行事务中心 强制措施").hits}
    assert ids == {"jian#1", "fan#1"}


def test_a_traditional_query_finds_the_simplified_article(index):
    ids = {h.article_id for h in index.search("執行事務中心 強制措施").hits}
    assert ids == {"jian#1", "fan#1"}


@pytest.mark.parametrize("phrase", ['"执行事务中心"', '"執行事務中心"'])
def test_an_exact_phrase_matches_both_scripts(index, phrase):
    assert {h.article_id for h in index.search(phrase).hits} >= {"jian#1", "fan#1"}


def test_a_query_finds_a_word_with_ruby_pinyin_inside(index):
    assert "ruby#1" in {h.article_id for h in index.search("联动范围").hits}
    assert "ruby#1" in {h.article_id for h in index.search("执行").hits}
    assert "ruby#1" in {h.article_id for h in index.search('"扩大执行联动"').hits}


def test_highlights_land_on_the_printed_characters(index):
    hits = {h.article_id: h for h in index.search("强制措施").hits}
    hit = hits["fan#1"]
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert "強制措施" in marked
    ruby = {h.article_id: h for h in index.search("执行").hits}["ruby#1"]
    assert [ruby.snippet[s:e] for s, e in ruby.highlights] == ["執(zhí)行"]


def test_the_dictionary_stamp_names_the_fold_table():
    from lawnews.index.analysis import fold as fold_module

    assert fold_module.fingerprint()
    before = chinese.dictionary_fingerprint()
    chinese.dictionary_fingerprint.cache_clear()
    fold_module.fingerprint.cache_clear()
    real = fold_module._table_text
    try:
        fold_module._table_text = lambda: real() + "\n"  # type: ignore[assignment]
        assert chinese.dictionary_fingerprint() != before
    finally:
        fold_module._table_text = real  # type: ignore[assignment]
        chinese.dictionary_fingerprint.cache_clear()
        fold_module.fingerprint.cache_clear()
    assert chinese.dictionary_fingerprint() == before


def test_a_phrase_highlight_spans_the_ruby_inside_it(index):
    hit = {h.article_id: h for h in index.search('"扩大执行联动"').hits}["ruby#1"]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["擴大執(zhí)行聯動"]


def test_a_traditional_query_finds_named_things():
    from lawnews.index.tagging.tagger import Tagger
    from lawnews.search.query import parse_query

    vocab = Tagger.default()
    simplified = str(parse_query("执转破 荆州中院", vocab))
    assert "mechanism:执转破" in simplified and "court:" in simplified
    assert str(parse_query("執轉破 荊州中院", vocab)) == simplified


def test_characters_beyond_the_basic_plane_fold_too():
    assert fold("執行𠁞") == "执行𠀾"
    assert for_words("𠁞執行") == ("𠀾执行", None)
    assert for_words("石门𠀾") == ("石门𠀾", None)  # a simplified rare character stays
