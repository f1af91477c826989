"""A small index a provincial high court's policy office reads for a briefing: short court
news written for these tests (交叉执行, 执转破 and 诉源治理 in three provinces and two cities
over years, statute citations, a reposted story), built from JSONL into a folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import lawnews

#: The id of the story reposted once (its repost is ``office-repost``).
LEAD_ID = "office/lead"

_LEAD = ("长沙市中级人民法院开展交叉执行专项行动，对辖区基层法院长期未执结案件实行指令执行和提级执行，"
         "执行干警依法查控被执行人财产，共执结案件八十余件，执行到位金额两千余万元。"
         "该院负责人表示，对有能力执行而拒不执行的被执行人，依照刑法第三百一十三条追究刑事责任。")


def office_articles() -> list[dict[str, str]]:
    """The articles, as JSONL records (no text copied from any page)."""
    return [
        {"id": LEAD_ID, "title": "长沙中院开展交叉执行专项行动", "text": _LEAD,
         "date": "2023-04-12", "source": "湖南法院网"},
        {"id": "office/repost", "title": "【转载】长沙中院开展交叉执行专项行动", "text": _LEAD.replace("该院负责人", "该院有关负责人"),
         "date": "2023-04-15", "source": "某某门户网"},
        {"id": "office/wuhan-2022", "title": "武汉中院推进执转破工作",
         "text": "武汉市中级人民法院推进执行转破产工作，对符合条件的执行案件移送破产审查，"
                 "执转破案件办理周期明显缩短，一批僵尸企业有序退出市场。",
         "date": "2022-06-08", "source": "湖北法院网"},
        {"id": "office/wuhan-2024", "title": "武汉中院执转破工作再上台阶",
         "text": "武汉市中级人民法院执转破工作机制不断完善，执行法院与破产法院衔接顺畅，"
                 "全年移送破产审查案件三十余件，依照民事诉讼法第二百三十七条开展交叉执行。",
         "date": "2024-09-20", "source": "湖北法院网"},
        {"id": "office/changsha-2024", "title": "长沙中院深化诉源治理",
         "text": "长沙市中级人民法院深化诉源治理，推动矛盾纠纷多元化解，诉前调解成功率稳步提升，"
                 "万人起诉率持续下降，诉源治理工作经验在全省推广。",
         "date": "2024-03-02", "source": "湖南法院网"},
        {"id": "office/nanjing-2021", "title": "南京中院诉源治理见成效",
         "text": "南京市中级人民法院坚持把非诉讼纠纷解决机制挺在前面，诉源治理成效明显，"
                 "一站式多元解纷中心全年化解纠纷一千余件。",
         "date": "2021-11-30", "source": "江苏法院网"},
        {"id": "office/nanjing-2023", "title": "南京中院推进执转破与交叉执行",
         "text": "南京市中级人民法院推进执转破和交叉执行，对长期未结执行案件实行提级执行，"
                 "对资不抵债的企业依法移送破产审查。",
         "date": "2023-08-16", "source": "江苏法院网"},
        {"id": "pages/hn-gaoyuan#1", "title": "湖南高院部署交叉执行工作",
         "text": "湖南省高级人民法院部署全省法院交叉执行工作，要求各中级人民法院对长期未执结案件开展交叉执行。",
         "date": "2023-02-20", "source": "湖南法院网"},
        {"id": "office/undated", "title": "武汉中院召开诉源治理推进会",
         "text": "武汉市中级人民法院召开诉源治理工作推进会，部署深化多元解纷机制建设，推动诉源治理向基层延伸。",
         "source": "湖北法院网"},
    ]


def build_office_index(folder: Path) -> Path:
    """An index of :func:`office_articles` in ``folder``/index (the JSONL beside it)."""
    jsonl = folder / "office.jsonl"
    jsonl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in office_articles()), encoding="utf-8")
    index = folder / "index"
    lawnews.build_index([jsonl], index, rebuild=True)
    return index
