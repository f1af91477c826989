"""The page cleaner on small hand-made strings."""

from __future__ import annotations

import pytest

from lawnews.index.ingest.clean import (
    cell_width,
    clean_byline,
    ends_continuing,
    ends_sentence,
    fix_spacing,
    is_letter_spaced,
    is_name_list,
    join_wrapped,
    normalize_chars,
    page_lines,
    undouble,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("湖南湖南：：执行有力执行有力 攻坚有效攻坚有效", "湖南：执行有力 攻坚有效"),
        ("20242024 年年，，湖南法院湖南法院", "2024 年，湖南法院"),
        ("出坚实步伐出坚实步伐。。共执结共执结 3535..55万件万件", "出坚实步伐。共执结 35.5万件"),
        ("亿元亿元。。", "亿元。"),
        ("张张 晨晨 摄摄", "张 晨 摄"),
        ("□□ 本报记者本报记者 陶陶 琛琛", "□ 本报记者 陶 琛"),
    ],
)
def test_doubled_runs_are_undone(line, expected):
    assert undouble(line) == expected


@pytest.mark.parametrize(
    "line",
    ["常常", "谢谢", "谢谢法院", "人人学急救、急救为人人", "天天向上", "——", "……", "常常 谢谢", "执行到位 98.82亿元"],
)
def test_legitimate_repeats_are_kept(line):
    assert undouble(line) is None


def test_numbers_are_kept():
    assert fix_spacing("执行到位标的额 859.9亿元，共执结 35.5万件") == "执行到位标的额859.9亿元，共执结35.5万件"
    assert fix_spacing("执行到位98.82亿元、1.09亿余元") == "执行到位98.82亿元、1.09亿余元"
    assert join_wrapped("执行到位金额 24.7", "6 亿元") == "执行到位金额 24.76 亿元"
    assert fix_spacing(join_wrapped("执行到位金额 24.7", "6 亿元")) == "执行到位金额24.76亿元"


def test_spaces_between_latin_words_and_numbers_are_kept():
    assert fix_spacing("使用 Windows 10 Pro 系统") == "使用 Windows 10 Pro 系统"
    assert join_wrapped("利用Windows", "Server系统") == "利用Windows Server系统"
    assert fix_spacing("利用 VTS、雷达等设备") == "利用 VTS、雷达等设备"


def test_han_space_han_wrap_artifacts_are_removed():
    assert fix_spacing("常 态 化 开 展 涉 诉 涉 执 企 业 走 访 。") == "常态化开展涉诉涉执企业走访。"
    assert fix_spacing("线 上 “ 企 事 办 ”“ 律 事 办 ” 双 平台") == "线上“企事办”“律事办”双平台"
    assert fix_spacing("点 。6 月 18 日 上午") == "点。6月18日上午"
    assert fix_spacing("2.87 万人 （次）") == "2.87万人（次）"
    assert join_wrapped("对脐橙树的损", "伤，于某") == "对脐橙树的损伤，于某"


def test_a_pause_between_han_words_is_kept():
    assert fix_spacing("‘执行局长在执行 代表委员看执行’") == "‘执行局长在执行 代表委员看执行’"
    assert fix_spacing("“蓝色文明 同心筑梦”") == "“蓝色文明 同心筑梦”"
    assert fix_spacing("推进“执破融合” 打通企业", pauses=True) == "推进“执破融合” 打通企业"


def test_full_width_ascii_is_narrowed_and_chinese_punctuation_kept():
    assert normalize_chars("ＡＢＣ１２３％＋－") == "ABC123%+-"
    assert normalize_chars("，。：；！？（）“”、《》…—") == "，。：；！？（）“”、《》…—"
    assert normalize_chars("互联网＋企业\u00a0司法") == "互联网+企业 司法"


def test_page_lines_accept_any_line_ending_and_a_bom():
    assert page_lines("\ufeff一\r\n二\r三\n四  ") == ["一", "二", "三", "四"]
    assert page_lines("\u3000\u3000缩进") == ["\u3000\u3000缩进"]


def test_bylines_are_made_readable():
    assert clean_byline("□ 本报记者   阮占江 帅  标") == "本报记者 阮占江 帅标"
    assert clean_byline("卓 萌 张 展") == "卓萌 张展"
    assert clean_byline("（吴洁琼 邓 陶）") == "吴洁琼 邓陶"
    assert clean_byline("（通讯员 黄国舜 记者 潘路 摄）") == "通讯员 黄国舜 记者 潘路"
    assert clean_byline("□ 本报记者 王鹤霖 □ 本报通讯员 王 赞") == "本报记者 王鹤霖 本报通讯员 王赞"


def test_name_lists():
    assert is_name_list("卓 萌 张 展", min_tokens=2)
    assert is_name_list("记者佘海艳 通讯员杜天")
    assert not is_name_list("科技赋能 守护水域安全")
    assert not is_name_list("次")
    assert not is_name_list("以 公 司 周 转")


def test_line_predicates():
    assert ends_sentence("显著提升。") and ends_sentence("“大合唱”？") and ends_sentence("推介……")
    assert ends_sentence("全部到账。”") and not ends_sentence("执行有力") and not ends_sentence("“执行坚冰”")
    assert ends_continuing("对法院，") and ends_continuing("机制：") and not ends_continuing("执行")
    assert is_letter_spaced("以 公 司 周 转") and not is_letter_spaced("执行局长在执行 代表委员看执行")
    assert cell_width("执行") == 2 and cell_width("2024年，") == 3.5


def test_normalize_chars_looks_first_and_translates_exactly_when_needed():
    from lawnews.index.analysis.chars import _NARROW

    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert normalize_chars(every) == every.translate(_NARROW)
    for c in every:
        assert normalize_chars("执行" + c) == ("执行" + c).translate(_NARROW), hex(ord(c))
    plain = "湖南高院交叉执行，（一）：；！？"
    assert normalize_chars(plain) is plain  # nothing to change: the very same string
