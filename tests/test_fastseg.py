"""rjieba with lawnews's corrections cuts exactly as jieba does (jieba is the reference).

Texts: the bundled pages, strings that exercise each correction, and (marked slow)
20,000 statute articles of ``../shared/corpora/statutes/national.jsonl.gz``.
"""

from __future__ import annotations

import gzip
import json
import os
from itertools import islice

import pytest
from support import CORPUS, SHARED

from lawnews.index.analysis import chinese as analysis
from lawnews.index.analysis.fastseg import TOTAL_DELTA, userdict_entries

TRICKY = [
    "0.1MPa", "www.12339.gov.cn", "3-5年", "a_b", "3.14.15", "㐀㐁", "鿫鿬", "𠀀𠀁", "经受让人同意", "原鮡",
    "注册商标注册公告", "执转破、执破融合与终本案件", "B超检查", "50%以上", "C++与C#", "1.5万元/平方米",
    "湖南省高级人民法院", "丨丨丨", "ＡＢＣ全角", "\ud800孤立代理项", "末尾.", "-开头", "x.y_z-w",
]


def jieba_cut(text: str) -> list[str]:
    return list(analysis.segmenter().cut(text, HMM=True))


def test_the_dictionary_total_correction_is_jiebas_own():
    import jieba

    seen: dict[str, int] = {}
    jieba_total = 0
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            word, freq = line.split()[:2]
            jieba_total += int(freq)
            seen[word] = int(freq)
    rust_total = sum(seen.values())
    for word, freq, _tag in userdict_entries(analysis._userdict_bytes().decode("utf-8")):
        jieba_total += freq
        rust_total += freq - seen.get(word, 0)
        seen[word] = freq
    assert jieba_total - rust_total == TOTAL_DELTA
    assert analysis.segmenter().total == jieba_total


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings_are_cut_as_jieba_cuts_them(text):
    assert analysis.index_segmenter().cut(text) == jieba_cut(text)


def test_the_bundled_pages_are_cut_as_jieba_cuts_them():
    seg = analysis.index_segmenter()
    lines = [line for page in sorted(CORPUS.glob("*.txt")) for line in page.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 200
    for line in lines:
        assert seg.cut(line) == jieba_cut(line), line


def test_sub_words_are_jiebas_dictionary_words():
    full = analysis.segmenter()
    words = {w for page in CORPUS.glob("*.txt") for w in jieba_cut(page.read_text(encoding="utf-8"))}
    grams = {w[i : i + n] for w in words if len(w) > 2 for n in (2, 3) for i in range(len(w) - n + 1)}
    assert len(grams) > 500
    has_word = analysis.index_segmenter().has_word
    assert {g for g in grams if has_word(g)} == {g for g in grams if full.FREQ.get(g)}


def test_a_user_dictionary_line_without_frequency_is_refused():
    with pytest.raises(ValueError, match="frequency"):
        userdict_entries("执转破 n\n")


@pytest.mark.slow
def test_statute_articles_are_cut_as_jieba_cuts_them():
    path = SHARED / "corpora" / "statutes" / "national.jsonl.gz"
    seg = analysis.index_segmenter()
    differ = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 20000):
            text = json.loads(line)["text"]
            if seg.cut(text) != jieba_cut(text):
                differ.append(text[:60])
    assert differ == []
