"""Lists numbered in figures (``1.``, ``2、``, ``（3）``) or bulleted (``• …``) under a line
ending in a colon are the text's own list: every item stays text, however short, and is
neither a headline, a heading nor a photo's caption, so nothing after them is lost."""

from __future__ import annotations

from lawnews.index.ingest.pages import parse_page

RULES = [
    "某市中级人民法院关于加强指定执行工作的意见（试行）",
    "",
    "  为了进一步完善执行工作的统一管理，防范执行工作中的不当干扰，提高执行工作的质量和效率，"
    "结合本市法院执行工作实际，制定本意见。",
    "",
    "  一、执行案件遇有下列情形之一的，上级法院应当裁定指定执行:",
    "",
    "  1.案件执行受到当地部门阻挠，原执行法院难以继续执行的;",
    "",
    "  2.超过法定执行期限，经上级法院督促仍不能执结的;",
    "",
    "  3.其他上级法院认为需要指定执行的。",
    "",
    "  二、超过规定的执行期限，具有以下情形之一的，一般不指定执行:",
    "",
    "  1.依法进行公告送达的;",
    "",
    "  2.委托专业机构进行审计、评估或者鉴定的;",
    "",
    "  3.因案外人提出执行异议，需要中止执行的。",
]


def body(article) -> str:
    return "".join(s.text for s in article.sections)


def test_items_numbered_in_figures_under_a_colon_stay_text_to_the_last_part():
    [article] = parse_page("\n".join(RULES) + "\n", "rules.txt")
    text = body(article)
    for line in RULES[2:]:
        if line.strip():
            assert line.strip().rstrip(":;。") in text
    assert not article.captions  # 3.其他上级法院认为需要指定执行的。 is an item, not a caption
    assert article.title == RULES[0]


def test_bulleted_items_under_a_colon_stay_text_and_make_no_second_article():
    page = "\n".join([
        "未签劳动合同满两年怎么办",
        "",
        "根据劳动合同法的规定，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，"
        "应当向劳动者每月支付二倍的工资。已满两年未签订劳动合同的，劳动者可以主张以下权利:",
        "• 十一个月的双倍工资差额",
        "• 视为已订立无固定期限劳动合同",
        "注意事项:",
        "1. 仲裁时效为一年，从知道权益受侵害之日起算",
        "2. 需提供存在劳动关系的证据",
    ]) + "\n"
    [article] = parse_page(page, "bullets.txt")
    text = body(article)
    for item in ("十一个月的双倍工资差额", "视为已订立无固定期限劳动合同", "仲裁时效为一年", "需提供存在劳动关系的证据"):
        assert item in text
    assert article.title == "未签劳动合同满两年怎么办"


def test_a_bulleted_page_tool_after_a_colon_is_no_item_of_a_list():
    from lawnews.index.ingest.clean import Paragraph
    from lawnews.index.ingest.kinds import _items_as_text

    paras = [Paragraph("发布日期：2026-02-13 来源：区政务服务办 字号:", 0, kind="body"),
             Paragraph("• 扫一扫在手机打开当前页", 1, kind="head")]
    _items_as_text(paras)
    assert paras[1].kind == "head"


def test_a_figure_with_a_decimal_point_opens_no_item():
    from lawnews.index.ingest.kinds import _ITEM

    assert _ITEM.match("1.5亿元执行款发放到位") is None
    assert _ITEM.match("2、委托专业机构进行审计的；") is not None
    assert _ITEM.match("（3）因案外人提出执行异议的") is not None
