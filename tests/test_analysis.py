"""The jieba analyzer: sequential positions, exact offsets, sub-words, dictionary."""

from __future__ import annotations

import pytest

from lawnews.index.analysis import chinese as analysis
from lawnews.index.analysis.chinese import ChineseAnalyzer, dictionary_fingerprint, tokenize

TEXT = "湖南高院将该案指令交叉至湘乡法院执行，推进执转破和终本案件清仓，执行到位35.5万件 Court ABC。"


def tokens(text: str, mode: str):
    return [(t.text, t.pos, t.startchar, t.endchar)
            for t in ChineseAnalyzer()(text, positions=True, chars=True, mode=mode)]


def test_offsets_are_exact_character_offsets():
    for mode in ("index", "query"):
        for text, pos, s, e in tokens(TEXT, mode):
            assert TEXT[s:e].lower() == text


def test_main_positions_are_sequential_and_subwords_share_the_parent_position():
    toks = tokens(TEXT, "index")
    positions = [p for _t, p, _s, _e in toks]
    assert positions == sorted(positions)
    distinct = sorted(set(positions))
    assert distinct == list(range(len(distinct)))
    # every sub-word lies inside the main word that carries its position
    main = {}
    for t, p, s, e in toks:
        main.setdefault(p, (s, e))
        ms, me = main[p]
        assert ms <= s and e <= me


def test_query_mode_has_no_subwords_and_index_mode_has_them():
    q = [t for t, *_ in tokens("最高人民法院", "query")]
    i = [t for t, *_ in tokens("最高人民法院", "index")]
    assert q == ["最高人民法院"]
    assert "法院" in i and "人民" in i and i[0] == "最高人民法院"


@pytest.mark.parametrize("word", ["执转破", "交叉执行", "诉源治理", "终本", "执破融合", "拒执罪", "限高"])
def test_legal_dictionary_keeps_terms_whole(word):
    assert word in tokenize(f"法院推进{word}工作")


def test_stop_words_and_punctuation_are_dropped_and_latin_lowercased():
    toks = tokenize("法院的执行，Court 和 ABC！")
    assert "的" not in toks and "和" not in toks and "，" not in toks
    assert "court" in toks and "abc" in toks


def test_numbers_stay_whole():
    assert "35.5" in tokenize("共执结35.5万件")


def test_bytes_are_refused():
    with pytest.raises(TypeError):
        list(ChineseAnalyzer()(TEXT.encode("utf-8")))


def test_fingerprint_is_stable():
    assert dictionary_fingerprint() == dictionary_fingerprint()
    assert len(dictionary_fingerprint()) == 16


def test_the_lazy_query_dictionary_segments_exactly_like_the_loaded_one(tmp_path):
    import jieba

    from lawnews.index.analysis import chinese as analysis
    from support import CORPUS

    path = analysis.write_snapshot(tmp_path / "snapshot.sqlite")
    lazy = jieba.Tokenizer()
    freq = analysis.LazyFreq(path)
    lazy.FREQ, lazy.total, lazy.initialized = freq, freq.total, True
    full = analysis.segmenter()
    assert len(freq) == len(full.FREQ) and freq.total == full.total
    lines = [line for page in sorted(CORPUS.glob("*.txt"))
             for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 1000
    for line in lines:
        assert list(lazy.cut(line, HMM=True)) == list(full.cut(line, HMM=True)), line


def test_query_mode_needs_no_loaded_dictionary():
    """Once the dictionary's snapshot is in the cache (its first writing loads the whole
    dictionary, once), a query is cut without loading it."""
    import subprocess
    import sys

    if not analysis.snapshot_path().is_file():
        analysis.write_snapshot(analysis.snapshot_path())
    code = ("from lawnews.index.analysis import chinese as analysis; analysis.query_segmenter(); "
            "print(list(analysis.words('湖南高院推进执转破', short=True))); print(analysis._segmenter is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[('湖南', 0, 2), ('高院', 2, 4), ('推进', 4, 6), ('执转破', 6, 9)]", "True"]
