"""A web page saved as text whose first text line is a paragraph, not a headline."""

from __future__ import annotations

import lawnews

PAGE = (
    "当前位置:\n"
    "本报讯(记者 张明 通讯员 李华)“幸亏法庭就有执行干警，及时找到了欠款人，否则这笔执行款还不知道什么时候到位。”"
    "5月6日，在某县人民法院城关法庭，一起执行案件的申请人这样说。\n"
    "近年来，该院在各法庭设立执行站点，就近办理执行案件，今年已执结案件120件。\n"
)


def test_a_page_opening_with_a_paragraph_after_the_breadcrumb_is_read_not_a_crash(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    skipped: list = []
    articles = list(lawnews.parse([path], skipped=skipped))
    assert not skipped and len(articles) == 1
    body = "".join(articles[0].text.split())
    assert "今年已执结案件120件" in body and "及时找到了欠款人" in body
