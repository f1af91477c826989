"""The index the web app's tests serve: the bundled corpus, the dated test articles
and a few articles written for these tests (a hostile one, a reposted story).
"""

from __future__ import annotations

import json
from pathlib import Path

import lawnews
from support import CORPUS, DATA

#: Markup an attacker could put in an article: it must reach the page as text.
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_LINK = "javascript:alert(1)"

XSS_ID = 'xss/<b>"1"#1'
STORY_ID = "web-lead"
REPOST_ID = "web-repost"

_STORY = (
    "常德市中级人民法院集中开展涉民生案件专项执行行动，执行干警分成六个小组深入石门县、澧县等地，"
    "对拒不履行生效判决的被执行人依法采取拘留、罚款等强制措施，并对具备履行能力的被执行人开展财产查控。"
    "行动期间共执结涉民生案件一百二十六件，执行到位金额三千四百余万元，为农民工追回劳动报酬四百余万元。"
    "该院有关负责人表示，将持续完善执行联动机制，推动交叉执行与集中执行常态化运行，切实兑现胜诉当事人合法权益。"
)


def web_articles() -> list[dict[str, str]]:
    """The articles written for the web tests, as JSONL records."""
    return [
        {"id": XSS_ID, "title": f"{SCRIPT}执行通报{IMG}",
         "text": f"## {SCRIPT}小标题\n执行干警发现链接 <a href=\"{JS_LINK}\">点我</a> 与 {JS_LINK} 以及 {IMG} 字样。",
         "date": "2024-02-20", "source": f"测试网{IMG}", "byline": f"记者 {SCRIPT}"},
        {"id": STORY_ID, "title": "常德中院集中执行涉民生案件", "text": _STORY,
         "date": "2024-05-10", "source": "人民法院报"},
        {"id": REPOST_ID, "title": "【转载】常德中院集中执行涉民生案件", "text": _STORY.replace("该院有关负责人", "该院负责人"),
         "date": "2024-05-12", "source": "某某门户网"},
    ]


def build_web_index(folder: Path) -> Path:
    """An index of corpus/, tests/data/articles.jsonl and :func:`web_articles` in ``folder``."""
    jsonl = folder / "web.jsonl"
    jsonl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in web_articles()), encoding="utf-8")
    index = folder / "index"
    lawnews.build_index([CORPUS, DATA / "articles.jsonl", jsonl], index, rebuild=True)
    return index
